using System.Globalization;
using System.Text;

namespace InfluenceGraph.Cypher.Tck.Values;

/// <summary>
/// Parses the TCK's value format (STEPS.md section 4, after the tck-api's CypherValueParser): null, booleans,
/// integers, floats, NaN, single-quoted strings (escapes \' and \\ only), lists, maps with bare keys,
/// nodes (:L1:L2 {props}), relationships [:T {props}] and paths &lt;(a)-[:T]-&gt;(b)&lt;-[:U]-(c)&gt;.
/// Cells must already be Gherkin-unescaped.
/// </summary>
public sealed class ValueParser
{
    private readonly string _text;
    private int _pos;

    private ValueParser(string text) => _text = text;

    public static TckValue Parse(string text)
    {
        var parser = new ValueParser(text);
        var value = parser.Value();
        parser.SkipSpace();
        if (parser._pos != text.Length) throw parser.Error("end of value");
        return value;
    }

    private TckValue Value()
    {
        SkipSpace();
        return Peek() switch
        {
            '\'' => new TckString(StringLiteral()),
            '[' => AfterSpace(_pos + 1) == ':' ? Relationship() : List(),
            '{' => Map(),
            '(' => Node(),
            '<' => PathValue(),
            _ => Word(),
        };
    }

    private TckValue Word()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '-' or '+' or '.' or '_')) _pos++;
        var word = _text[start.._pos];
        switch (word)
        {
            case "null": return TckNull.Instance;
            case "true": return new TckBool(true);
            case "false": return new TckBool(false);
            case "NaN": return new TckFloat(double.NaN);
            case "Inf": return new TckFloat(double.PositiveInfinity);
            case "-Inf": return new TckFloat(double.NegativeInfinity);
        }
        var isFloat = word.IndexOfAny(['.', 'e', 'E']) >= 0;
        if (!isFloat && long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return new TckInteger(integer);
        if (isFloat && double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            return new TckFloat(real);
        _pos = start;
        throw Error("a value");
    }

    private string StringLiteral()
    {
        Expect('\'');
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("a closing quote");
            var c = _text[_pos++];
            if (c == '\'') return sb.ToString();
            if (c == '\\' && _pos < _text.Length && _text[_pos] is '\'' or '\\') c = _text[_pos++];
            sb.Append(c);
        }
    }

    private TckList List()
    {
        Expect('[');
        var items = new List<TckValue>();
        if (TryTake(']')) return new TckList(items);
        do items.Add(Value()); while (TryTake(','));
        Expect(']');
        return new TckList(items);
    }

    private TckMap Map()
    {
        Expect('{');
        var entries = new Dictionary<string, TckValue>(StringComparer.Ordinal);
        if (TryTake('}')) return new TckMap(entries);
        do
        {
            SkipSpace();
            var key = Name();
            Expect(':');
            entries[key] = Value();
        }
        while (TryTake(','));
        Expect('}');
        return new TckMap(entries);
    }

    private TckNode Node()
    {
        Expect('(');
        var labels = new List<string>();
        while (TryTake(':')) labels.Add(Name());
        SkipSpace();
        var properties = Peek() == '{' ? Map() : new TckMap(new Dictionary<string, TckValue>());
        Expect(')');
        return new TckNode(labels, properties);
    }

    private TckRelationship Relationship()
    {
        Expect('[');
        Expect(':');
        var type = Name();
        SkipSpace();
        var properties = Peek() == '{' ? Map() : new TckMap(new Dictionary<string, TckValue>());
        Expect(']');
        return new TckRelationship(type, properties);
    }

    private TckPath PathValue()
    {
        Expect('<');
        var start = Node();
        var steps = new List<TckPathStep>();
        while (true)
        {
            SkipSpace();
            if (TryTake('>')) return new TckPath(start, steps);
            var backward = TryTake('<');
            Expect('-');
            var relationship = Relationship();
            Expect('-');
            var forward = !backward && TryTake('>');
            if (!backward && !forward) throw Error("a direction '->' or '<-'");
            steps.Add(new TckPathStep(relationship, forward, Node()));
        }
    }

    /// <summary>Map keys, labels and types: letters, digits, '_' and '$' (or a backquoted name).</summary>
    private string Name()
    {
        SkipSpace();
        if (TryTake('`'))
        {
            var end = _text.IndexOf('`', _pos);
            if (end < 0) throw Error("a closing backquote");
            var quoted = _text[_pos..end];
            _pos = end + 1;
            return quoted;
        }
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$')) _pos++;
        if (start == _pos) throw Error("a name");
        return _text[start.._pos];
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char AfterSpace(int from)
    {
        while (from < _text.Length && char.IsWhiteSpace(_text[from])) from++;
        return from < _text.Length ? _text[from] : '\0';
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool TryTake(char c)
    {
        SkipSpace();
        if (Peek() != c) return false;
        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryTake(c)) throw Error($"'{c}'");
    }

    private FormatException Error(string expected) => new($"Cannot read TCK value \"{_text}\": expected {expected} at offset {_pos}");
}
