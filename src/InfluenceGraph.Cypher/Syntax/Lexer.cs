using System.Globalization;
using System.Text;

namespace InfluenceGraph.Cypher.Syntax;

/// <summary>
/// Turns query text into tokens. Follows the openCypher 9 lexical rules: whitespace and comments
/// (<c>//</c>, <c>/* */</c>) are skipped, identifiers may be back-quoted, strings take either quote and
/// backslash escapes (StringLiteral, EscapedChar), numbers are decimal, hexadecimal (0x) or octal (0o).
/// </summary>
internal sealed class Lexer
{
    // The two-character symbols are tried before the one-character ones (Symbol), so "<=" wins over "<". Arrows are
    // not tokens: the parser reads "<", "-", ">".
    private static readonly string[] Symbols =
    [
        "..", "<=", ">=", "<>", "!=", "=~", "+=", "||",
        "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "+", "-", "*", "/", "%", "^", "=", "<", ">", "$",
    ];

    private static readonly Dictionary<(char, char), string> Pairs = Symbols.Where(s => s.Length == 2).ToDictionary(s => (s[0], s[1]));
    private static readonly Dictionary<char, string> Singles = Symbols.Where(s => s.Length == 1).ToDictionary(s => s[0]);

    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private Lexer(string text) => _text = text;

    public static List<Token> Tokenize(string text)
    {
        var lexer = new Lexer(text);
        var tokens = new List<Token>();
        while (true)
        {
            var token = lexer.Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.End) return tokens;
        }
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Advance()
    {
        if (_text[_pos] == '\n')
        {
            _line++;
            _lineStart = _pos + 1;
        }
        _pos++;
    }

    private Token Next()
    {
        SkipTrivia();
        var start = _pos;
        var line = _line;
        var column = _pos - _lineStart + 1;
        Token Make(TokenKind kind, object? value = null) => new(kind, _text[start.._pos], value, start, _pos - start, line, column);

        if (_pos >= _text.Length) return new Token(TokenKind.End, "", null, _pos, 0, line, column);
        var c = Peek();
        if (IsIdentifierStart(c))
        {
            while (IsIdentifierPart(Peek())) Advance();
            return Make(TokenKind.Identifier);
        }
        if (c == '`')
        {
            var name = ReadQuoted('`', line, column, isString: false);
            return new Token(TokenKind.QuotedIdentifier, name, name, start, _pos - start, line, column);
        }
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            var (kind, value) = ReadNumber(line, column);
            return Make(kind, value);
        }
        if (c is '\'' or '"')
        {
            var value = ReadQuoted(c, line, column, isString: true);
            return Make(TokenKind.String, value);
        }
        if (c == '$' && (IsIdentifierStart(Peek(1)) || char.IsAsciiDigit(Peek(1)) || Peek(1) == '`'))
        {
            Advance();
            string name;
            if (Peek() == '`') name = ReadQuoted('`', line, column, isString: false);
            else
            {
                var nameStart = _pos;
                while (IsIdentifierPart(Peek())) Advance();
                name = _text[nameStart.._pos];
            }
            return Make(TokenKind.Parameter, name);
        }
        if (Symbol(c, Peek(1)) is { } symbol)
        {
            _pos += symbol.Length;
            return new Token(TokenKind.Symbol, symbol, null, start, symbol.Length, line, column);
        }
        throw Errors.UnexpectedCharacter(c, line, column);
    }

    // The longest symbol starting with c (then next): one of Symbols, so the token's text is shared, not cut out.
    private static string? Symbol(char c, char next) =>
        Pairs.TryGetValue((c, next), out var pair) ? pair : Singles.GetValueOrDefault(c);

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = Peek();
            if (char.IsWhiteSpace(c)) Advance();
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _text.Length && Peek() != '\n') Advance();
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var line = _line;
                var column = _pos - _lineStart + 1;
                Advance();
                Advance();
                while (!(Peek() == '*' && Peek(1) == '/'))
                {
                    if (_pos >= _text.Length) throw Errors.UnterminatedComment(line, column);
                    Advance();
                }
                Advance();
                Advance();
            }
            else return;
        }
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    // openCypher: NumberLiteral = DoubleLiteral | IntegerLiteral (HexInteger | OctalInteger | DecimalInteger).
    private (TokenKind, object?) ReadNumber(int line, int column)
    {
        var start = _pos;
        if (Peek() == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            var hex = Peek(1) is 'x' or 'X';
            Advance();
            Advance();
            var digitsStart = _pos;
            while (char.IsAsciiLetterOrDigit(Peek())) Advance();
            var digits = _text[digitsStart.._pos];
            try
            {
                var unsigned = hex
                    ? ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
                    : Convert.ToUInt64(digits, 8);
                if (unsigned > long.MaxValue + 1UL) throw Errors.IntegerTooLarge(_text[start.._pos], line, column);
                // 2^63 only fits when negated; the parser folds "-" into it or reports the overflow.
                return (TokenKind.Integer, unsigned > long.MaxValue ? unsigned : (object)(long)unsigned);
            }
            catch (OverflowException) when (digits.All(hex ? char.IsAsciiHexDigit : c => c is >= '0' and <= '7'))
            {
                throw Errors.IntegerTooLarge(_text[start.._pos], line, column);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                return (TokenKind.InvalidNumber, null);
            }
        }
        var isFloat = false;
        while (char.IsAsciiDigit(Peek())) Advance();
        // "1..3" is a range: a '.' only starts a fraction when a digit follows it.
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            Advance();
            while (char.IsAsciiDigit(Peek())) Advance();
        }
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '-' or '+' && char.IsAsciiDigit(Peek(2)))))
        {
            isFloat = true;
            Advance();
            if (Peek() is '-' or '+') Advance();
            while (char.IsAsciiDigit(Peek())) Advance();
        }
        if (IsIdentifierStart(Peek()))
        {
            Advance();
            return (TokenKind.InvalidNumber, null);
        }
        var text = _text[start.._pos];
        if (isFloat)
        {
            var d = double.Parse(text, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d)) throw Errors.FloatTooLarge(text, line, column);
            return (TokenKind.Float, d);
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return (TokenKind.Integer, value);
        if (text == "9223372036854775808") return (TokenKind.Integer, (ulong)long.MaxValue + 1);
        throw Errors.IntegerTooLarge(text, line, column);
    }

    private string ReadQuoted(char quote, int line, int column, bool isString)
    {
        Advance();
        // Most strings have no escape, doubled backtick or line break: cut them out whole.
        var rest = _text.AsSpan(_pos);
        var stop = rest.IndexOfAny(quote, '\\', '\n');
        if (stop >= 0 && rest[stop] == quote && (isString || stop + 1 >= rest.Length || rest[stop + 1] != '`'))
        {
            var value = _text.Substring(_pos, stop);
            _pos += stop + 1;
            return value;
        }
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
                throw Errors.Syntax(isString ? $"Unterminated string: expected closing {quote}" : "Unterminated quoted name: expected closing `", line, column);
            var c = Peek();
            if (c == quote)
            {
                // `` inside a quoted name stands for one backtick.
                if (!isString && Peek(1) == '`')
                {
                    sb.Append('`');
                    Advance();
                    Advance();
                    continue;
                }
                Advance();
                return sb.ToString();
            }
            if (c == '\\' && isString)
            {
                var escLine = _line;
                var escColumn = _pos - _lineStart + 1;
                Advance();
                var e = Peek();
                if (_pos >= _text.Length) continue;
                Advance();
                switch (e)
                {
                    case '\\': sb.Append('\\'); break;
                    case '\'': sb.Append('\''); break;
                    case '"': sb.Append('"'); break;
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'u' or 'U':
                        var width = e == 'u' ? 4 : 8;
                        if (_pos + width > _text.Length || !int.TryParse(_text.AsSpan(_pos, width), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            throw Errors.InvalidUnicodeEscape(width, escLine, escColumn);
                        for (var i = 0; i < width; i++) Advance();
                        sb.Append(char.ConvertFromUtf32(code));
                        break;
                    default:
                        throw Errors.InvalidEscape(e, escLine, escColumn);
                }
                continue;
            }
            sb.Append(c);
            Advance();
        }
    }
}
