using System.Collections;
using System.Globalization;
using System.Text.Json;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>Internal values given in code (defaults), normalised to the coerced form and printed as GraphQL literals.</summary>
internal static class DefaultValues
{
    // Quotes as \" rather than \u0022, as graphql-js prints string literals.
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Makes a default written in code (1 for a Float, a C# enum for an enum) look like a coerced input value.</summary>
    public static object? Normalize(object? value, GraphType type)
    {
        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Normalize(value, nonNull.OfType);
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary
                    ? items.Cast<object?>().Select(i => Normalize(i, list.OfType)).ToList()
                    : new List<object?> { Normalize(value, list.OfType) };
            case EnumType enumType:
                return EnumNames.Match(enumType, value) ?? value;
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> map:
                return map.ToDictionary(p => p.Key, p => input.Fields.TryGetValue(p.Key, out var f) ? Normalize(p.Value, f.Type) : p.Value);
            case ScalarType { IsBuiltIn: true } scalar:
                try
                {
                    return scalar.ParseValue(value is int or long or double or string or bool ? value : Convert.ToDouble(value, CultureInfo.InvariantCulture));
                }
                catch (Exception e) when (e is GraphQLException or InvalidCastException or FormatException)
                {
                    return value;
                }

            default:
                return value;
        }
    }

    /// <summary>astFromValue + print: an internal value of <paramref name="type"/> as a GraphQL literal, e.g. for __InputValue.defaultValue.</summary>
    public static string ToLiteral(object? value, GraphType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return ToLiteral(value, nonNull.OfType);
            case var _ when value is null:
                return "null";
            case ListType list:
                return value is IEnumerable items and not string
                    ? "[" + string.Join(", ", items.Cast<object?>().Select(i => ToLiteral(i, list.OfType))) + "]"
                    : ToLiteral(value, list.OfType);
            case InputObjectType input when value is IEnumerable<KeyValuePair<string, object?>> map:
                var fields = map.Where(p => input.Fields.ContainsKey(p.Key)).Select(p => $"{p.Key}: {ToLiteral(p.Value, input.Fields[p.Key].Type)}");
                return "{" + string.Join(", ", fields) + "}";
            case EnumType enumType:
                return EnumNames.Match(enumType, value) ?? value.ToString() ?? "null";
            case ScalarType scalar:
                var plain = scalar.Serialize(value);
                if (scalar == BuiltInScalars.ID && plain is string id && IsIntegerText(id))
                {
                    return id;
                }

                return PlainToLiteral(plain);
            default:
                return PlainToLiteral(value);
        }
    }

    // graphql-js prints an ID that looks like an integer as an Int literal.
    private static bool IsIntegerText(string text)
    {
        var digits = text.StartsWith('-') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits == "0" || digits[0] != '0');
    }

    /// <summary>A plain value (string, number, bool, list, map) as a GraphQL literal.</summary>
    public static string PlainToLiteral(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s, RelaxedJson),
        bool b => b ? "true" : "false",
        double d => FormatFloat(d),
        float f => FormatFloat(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<KeyValuePair<string, object?>> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {PlainToLiteral(p.Value)}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(PlainToLiteral)) + "]",
        _ => JsonSerializer.Serialize(value.ToString(), RelaxedJson),
    };

    /// <summary>JavaScript's number printing, as graphql-js shows floats: 1 for 1.0, 1.5 for 1.5, 1e+21 for large values.</summary>
    public static string FormatFloat(double d)
    {
        if (Math.Floor(d) == d && Math.Abs(d) < 1e21)
        {
            return d.ToString("0", CultureInfo.InvariantCulture);
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E+", "e+").Replace("E-", "e-");
    }

    /// <summary>A literal in the document as a plain value (spec: custom scalars receive literals in their plain form).</summary>
    public static object? LiteralToPlain(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? (object)l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => LiteralToPlain(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => LiteralToPlain(f.Value, variables)),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };
}

/// <summary>Maps values to enum value names: the name itself, or a C# enum whose name matches ignoring case and underscores.</summary>
internal static class EnumNames
{
    public static string? Match(EnumType type, object? value)
    {
        switch (value)
        {
            case string s when type.Find(s) is not null:
                return s;
            case System.Enum e:
                var name = e.ToString();
                if (type.Find(name) is not null)
                {
                    return name;
                }

                var folded = Fold(name);
                return type.Values.FirstOrDefault(v => Fold(v.Name) == folded)?.Name;
            default:
                return null;
        }
    }

    private static string Fold(string name) => name.Replace("_", string.Empty).ToUpperInvariant();
}
