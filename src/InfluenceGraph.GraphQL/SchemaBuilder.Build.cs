using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

public sealed partial class SchemaBuilder
{
    /// <summary>Two passes: create every named type, then resolve the type references of fields, arguments and members.</summary>
    private sealed class BuildContext(List<TypeEntry> entries)
    {
        public Dictionary<string, NamedType> Types { get; } = new(StringComparer.Ordinal);

        private readonly List<NamedType> _usedBuiltIns = [];

        public void CreateShells()
        {
            foreach (var entry in entries)
            {
                Types[entry.Name] = entry switch
                {
                    ScalarEntry s => s.Type,
                    EnumEntry e => new EnumType(e.Name, e.Description, e.Builder.Values.Count > 0 ? [.. e.Builder.Values] : throw new SchemaException(Messages.EmptyEnum(e.Name))),
                    ObjectEntry o => new ObjectType(o.Name, o.Description),
                    InterfaceEntry i => new InterfaceType(i.Name, i.Description, i.Builder.TypeResolver),
                    UnionEntry u => new UnionType(u.Name, u.Description, u.ResolveType),
                    InputEntry i => new InputObjectType(i.Name, i.Description, i.Builder.IsOneOf),
                    _ => throw new InvalidOperationException(entry.GetType().Name),
                };
            }
        }

        public void Complete()
        {
            foreach (var entry in entries)
            {
                switch (entry)
                {
                    case ObjectEntry o:
                        CompleteFields((FieldsType)Types[o.Name], o.Builder.Fields, o.Builder.Interfaces);
                        break;
                    case InterfaceEntry i:
                        CompleteFields((FieldsType)Types[i.Name], i.Builder.Fields, i.Builder.Interfaces);
                        break;
                    case UnionEntry u:
                        CompleteUnion((UnionType)Types[u.Name], u.Members);
                        break;
                    case InputEntry i:
                        var input = (InputObjectType)Types[i.Name];
                        foreach (var field in i.Builder.Fields)
                        {
                            input.AddField(InputValue(field, $"{i.Name}.{field.Name}"));
                        }

                        break;
                }
            }
        }

        public NamedType? RootType(string? name, string operation)
        {
            if (name is null)
            {
                return null;
            }

            return Types.TryGetValue(name, out var type) && type is ObjectType
                ? type
                : throw new SchemaException(Messages.RootTypeNotObject(operation, name));
        }

        public List<NamedType> OrderedTypes()
        {
            var user = entries.Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal)).Select(e => Types[e.Name]);
            var meta = entries.Where(e => e.Name.StartsWith("__", StringComparison.Ordinal)).Select(e => Types[e.Name]);
            var builtIns = BuiltInScalars.All.Where(s => _usedBuiltIns.Contains(s));
            return [.. user, .. builtIns, .. meta];
        }

        private void CompleteFields(FieldsType type, List<FieldBuilder> fields, List<string> interfaces)
        {
            foreach (var name in interfaces)
            {
                type.AddInterface(Types.GetValueOrDefault(name) as InterfaceType
                    ?? throw new SchemaException(Messages.ImplementsNonInterface(type.Name, name)));
            }

            foreach (var field in fields)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                var fieldType = Resolve(field.Type, coordinate);
                if (!fieldType.IsOutputType)
                {
                    throw new SchemaException(Messages.FieldTypeNotOutput(coordinate, field.Type));
                }

                var arguments = field.Arguments.Select(a => InputValue(a, $"{coordinate}({a.Name}:)")).ToList();
                type.AddField(new FieldDefinition(field.Name, field.Description, fieldType, arguments, field.Resolver, field.DeprecationReason, field.Subscriber));
            }
        }

        private void CompleteUnion(UnionType union, string[] members)
        {
            foreach (var member in members)
            {
                union.AddType(Types.GetValueOrDefault(member) as ObjectType
                    ?? throw new SchemaException(Messages.UnionMemberNotObject(union.Name, member)));
            }
        }

        private InputValueDefinition InputValue(InputValueBuilder value, string coordinate)
        {
            var type = Resolve(value.Type, coordinate);
            if (!type.IsInputType)
            {
                throw new SchemaException(Messages.InputTypeNotInput(coordinate, value.Type));
            }

            var defaultValue = value.DefaultValue is null ? null : DefaultValues.Normalize(value.DefaultValue, type);
            return new InputValueDefinition(value.Name, value.Description, type, value.DefaultValue is not null, defaultValue, value.DeprecationReason);
        }

        private GraphType Resolve(string notation, string coordinate)
        {
            TypeNode node;
            try
            {
                node = Parser.ParseType(notation);
            }
            catch (GraphQLSyntaxException e)
            {
                throw new SchemaException(Messages.BadTypeNotation(coordinate, notation, e.Message));
            }

            return Resolve(node, coordinate);
        }

        private GraphType Resolve(TypeNode node, string coordinate) => node switch
        {
            NonNullTypeNode nonNull => new NonNullType(Resolve(nonNull.Type, coordinate)),
            ListTypeNode list => new ListType(Resolve(list.Type, coordinate)),
            NamedTypeNode named => Named(named.Name.Value, coordinate),
            _ => throw new InvalidOperationException(node.GetType().Name),
        };

        private NamedType Named(string name, string coordinate)
        {
            if (Types.TryGetValue(name, out var type))
            {
                return type;
            }

            var builtIn = BuiltInScalars.Find(name) ?? throw new SchemaException(Messages.UnknownTypeReference(name, coordinate));
            if (!_usedBuiltIns.Contains(builtIn))
            {
                _usedBuiltIns.Add(builtIn);
            }

            return builtIn;
        }
    }
}
