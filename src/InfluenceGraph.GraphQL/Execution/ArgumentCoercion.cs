using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec 6.1.2) and CoerceArgumentValues (spec 6.4.1).</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    /// <summary>Coerces the request's variables; on any error returns null and fills <paramref name="errors"/>.</summary>
    public static Dictionary<string, object?>? CoerceVariables(
        Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                continue;
            }

            var locations = new[] { definition.Location };
            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = LiteralCoercion.Coerce(definition.DefaultValue, type, null) is var d and not Undefined ? d : null;
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError(Messages.VariableRequired(name, definition.Type.ToString()!), locations));
                }

                continue;
            }

            value = InputCoercion.Plain(value);
            if (value is null && type is NonNullType)
            {
                errors.Add(new GraphQLError(Messages.VariableNonNullIsNull(name, definition.Type.ToString()!), locations));
                continue;
            }

            var failed = false;
            var result = InputCoercion.Coerce(value, type, string.Empty, (path, _, message) =>
            {
                failed = true;
                errors.Add(new GraphQLError(Messages.VariableInvalid(name, path, message), locations));
            });
            if (!failed)
            {
                coerced[name] = result;
            }
        }

        return errors.Count == 0 ? coerced : null;
    }

    /// <summary>Coerces a field's or directive's arguments; throws <see cref="GraphQLException"/> on an invalid value.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArguments(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> nodes, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            ArgumentNode? node = null;
            foreach (var candidate in nodes)
            {
                if (candidate.Name.Value == definition.Name)
                {
                    node = candidate;
                    break;
                }
            }

            var hasValue = node is not null && (node.Value is not VariableNode v || variables.ContainsKey(v.Name.Value));
            if (!hasValue)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[definition.Name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLException(Messages.ArgumentRequired(definition.Name, definition.Type.ToString()!));
                }

                continue;
            }

            if (node!.Value is VariableNode variable)
            {
                var value = variables[variable.Name.Value];
                if (value is null && definition.Type is NonNullType)
                {
                    throw new GraphQLException(Messages.ArgumentNonNullIsNull(definition.Name, definition.Type.ToString()!));
                }

                coerced[definition.Name] = value;
                continue;
            }

            var literal = LiteralCoercion.Coerce(node.Value, definition.Type, variables);
            if (literal is Undefined)
            {
                throw new GraphQLException(Messages.ArgumentInvalid(definition.Name, Printer.Print(node.Value)));
            }

            coerced[definition.Name] = literal;
        }

        return coerced;
    }

    public static GraphType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => schema.FindType(named.Name.Value),
        _ => null,
    };
}
