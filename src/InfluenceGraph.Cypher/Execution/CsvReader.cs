using System.Text;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Reads CSV records one at a time from a stream (RFC 4180: fields in double quotes may hold the terminator, line
/// breaks and doubled quotes). UTF-8, with or without a byte-order mark. An empty field is null, as in Neo4j;
/// blank lines are skipped.
/// </summary>
internal sealed class CsvReader(Stream stream, string file, char terminator) : IDisposable
{
    // Bytes that are not UTF-8 decode to a noncharacter, so the error can name the line they are on.
    private const char Invalid = '\uFFFF';

    private readonly StreamReader _reader = new(stream,
        Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Invalid.ToString())),
        detectEncodingFromByteOrderMarks: true);
    private readonly StringBuilder _field = new();
    private long _line = 1;

    /// <summary>The file as the query named it, for error messages.</summary>
    public string File { get; } = file;

    /// <summary>The line the record last returned by <see cref="Next"/> starts on (1-based).</summary>
    public long RecordLine { get; private set; }

    /// <summary>The next record, or null at the end of the file.</summary>
    public List<string?>? Next()
    {
        while (true)
        {
            RecordLine = _line;
            var first = _reader.Peek();
            if (first < 0) return null;
            if (first is '\n' or '\r')
            {
                ReadLineBreak(ReadChar());
                continue;
            }
            return ReadRecord();
        }
    }

    private List<string?> ReadRecord()
    {
        var fields = new List<string?>();
        while (true)
        {
            var (value, end) = ReadField();
            fields.Add(value);
            if (end != terminator) return fields;
        }
    }

    // The field's value and what ended it: the terminator, '\n' for a line break, or -1 at the end of the file.
    private (string? Value, int End) ReadField()
    {
        _field.Clear();
        if (_reader.Peek() == '"')
        {
            _reader.Read();
            var quoteLine = _line;
            while (true)
            {
                var c = ReadChar();
                if (c < 0) throw Errors.CsvUnterminatedQuote(File, quoteLine);
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _field.Append((char)_reader.Read());
                        continue;
                    }
                    var end = ReadChar();
                    if (end == terminator || end < 0) return (_field.ToString(), end);
                    if (end is '\n' or '\r')
                    {
                        ReadLineBreak(end);
                        return (_field.ToString(), '\n');
                    }
                    throw Errors.CsvTextAfterQuote(File, _line);
                }
                _field.Append((char)c);
            }
        }
        while (true)
        {
            var c = ReadChar();
            if (c < 0 || c == terminator) return (Value(), c);
            if (c is '\n' or '\r')
            {
                ReadLineBreak(c);
                return (Value(), '\n');
            }
            if (c == '"') throw Errors.CsvStrayQuote(File, _line);
            _field.Append((char)c);
        }
    }

    private string? Value() => _field.Length == 0 ? null : _field.ToString();

    // Counts lines as it goes: a quoted field may span several.
    private int ReadChar()
    {
        var c = _reader.Read();
        if (c == Invalid) throw Errors.CsvNotUtf8(File, _line);
        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n')) _line++;
        return c;
    }

    private void ReadLineBreak(int c)
    {
        if (c == '\r' && _reader.Peek() == '\n') ReadChar();
    }

    public void Dispose() => _reader.Dispose();
}
