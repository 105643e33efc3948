using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;
using InfluenceGraph.GraphQL.AspNetCore;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// The Date scalar: an ISO 8601 calendar date such as "2025-05-07", read into <see cref="DateOnly"/>. Literals are
/// checked when they are parsed rather than by GraphQL.NET's generic "Expected type" check, so a bad date in a query
/// gets this scalar's own message, which says what the format is.
/// </summary>
internal sealed class DateScalar : ScalarGraphType
{
    public DateScalar(string? description)
    {
        Name = "Date";
        Description = description;
    }

    public static string Expected(object? value) =>
        $"Date must be a string of the form YYYY-MM-DD (for example \"2025-05-07\"), not {Describe(value)}.";

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        DateOnly d => d,
        _ => throw new ScalarValueException(Expected(value)),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => ParseValue((string)s.Value),
        _ => throw new ScalarValueException(Expected(value)),
    };

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => Format(d),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Cannot serialize {value.GetType().Name} as a Date."),
    };

    /// <summary>
    /// <paramref name="date"/> as yyyy-MM-dd, digit by digit: the explorer's graph serialises a few dates per relation,
    /// and a format string is read again on every call.
    /// </summary>
    public static string Format(DateOnly date) => string.Create(10, date, static (chars, date) =>
    {
        Digits(chars[..4], date.Year);
        chars[4] = '-';
        Digits(chars.Slice(5, 2), date.Month);
        chars[7] = '-';
        Digits(chars.Slice(8, 2), date.Day);
    });

    // Writes value right-aligned into chars, padded with zeros (DateOnly's years are 1 to 9999).
    private static void Digits(Span<char> chars, int value)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    public override GraphQLValue ToAST(object? value) => Serialize(value) is string s ? new GraphQLStringValue(s) : new GraphQLNullValue();

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        GraphQLStringValue s => $"\"{s.Value}\"",
        GraphQLIntValue i => i.Value.ToString(),
        GraphQLFloatValue f => f.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLValue other => other.Kind.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
