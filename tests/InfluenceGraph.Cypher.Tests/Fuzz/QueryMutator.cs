using System.Text;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Tests.Fuzz;

/// <summary>
/// Seeded random damage to a query text: token deletion, duplication and swap, character flips, truncation, keyword
/// insertion, deep nesting, huge numbers and awkward unicode. One to three mutations per case.
/// </summary>
internal sealed class QueryMutator(Random random)
{
    private static readonly string[] Keywords =
    [
        "MATCH", "OPTIONAL MATCH", "WHERE", "WITH", "RETURN", "UNWIND", "AS", "CREATE", "MERGE", "ON CREATE SET", "SET", "DELETE",
        "DETACH DELETE", "REMOVE", "ORDER BY", "SKIP", "LIMIT", "DISTINCT", "UNION", "UNION ALL", "CASE", "WHEN", "THEN", "ELSE", "END",
        "AND", "OR", "XOR", "NOT", "IN", "IS NULL", "IS NOT NULL", "STARTS WITH", "CONTAINS", "NULL", "true", "count(*)", "EXISTS {",
        "CALL", "FOREACH", "shortestPath(", "reduce(", "[x IN", "|", "(", ")", "[", "]", "{", "}", "-->", "<-", "-[", "]->", ":", ".",
        "..", "*", ",", ";", "$p", "=~", "^", "%", "`", "'", "\"", "//", "/*",
    ];

    private static readonly string[] HugeNumbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999999999",
        "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324", "1e-400", "0x7FFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFFFF", "0o7777777777777777777777",
        "0.0", "-0.0", "2147483648", "1000000000000", "00000000000000000000001", "1.e5", ".5e",
    ];

    private static readonly string[] Unicode =
    [
        "é", "e\u0301", "\U0001D518", "\U0001F600", "\u200B", "\u202E", "\uFEFF", "\0", "\uD800", "\uDFFF", "ß", "İ", "\u00A0", "\t",
        "\r\n", "\u2028", "\\", "\\u", "\\uZZZZ", "\\u00e9", "`", "'", "\"", "\u0000\u0001", "ﬀ", "\u3000", "日本", "\u0085",
    ];

    public string Mutate(string text)
    {
        var count = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        for (var i = 0; i < count; i++) text = MutateOnce(text);
        return text;
    }

    private string MutateOnce(string text)
    {
        var tokens = Tokens(text);
        return random.Next(10) switch
        {
            0 when tokens.Count > 0 => DeleteToken(text, tokens),
            1 when tokens.Count > 0 => DuplicateToken(text, tokens),
            2 when tokens.Count > 1 => SwapTokens(text, tokens),
            3 => FlipCharacters(text),
            4 => text[..random.Next(text.Length + 1)],
            5 => InsertAt(text, tokens, Keywords[random.Next(Keywords.Length)]),
            6 => Nest(text, tokens),
            7 when tokens.Any(t => t.Kind is TokenKind.Integer or TokenKind.Float) => HugeNumber(text, tokens),
            7 => InsertAt(text, tokens, HugeNumbers[random.Next(HugeNumbers.Length)]),
            8 => InsertAt(text, tokens, Unicode[random.Next(Unicode.Length)]),
            _ => FlipCharacters(text),
        };
    }

    private static List<Token> Tokens(string text)
    {
        try
        {
            return Lexer.Tokenize(text).Where(t => t.Kind != TokenKind.End).ToList();
        }
        catch (CypherException)
        {
            return [];
        }
    }

    private Token Pick(List<Token> tokens) => tokens[random.Next(tokens.Count)];

    private string DeleteToken(string text, List<Token> tokens)
    {
        var t = Pick(tokens);
        return text.Remove(t.Offset, t.Length);
    }

    private string DuplicateToken(string text, List<Token> tokens)
    {
        var t = Pick(tokens);
        return text.Insert(t.Offset + t.Length, " " + text.Substring(t.Offset, t.Length));
    }

    private string SwapTokens(string text, List<Token> tokens)
    {
        var (a, b) = (Pick(tokens), Pick(tokens));
        if (a.Offset > b.Offset) (a, b) = (b, a);
        if (a.Offset + a.Length > b.Offset) return text;
        return text[..a.Offset] + text.Substring(b.Offset, b.Length) + text[(a.Offset + a.Length)..b.Offset]
            + text.Substring(a.Offset, a.Length) + text[(b.Offset + b.Length)..];
    }

    private string FlipCharacters(string text)
    {
        if (text.Length == 0) return Unicode[random.Next(Unicode.Length)];
        var chars = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(chars.Length);
            chars[at] = random.Next(3) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(32, 127);
        }
        return chars.ToString();
    }

    private string InsertAt(string text, List<Token> tokens, string insert)
    {
        var at = tokens.Count == 0 ? random.Next(text.Length + 1) : random.Next(2) == 0 ? Pick(tokens).Offset : random.Next(text.Length + 1);
        return text.Insert(at, " " + insert + " ");
    }

    private string HugeNumber(string text, List<Token> tokens)
    {
        var numbers = tokens.Where(t => t.Kind is TokenKind.Integer or TokenKind.Float).ToList();
        var t = Pick(numbers);
        return text[..t.Offset] + HugeNumbers[random.Next(HugeNumbers.Length)] + text[(t.Offset + t.Length)..];
    }

    /// <summary>Deep nesting at a token (or as a whole query): balanced or not, a few levels or five thousand.</summary>
    private string Nest(string text, List<Token> tokens)
    {
        // 5,000 levels already overflow a thread's stack without the parser's limit (DeepNestingTests tries 20,000).
        int[] depths = [10, 150, 199, 200, 201, 250, 1_000, 2_000, 5_000];
        var depth = depths[random.Next(depths.Length)];
        var balanced = random.Next(4) != 0;
        (string Open, string Close) shape = random.Next(10) switch
        {
            0 => ("(", ")"),
            1 => ("[", "]"),
            2 => ("{a: ", "}"),
            3 => ("NOT ", ""),
            4 => ("-", ""),
            5 => ("1 + ", ""),
            6 => ("", "[0]"),
            7 => ("", ".a"),
            8 => ("CASE WHEN true THEN ", " END"),
            _ => ("size([", "])"),
        };
        var core = tokens.Count > 0 && random.Next(2) == 0 ? Pick(tokens) : null;
        var inner = core is null ? "1" : text.Substring(core.Offset, core.Length);
        var nested = new StringBuilder(depth * (shape.Open.Length + shape.Close.Length) + inner.Length);
        for (var i = 0; i < depth; i++) nested.Append(shape.Open);
        nested.Append(inner);
        for (var i = balanced ? depth : depth / 2; i > 0; i--) nested.Append(shape.Close);
        if (core is null) return "RETURN " + nested;
        return text[..core.Offset] + nested + text[(core.Offset + core.Length)..];
    }
}
