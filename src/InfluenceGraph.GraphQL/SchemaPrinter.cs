using System.Text;
using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>Prints a schema in SDL (spec 3), laid out as graphql-js's printSchema does.</summary>
internal static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var blocks = new List<string>();
        if (SchemaBlock(schema) is { } schemaBlock)
        {
            blocks.Add(schemaBlock);
        }

        blocks.AddRange(schema.Directives.Where(d => !BuiltInDirectives.IsBuiltIn(d.Name)).Select(PrintDirective));
        foreach (var type in schema.Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || type is ScalarType { IsBuiltIn: true })
            {
                continue;
            }

            blocks.Add(PrintType(type));
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    private static string? SchemaBlock(Schema schema)
    {
        var conventional = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (conventional && schema.Description is null)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description, string.Empty, true)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintType(NamedType type)
    {
        var head = Description(type.Description, string.Empty, true);
        return type switch
        {
            ScalarType s => head + $"scalar {s.Name}" + (s.SpecifiedByUrl is null ? string.Empty : $" @specifiedBy(url: {DefaultValues.PlainToLiteral(s.SpecifiedByUrl)})"),
            ObjectType o => head + $"type {o.Name}{Implements(o)}" + Fields(o),
            InterfaceType i => head + $"interface {i.Name}{Implements(i)}" + Fields(i),
            UnionType u => head + $"union {u.Name}" + (u.Types.Count == 0 ? string.Empty : " = " + string.Join(" | ", u.Types.Select(t => t.Name))),
            EnumType e => head + $"enum {e.Name}" + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
            InputObjectType io => head + $"input {io.Name}" + (io.IsOneOf ? " @oneOf" : string.Empty)
                + Block(io.FieldList.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
            _ => throw new InvalidOperationException(type.GetType().Name),
        };
    }

    private static string Implements(FieldsType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string Fields(FieldsType type) =>
        Block(type.FieldList.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        return list.Count == 0 ? string.Empty : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value) =>
        $"{value.Name}: {value.Type}"
        + (value.HasDefaultValue ? " = " + DefaultValues.ToLiteral(value.DefaultValue, value.Type) : string.Empty)
        + Deprecated(value.DeprecationReason);

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => $" @deprecated(reason: {DefaultValues.PlainToLiteral(reason)})",
    };

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description, string.Empty, true) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations);

    private static string Description(string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var block = description.Length > 70 || description.Contains('\n')
            ? "\"\"\"\n" + description.Replace("\"\"\"", "\\\"\"\"") + "\n\"\"\""
            : BlockStrings.Print(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation) + "\n";
    }
}
