namespace InfluenceGraph.Cypher.Syntax;

internal enum TokenKind
{
    Identifier,        // names and keywords alike: keywords are recognised by the parser, case-insensitively
    QuotedIdentifier,  // `escaped name`: never a keyword
    Integer,
    Float,
    String,
    Parameter,         // $name or $0
    InvalidNumber,     // digits run into letters ("1B", "0x1j"): an invalid number literal where an expression may stand, unexpected elsewhere
    Symbol,            // punctuation and operators, Text holds the spelling
    End,
}

/// <summary>One lexeme with its position (offset into the text and its 1-based line and column).</summary>
internal sealed record Token(TokenKind Kind, string Text, object? Value, int Offset, int Length, int Line, int Column)
{
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.String => $"string {Text}",
        TokenKind.Parameter => $"parameter {Text}",
        _ => $"'{Text}'",
    };
}
