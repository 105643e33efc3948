using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>The type system validation rules of spec 3 (type names, non-empty types, interface implementation).</summary>
internal static class SchemaValidator
{
    public static void Validate(Schema schema)
    {
        foreach (var type in schema.Types)
        {
            var isIntrospection = type.Name.StartsWith("__", StringComparison.Ordinal);
            switch (type)
            {
                case FieldsType fields:
                    if (fields.Fields.Count == 0)
                    {
                        throw new SchemaException(Messages.TypeWithoutFields(type.Name));
                    }

                    foreach (var field in fields.FieldList)
                    {
                        CheckName(field.Name, $"{type.Name}.{field.Name}", isIntrospection);
                        foreach (var argument in field.Arguments)
                        {
                            CheckName(argument.Name, $"{type.Name}.{field.Name}({argument.Name}:)", isIntrospection);
                        }
                    }

                    foreach (var iface in fields.Interfaces)
                    {
                        CheckImplementation(schema, fields, iface);
                    }

                    break;
                case UnionType union when union.Types.Count == 0:
                    throw new SchemaException(Messages.UnionWithoutMembers(type.Name));
                case InputObjectType input when input.Fields.Count == 0:
                    throw new SchemaException(Messages.TypeWithoutFields(type.Name));
                case InputObjectType input when input.IsOneOf:
                    foreach (var field in input.FieldList.Where(f => f.Type is NonNullType || f.HasDefaultValue))
                    {
                        throw new SchemaException(Messages.OneOfFieldMustBeNullable(input.Name, field.Name));
                    }

                    break;
            }
        }
    }

    private static void CheckName(string name, string coordinate, bool isIntrospection)
    {
        if (!SchemaBuilder.IsValidName(name) || (!isIntrospection && name.StartsWith("__", StringComparison.Ordinal)))
        {
            throw new SchemaException(Messages.InvalidName(coordinate));
        }
    }

    // 3.6 Object type validation, rule 4: an object or interface type is a valid implementation of each interface it declares.
    private static void CheckImplementation(Schema schema, FieldsType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                throw new SchemaException(Messages.MissingTransitiveInterface(type.Name, transitive.Name, iface.Name));
            }
        }

        foreach (var expected in iface.FieldList)
        {
            var actual = type.FindField(expected.Name)
                ?? throw new SchemaException(Messages.InterfaceFieldMissing(iface.Name, expected.Name, type.Name));
            if (!schema.IsSubType(actual.Type, expected.Type))
            {
                throw new SchemaException(Messages.InterfaceFieldTypeMismatch(iface.Name, expected.Name, expected.Type.ToString(), type.Name, actual.Type.ToString()));
            }

            foreach (var argument in expected.Arguments)
            {
                var match = actual.FindArgument(argument.Name);
                if (match is null || match.Type.ToString() != argument.Type.ToString())
                {
                    throw new SchemaException(Messages.InterfaceArgumentMismatch(iface.Name, expected.Name, argument.Name, type.Name));
                }
            }

            foreach (var extra in actual.Arguments.Where(a => expected.FindArgument(a.Name) is null && a.Type is NonNullType))
            {
                throw new SchemaException(Messages.InterfaceExtraRequiredArgument(type.Name, expected.Name, extra.Name, iface.Name));
            }
        }
    }
}
