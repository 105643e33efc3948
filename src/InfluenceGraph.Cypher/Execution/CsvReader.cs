using System.Buffers;
using System.Text;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Reads CSV records one at a time from a stream (RFC 4180: fields in double quotes may hold the terminator, line
/// breaks and doubled quotes). UTF-8, with or without a byte-order mark. An empty field is null, as in Neo4j;
/// blank lines are skipped. Unquoted fields, the common case, are cut from the decoded buffer in one search each.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    // Bytes that are not UTF-8 decode to a noncharacter, so the error can name the line they are on.
    private const char Invalid = '\uFFFF';
    private const int BufferSize = 1 << 16;

    private readonly StreamReader _reader;
    private readonly char _terminator;
    private readonly SearchValues<char> _fieldEnds;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly List<string?> _fields = [];
    private readonly StringBuilder _text = new();
    private int _position, _end;
    private long _line = 1;

    public CsvReader(Stream stream, string file, char terminator)
    {
        _reader = new StreamReader(stream,
            Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Invalid.ToString())),
            detectEncodingFromByteOrderMarks: true);
        _terminator = terminator;
        _fieldEnds = SearchValues.Create([terminator, '\n', '\r', '"', Invalid]);
        File = file;
    }

    /// <summary>The file as the query named it, for error messages.</summary>
    public string File { get; }

    /// <summary>The line the record last returned by <see cref="Next"/> starts on (1-based).</summary>
    public long RecordLine { get; private set; }

    /// <summary>The next record (one entry per field), or null at the end of the file.</summary>
    public string?[]? Next()
    {
        while (true)
        {
            RecordLine = _line;
            var first = Peek();
            if (first < 0) return null;
            if (first is '\n' or '\r')
            {
                ReadLineBreak(ReadChar());
                continue;
            }
            return ReadRecord();
        }
    }

    private string?[] ReadRecord()
    {
        _fields.Clear();
        while (true)
        {
            var (value, end) = Peek() == '"' ? ReadQuoted() : ReadUnquoted();
            _fields.Add(value);
            if (end != _terminator) return [.. _fields];
        }
    }

    // The field's value and what ended it: the terminator, '\n' for a line break, or -1 at the end of the file.
    private (string? Value, int End) ReadUnquoted()
    {
        _text.Clear();
        while (true)
        {
            if (_position == _end && !Fill())
                return (_text.Length == 0 ? null : _text.ToString(), -1);
            var rest = _buffer.AsSpan(_position, _end - _position);
            var stop = rest.IndexOfAny(_fieldEnds);
            if (stop < 0)
            {
                // The field goes on past the buffer: keep what is read and refill.
                _text.Append(rest);
                _position = _end;
                continue;
            }
            var c = rest[stop];
            if (c == '"') throw Errors.CsvStrayQuote(File, _line);
            if (c == Invalid) throw Errors.CsvNotUtf8(File, _line);
            string? value;
            if (_text.Length == 0) value = stop == 0 ? null : new string(rest[..stop]);
            else value = _text.Append(rest[..stop]).ToString();
            _position += stop;
            var end = ReadChar();
            if (end is '\n' or '\r')
            {
                ReadLineBreak(end);
                return (value, '\n');
            }
            return (value, end);
        }
    }

    private (string? Value, int End) ReadQuoted()
    {
        _text.Clear();
        ReadChar();
        var quoteLine = _line;
        while (true)
        {
            var c = ReadChar();
            if (c < 0) throw Errors.CsvUnterminatedQuote(File, quoteLine);
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    _text.Append((char)ReadChar());
                    continue;
                }
                var end = ReadChar();
                if (end == _terminator || end < 0) return (_text.ToString(), end);
                if (end is '\n' or '\r')
                {
                    ReadLineBreak(end);
                    return (_text.ToString(), '\n');
                }
                throw Errors.CsvTextAfterQuote(File, _line);
            }
            _text.Append((char)c);
        }
    }

    private int Peek() => _position < _end || Fill() ? _buffer[_position] : -1;

    // Counts lines as it goes: a quoted field may span several.
    private int ReadChar()
    {
        if (_position == _end && !Fill()) return -1;
        int c = _buffer[_position++];
        if (c == Invalid) throw Errors.CsvNotUtf8(File, _line);
        if (c == '\n' || (c == '\r' && Peek() != '\n')) _line++;
        return c;
    }

    private void ReadLineBreak(int c)
    {
        if (c == '\r' && Peek() == '\n') ReadChar();
    }

    private bool Fill()
    {
        _position = 0;
        _end = _reader.Read(_buffer, 0, _buffer.Length);
        return _end > 0;
    }

    public void Dispose() => _reader.Dispose();
}
