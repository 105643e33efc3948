namespace InfluenceGraph.GraphQL.Language;

/// <summary>
/// Turns source text into tokens on demand (spec 2.1 Source Text). Ignored tokens (white space, line
/// terminators, comments, commas, the byte order mark) are skipped between tokens.
/// </summary>
public sealed partial class Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string source, int maxTokens = int.MaxValue)
    {
        _source = source;
        _maxTokens = maxTokens;
        Current = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    public Token Current { get; private set; }

    /// <summary>Number of tokens read so far (the start-of-file marker not counted).</summary>
    public int TokenCount { get; private set; }

    /// <summary>Advances to the next significant token and returns it.</summary>
    public Token Advance()
    {
        Current = ReadToken();
        if (Current.Kind != TokenKind.EndOfFile && ++TokenCount > _maxTokens)
        {
            throw new TokenLimitException(_maxTokens);
        }

        return Current;
    }

    /// <summary>Looks at the token after <see cref="Current"/> without consuming it.</summary>
    public Token Peek()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var token = ReadToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return token;
    }

    // 2.1.1 White Space, 2.1.2 Line Terminators, 2.1.4 Comments, 2.1.5 Insignificant Commas, 2.1.7 Ignored Tokens.
    private void SkipIgnored()
    {
        while (_position < _source.Length)
        {
            var c = _source[_position];
            switch (c)
            {
                case '\uFEFF' or '\t' or ' ' or ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    NewLine();
                    break;
                case '\r':
                    _position += _position + 1 < _source.Length && _source[_position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    break;
                case '#':
                    while (_position < _source.Length && _source[_position] is not ('\n' or '\r'))
                    {
                        _position++;
                    }

                    break;
                default:
                    return;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private SourceLocation LocationAt(int position) => new(_line, position - _lineStart + 1);

    private GraphQLSyntaxException Error(int position, string description) => new(description, LocationAt(position));

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadToken()
    {
        SkipIgnored();
        var start = _position;
        if (start >= _source.Length)
        {
            return Make(TokenKind.EndOfFile, start, start);
        }

        var c = _source[start];
        TokenKind? punctuator = c switch
        {
            '!' => TokenKind.Bang,
            '$' => TokenKind.Dollar,
            '&' => TokenKind.Amp,
            '(' => TokenKind.ParenL,
            ')' => TokenKind.ParenR,
            ':' => TokenKind.Colon,
            '=' => TokenKind.Equals,
            '@' => TokenKind.At,
            '[' => TokenKind.BracketL,
            ']' => TokenKind.BracketR,
            '{' => TokenKind.BraceL,
            '|' => TokenKind.Pipe,
            '}' => TokenKind.BraceR,
            _ => null,
        };
        if (punctuator is { } kind)
        {
            _position++;
            return Make(kind, start, _position);
        }

        if (c == '.')
        {
            if (_position + 2 < _source.Length + 0 && _source[_position + 1] == '.' && _source[_position + 2] == '.')
            {
                _position += 3;
                return Make(TokenKind.Spread, start, _position);
            }

            throw Error(start, "Unexpected character: \".\".");
        }

        if (IsNameStart(c))
        {
            return ReadName(start);
        }

        if (c == '-' || char.IsAsciiDigit(c))
        {
            return ReadNumber(start);
        }

        if (c == '"')
        {
            return _position + 2 < _source.Length && _source[_position + 1] == '"' && _source[_position + 2] == '"'
                ? ReadBlockString(start)
                : ReadString(start);
        }

        throw Error(start, c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : $"Unexpected character: {DescribeCharAt(start)}.");
    }

    internal static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsNameContinue(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // 2.1.9 Names: Name :: NameStart NameContinue* [lookahead != NameContinue]
    private Token ReadName(int start)
    {
        _position++;
        while (_position < _source.Length && IsNameContinue(_source[_position]))
        {
            _position++;
        }

        return Make(TokenKind.Name, start, _position, _source[start.._position]);
    }

    private string DescribeCharAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[position];
        return c is >= ' ' and <= '~'
            ? c == '"' ? "'\"'" : $"\"{c}\""
            : $"U+{(int)c:X4}";
    }
}
