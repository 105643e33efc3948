using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// A builder holding the types of an SDL document (spec 3); fields read their source by default, and
    /// <paramref name="configureField"/> (type name, field) can attach resolvers. Type extensions are merged in.
    /// </summary>
    public static SchemaBuilder FromSdl(string sdl, Action<string, FieldBuilder>? configureField = null)
    {
        var document = Parser.Parse(sdl);
        var builder = new SchemaBuilder();
        var definitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        foreach (var definition in definitions.Where(d => !d.IsExtension))
        {
            var extensions = definitions.Where(d => d.IsExtension && d.Name.Value == definition.Name.Value).ToList();
            builder.AddSdlType(definition, extensions, configureField);
        }

        foreach (var schema in document.Definitions.OfType<SchemaDefinitionNode>())
        {
            builder._description ??= schema.Description?.Value;
            foreach (var root in schema.OperationTypes)
            {
                _ = root.Operation switch
                {
                    OperationType.Query => builder.QueryType(root.Type.Name.Value),
                    OperationType.Mutation => builder.MutationType(root.Type.Name.Value),
                    _ => builder.SubscriptionType(root.Type.Name.Value),
                };
            }
        }

        if (!document.Definitions.OfType<SchemaDefinitionNode>().Any())
        {
            if (definitions.Any(d => d.Name.Value == "Mutation"))
            {
                builder.MutationType("Mutation");
            }

            if (definitions.Any(d => d.Name.Value == "Subscription"))
            {
                builder.SubscriptionType("Subscription");
            }
        }

        return builder;
    }

    private void AddSdlType(TypeDefinitionNode definition, List<TypeDefinitionNode> extensions, Action<string, FieldBuilder>? configureField)
    {
        var name = definition.Name.Value;
        var description = definition.Description?.Value;
        var all = extensions.Prepend(definition).ToList();
        switch (definition)
        {
            case ScalarTypeDefinitionNode scalar:
                var url = all.SelectMany(d => d.Directives).FirstOrDefault(d => d.Name.Value == "specifiedBy")?.Arguments
                    .FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode s ? s.Value : null;
                Scalar(name, description, value => value, value => value, url);
                break;
            case ObjectTypeDefinitionNode:
                Object(name, description, t =>
                {
                    foreach (var node in all.Cast<ObjectTypeDefinitionNode>())
                    {
                        node.Interfaces.ToList().ForEach(i => t.Implements(i.Name.Value));
                        node.Fields.ToList().ForEach(f => SdlField(t.Field(f.Name.Value, f.Type.ToString(), f.Description?.Value), f, name, configureField));
                    }
                });
                break;
            case InterfaceTypeDefinitionNode:
                Interface(name, description, t =>
                {
                    foreach (var node in all.Cast<InterfaceTypeDefinitionNode>())
                    {
                        node.Interfaces.ToList().ForEach(i => t.Implements(i.Name.Value));
                        node.Fields.ToList().ForEach(f => SdlField(t.Field(f.Name.Value, f.Type.ToString(), f.Description?.Value), f, name, configureField));
                    }
                });
                break;
            case UnionTypeDefinitionNode:
                Union(name, description, [.. all.Cast<UnionTypeDefinitionNode>().SelectMany(u => u.Types).Select(t => t.Name.Value)]);
                break;
            case EnumTypeDefinitionNode:
                Enum(name, description, e =>
                {
                    foreach (var value in all.Cast<EnumTypeDefinitionNode>().SelectMany(d => d.Values))
                    {
                        e.Value(value.Name.Value, value.Description?.Value, DeprecationReason(value.Directives));
                    }
                });
                break;
            case InputObjectTypeDefinitionNode:
                InputObject(name, description, t =>
                {
                    if (all.SelectMany(d => d.Directives).Any(d => d.Name.Value == "oneOf"))
                    {
                        t.OneOf();
                    }

                    foreach (var field in all.Cast<InputObjectTypeDefinitionNode>().SelectMany(d => d.Fields))
                    {
                        t.Field(field.Name.Value, field.Type.ToString(), field.Description?.Value, DefaultOf(field), DeprecationReason(field.Directives));
                    }
                });
                break;
        }
    }

    private static void SdlField(FieldBuilder field, FieldDefinitionNode node, string typeName, Action<string, FieldBuilder>? configureField)
    {
        foreach (var argument in node.Arguments)
        {
            field.Argument(argument.Name.Value, argument.Type.ToString(), argument.Description?.Value, DefaultOf(argument));
        }

        if (DeprecationReason(node.Directives) is { } reason)
        {
            field.Deprecated(reason);
        }

        configureField?.Invoke(typeName, field);
    }

    private static object? DefaultOf(InputValueDefinitionNode node) =>
        node.DefaultValue is null ? null : DefaultValues.LiteralToPlain(node.DefaultValue, null);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : Types.BuiltInDirectives.DefaultDeprecationReason;
    }
}
