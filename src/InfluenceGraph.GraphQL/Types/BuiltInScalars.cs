using System.Globalization;

namespace InfluenceGraph.GraphQL.Types;

/// <summary>The five built-in scalars of spec 3.5 with their result and input coercion rules.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new(
        "Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        SerializeInt, ParseInt, isBuiltIn: true);

    public static ScalarType Float { get; } = new(
        "Float", "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        SerializeFloat, ParseFloat, isBuiltIn: true);

    public static ScalarType String { get; } = new(
        "String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        SerializeString, ParseString, isBuiltIn: true);

    public static ScalarType Boolean { get; } = new(
        "Boolean", "The `Boolean` scalar type represents `true` or `false`.",
        SerializeBoolean, ParseBoolean, isBuiltIn: true);

    public static ScalarType ID { get; } = new(
        "ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        SerializeId, ParseId, isBuiltIn: true);

    public static IReadOnlyList<ScalarType> All { get; } = [Int, Float, String, Boolean, ID];

    public static ScalarType? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    private static object? SerializeInt(object value)
    {
        var number = value switch
        {
            int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            double d when double.IsFinite(d) && Math.Floor(d) == d => (decimal?)Math.Clamp(d, -1e20, 1e20),
            float f when float.IsFinite(f) && MathF.Floor(f) == f => (decimal?)Math.Clamp(f, -1e20f, 1e20f),
            decimal m when decimal.Floor(m) == m => m,
            bool b => b ? 1 : 0,
            _ => throw new GraphQLException(Messages.IntNonInteger(Inspect(value))),
        };
        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number.Value
            : throw new GraphQLException(Messages.IntNot32Bit(Inspect(value)));
    }

    private static object? ParseInt(object? value)
    {
        var number = value switch
        {
            int or long or short or byte => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            double d when double.IsFinite(d) && Math.Floor(d) == d => (decimal?)Math.Clamp(d, -1e20, 1e20),
            _ => throw new GraphQLException(Messages.IntNonInteger(Inspect(value))),
        };
        return number is >= int.MinValue and <= int.MaxValue
            ? (int)number.Value
            : throw new GraphQLException(Messages.IntNot32Bit(Inspect(value)));
    }

    private static object? SerializeFloat(object value)
    {
        var number = value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            bool b => b ? 1 : 0,
            _ => throw new GraphQLException(Messages.FloatNonNumeric(Inspect(value))),
        };
        return double.IsFinite(number) ? number : throw new GraphQLException(Messages.FloatNonNumeric(Inspect(value)));
    }

    private static object? ParseFloat(object? value) => value switch
    {
        double d when double.IsFinite(d) => d,
        int or long or short or byte => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException(Messages.FloatNonNumeric(Inspect(value))),
    };

    private static object? SerializeString(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        int or long or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLException(Messages.StringCannotRepresent(Inspect(value))),
    };

    private static object? ParseString(object? value) =>
        value as string ?? throw new GraphQLException(Messages.StringNonString(Inspect(value)));

    private static object? SerializeBoolean(object value) =>
        value is bool b ? b : throw new GraphQLException(Messages.BooleanNonBoolean(Inspect(value)));

    private static object? ParseBoolean(object? value) =>
        value is bool b ? b : throw new GraphQLException(Messages.BooleanNonBoolean(Inspect(value)));

    private static object? SerializeId(object value) => value switch
    {
        string s => s,
        int or long or short or byte or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new GraphQLException(Messages.IdCannotRepresent(Inspect(value))),
    };

    private static object? ParseId(object? value) => value switch
    {
        string s => s,
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) && Math.Floor(d) == d && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        _ => throw new GraphQLException(Messages.IdCannotRepresent(Inspect(value))),
    };

    /// <summary>A plain value as graphql-js's inspect() shows it in messages.</summary>
    public static string Inspect(object? value) => value switch
    {
        null => "null",
        string s => System.Text.Json.JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        double d => double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> { Count: 0 } => "{}",
        IReadOnlyDictionary<string, object?> map => "{ " + string.Join(", ", map.Select(p => $"{p.Key}: {Inspect(p.Value)}")) + " }",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
