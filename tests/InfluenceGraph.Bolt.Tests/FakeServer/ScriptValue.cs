using System.Globalization;
using System.Text;
using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.FakeServer;

/// <summary>The `*` in a script: matches any one value.</summary>
internal sealed class Wildcard
{
    public static readonly Wildcard Instance = new();
    public override string ToString() => "*";
}

/// <summary>
/// Parses the values written in transcripts: JSON (integers without a point become Integer, with one Float) plus
/// `*` and structures written as Name(field, ...) with the Bolt structure names (Node, Relationship, Path, Date...).
/// value := '*' | null | true | false | number | string | '[' values ']' | '{' string ':' value ... '}' | Name '(' values ')'
/// </summary>
internal sealed class ScriptValueParser(string text)
{
    private static readonly Dictionary<string, byte> StructNames = new()
    {
        ["Node"] = StructTags.Node, ["Relationship"] = StructTags.Relationship, ["UnboundRelationship"] = StructTags.UnboundRelationship,
        ["Path"] = StructTags.Path, ["Date"] = StructTags.Date, ["Time"] = StructTags.Time, ["LocalTime"] = StructTags.LocalTime,
        ["DateTime"] = StructTags.DateTime, ["DateTimeZoneId"] = StructTags.DateTimeZoneId, ["LocalDateTime"] = StructTags.LocalDateTime,
        ["Duration"] = StructTags.Duration, ["LegacyDateTime"] = StructTags.LegacyDateTime, ["LegacyDateTimeZoneId"] = StructTags.LegacyDateTimeZoneId, ["Point2D"] = StructTags.Point2D, ["Point3D"] = StructTags.Point3D,
    };

    private int _position;

    public static List<object?> ParseAll(string text)
    {
        var parser = new ScriptValueParser(text);
        var values = new List<object?>();
        while (!parser.AtEnd()) values.Add(parser.ParseValue());
        return values;
    }

    private bool AtEnd()
    {
        SkipSpace();
        return _position >= text.Length;
    }

    private void SkipSpace()
    {
        while (_position < text.Length && (char.IsWhiteSpace(text[_position]) || text[_position] == ',')) _position++;
    }

    private object? ParseValue()
    {
        SkipSpace();
        var c = text[_position];
        switch (c)
        {
            case '*': _position++; return Wildcard.Instance;
            case '"': return ParseString();
            case '[':
                _position++;
                var list = new List<object?>();
                while (!TryConsume(']')) list.Add(ParseValue());
                return list;
            case '{':
                _position++;
                var map = new Dictionary<string, object?>();
                while (!TryConsume('}'))
                {
                    SkipSpace();
                    var key = ParseString();
                    Expect(':');
                    map[key] = ParseValue();
                }
                return map;
        }
        if (c == '-' || char.IsDigit(c)) return ParseNumber();
        var start = _position;
        while (_position < text.Length && char.IsLetterOrDigit(text[_position])) _position++;
        var word = text[start.._position];
        switch (word)
        {
            case "null": return null;
            case "true": return true;
            case "false": return false;
        }
        if (!StructNames.TryGetValue(word, out var tag)) throw new FormatException($"unknown word '{word}' in script value: {text}");
        Expect('(');
        var fields = new List<object?>();
        while (!TryConsume(')')) fields.Add(ParseValue());
        return new PackStreamStructure(tag, fields);
    }

    private object ParseNumber()
    {
        var start = _position;
        while (_position < text.Length && "+-0123456789.eE".Contains(text[_position])) _position++;
        var token = text[start.._position];
        return token.IndexOfAny(['.', 'e', 'E']) >= 0
            ? (object)double.Parse(token, CultureInfo.InvariantCulture)
            : (object)long.Parse(token, CultureInfo.InvariantCulture);
    }

    private string ParseString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (text[_position] != '"')
        {
            if (text[_position] == '\\') _position++;
            builder.Append(text[_position++]);
        }
        _position++;
        return builder.ToString();
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (_position < text.Length && text[_position] == c) { _position++; return true; }
        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw new FormatException($"expected '{c}' at {_position} in script value: {text}");
    }
}
