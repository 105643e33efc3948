using System.Globalization;
using System.Text;

namespace InfluenceGraph.GraphQL.Language;

public sealed partial class Lexer
{
    // 2.9.1 Int Value, 2.9.2 Float Value:
    // IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    // FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart
    private Token ReadNumber(int start)
    {
        var isFloat = false;
        if (Char(_position) == '-')
        {
            _position++;
        }

        if (Char(_position) == '0')
        {
            _position++;
            if (char.IsAsciiDigit(Char(_position)))
            {
                throw Error(_position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(_position)}.");
            }
        }
        else
        {
            ReadDigits();
        }

        if (Char(_position) == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits();
        }

        if (Char(_position) is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (Char(_position) is '+' or '-')
            {
                _position++;
            }

            ReadDigits();
        }

        if (Char(_position) == '.' || IsNameStart(Char(_position)))
        {
            throw Error(_position, $"Invalid number, expected digit but got: {DescribeCharAt(_position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, _position, _source[start.._position]);
    }

    private void ReadDigits()
    {
        if (!char.IsAsciiDigit(Char(_position)))
        {
            throw Error(_position, $"Invalid number, expected digit but got: {DescribeCharAt(_position)}.");
        }

        while (char.IsAsciiDigit(Char(_position)))
        {
            _position++;
        }
    }

    private char Char(int position) => position < _source.Length ? _source[position] : '\0';

    // 2.9.4 String Value: StringValue :: `"` StringCharacter* `"`, with EscapedUnicode and EscapedCharacter.
    private Token ReadString(int start)
    {
        _position++;
        var value = new StringBuilder();
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '"')
            {
                _position++;
                return Make(TokenKind.String, start, _position, value.ToString());
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c == '\\')
            {
                ReadEscape(value);
                continue;
            }

            if (c < ' ' && c != '\t')
            {
                throw Error(_position, $"Invalid character within String: {DescribeCharAt(_position)}.");
            }

            value.Append(c);
            _position++;
        }

        throw Error(_position, "Unterminated string.");
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = _position;
        var next = Char(_position + 1);
        char? simple = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (simple is { } s)
        {
            value.Append(s);
            _position += 2;
            return;
        }

        if (next != 'u')
        {
            throw Error(escapeStart, $"Invalid character escape sequence: \"{_source.Substring(escapeStart, Math.Min(2, _source.Length - escapeStart))}\".");
        }

        if (Char(_position + 2) == '{')
        {
            // EscapedUnicode :: `{` HexDigit+ `}` (any Unicode scalar value)
            var close = _source.IndexOf('}', _position + 3);
            var hex = close < 0 ? string.Empty : _source[(_position + 3)..close];
            if (close < 0 || hex.Length == 0 || hex.Length > 8 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
                || !Rune.IsValid(scalar))
            {
                var end = close < 0 ? Math.Min(_source.Length, _position + 3) : close + 1;
                throw Error(escapeStart, $"Invalid Unicode escape sequence: \"{_source[escapeStart..end]}\".");
            }

            value.Append(new Rune(scalar).ToString());
            _position = close + 1;
            return;
        }

        // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit; a surrogate pair must come as two escapes.
        var code = ReadHex4(_position + 2);
        if (code < 0)
        {
            throw Error(escapeStart, $"Invalid Unicode escape sequence: \"{_source.Substring(escapeStart, Math.Min(6, _source.Length - escapeStart))}\".");
        }

        if (char.IsHighSurrogate((char)code) && Char(_position + 6) == '\\' && Char(_position + 7) == 'u')
        {
            var low = ReadHex4(_position + 8);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                value.Append((char)code).Append((char)low);
                _position += 12;
                return;
            }
        }

        if (char.IsSurrogate((char)code))
        {
            throw Error(escapeStart, $"Invalid Unicode escape sequence: \"{_source.Substring(escapeStart, 6)}\".");
        }

        value.Append((char)code);
        _position += 6;
    }

    private int ReadHex4(int position)
    {
        if (position + 4 > _source.Length)
        {
            return -1;
        }

        return int.TryParse(_source.AsSpan(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ? code : -1;
    }

    // 2.9.4 String Value: BlockString :: `"""` BlockStringCharacter* `"""`, cooked by BlockStringValue().
    private Token ReadBlockString(int start)
    {
        var (line, column) = (_line, start - _lineStart + 1);
        _position += 3;
        var raw = new StringBuilder();
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c == '"' && Char(_position + 1) == '"' && Char(_position + 2) == '"')
            {
                _position += 3;
                return new Token(TokenKind.BlockString, start, _position, line, column, BlockStrings.Dedent(raw.ToString()));
            }

            if (c == '\\' && Char(_position + 1) == '"' && Char(_position + 2) == '"' && Char(_position + 3) == '"')
            {
                raw.Append("\"\"\"");
                _position += 4;
                continue;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                throw Error(_position, $"Invalid character within String: {DescribeCharAt(_position)}.");
            }

            raw.Append(c);
            _position++;
            if (c == '\n' || (c == '\r' && Char(_position) != '\n'))
            {
                NewLine();
            }
        }

        throw Error(_position, "Unterminated string.");
    }
}
