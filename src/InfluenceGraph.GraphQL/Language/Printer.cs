using System.Text.Json;

namespace InfluenceGraph.GraphQL.Language;

/// <summary>Prints values and types back to GraphQL source, as graphql-js's print() does in messages.</summary>
public static class Printer
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Print(ValueNode node) => node switch
    {
        VariableNode v => "$" + v.Name.Value,
        IntValueNode i => i.Value,
        FloatValueNode f => f.Value,
        StringValueNode { Block: true } s => BlockStrings.Print(s.Value),
        StringValueNode s => JsonSerializer.Serialize(s.Value, Relaxed),
        BooleanValueNode b => b.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode e => e.Value,
        ListValueNode l => "[" + string.Join(", ", l.Values.Select(Print)) + "]",
        ObjectValueNode o => "{ " + string.Join(", ", o.Fields.Select(f => $"{f.Name.Value}: {Print(f.Value)}")) + " }",
        _ => node.ToString(),
    };
}
