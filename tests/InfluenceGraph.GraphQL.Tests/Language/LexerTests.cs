using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    private static GraphQLSyntaxException LexError(string source) => Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Lexer_Punctuators_AreRecognised()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);
        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread, TokenKind.Colon,
             TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    [Fact]
    public void Lexer_CommasCommentsAndBom_AreIgnored()
    {
        var tokens = Lex("\uFEFF a,,b # comment, with words\n\tc");
        Assert.Equal(["a", "b", "c"], tokens.Select(t => t.Value));
        Assert.Equal(new SourceLocation(2, 2), tokens[2].Location);
    }

    [Fact]
    public void Lexer_LineTerminators_AdvanceLines()
    {
        var tokens = Lex("a\r\nb\rc\nd");
        Assert.Equal([1, 2, 3, 4], tokens.Select(t => t.Line));
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-12", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("2E-3", TokenKind.Float)]
    [InlineData("3e+2", TokenKind.Float)]
    public void Lexer_Numbers_HaveKindAndText(string source, TokenKind kind)
    {
        var token = Assert.Single(Lex(source));
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".")]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".")]
    [InlineData("1a", "Syntax Error: Invalid number, expected digit but got: \"a\".")]
    [InlineData("1.0.1", "Syntax Error: Invalid number, expected digit but got: \".\".")]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    public void Lexer_BadNumber_ReportsSyntaxError(string source, string message) =>
        Assert.Equal(message, LexError(source).Message);

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"\\u00e9\"", "é")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    public void Lexer_Strings_AreCooked(string source, string value) =>
        Assert.Equal(value, Assert.Single(Lex(source)).Value);

    [Fact]
    public void Lexer_UnterminatedString_ReportsLineAndColumn()
    {
        var error = LexError("{\n  \"abc");
        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal(new SourceLocation(2, 7), error.Location);
    }

    [Theory]
    [InlineData("\"\\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\u12G4\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".")]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\uDE00\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    public void Lexer_BadCharacters_ReportSyntaxError(string source, string message) =>
        Assert.Equal(message, LexError(source).Message);

    [Fact]
    public void Lexer_BlockString_IsDedentedAndTrimmed()
    {
        var token = Assert.Single(Lex("\"\"\"\n    Hello,\n      World!\n\n    Yours\n  \"\"\""));
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours", token.Value);
    }

    [Fact]
    public void Lexer_BlockString_KeepsEscapedTripleQuoteAndCountsLines()
    {
        var tokens = Lex("\"\"\"a \\\"\"\" b\nc\"\"\" name");
        Assert.Equal("a \"\"\" b\nc", tokens[0].Value);
        Assert.Equal(new SourceLocation(2, 6), tokens[1].Location);
    }

    [Fact]
    public void Lexer_TokenLimit_Throws()
    {
        var lexer = new Lexer("a b c d", maxTokens: 3);
        lexer.Advance();
        lexer.Advance();
        lexer.Advance();
        Assert.Throws<TokenLimitException>(() => lexer.Advance());
    }
}
