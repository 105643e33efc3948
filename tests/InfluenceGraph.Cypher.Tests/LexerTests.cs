using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Tests;

public sealed class LexerTests
{
    private static string Kinds(string text) =>
        string.Join(" ", Lexer.Tokenize(text).Select(t => t.Kind == TokenKind.Symbol ? t.Text : t.Kind.ToString()));

    [Fact]
    public void Lexer_Pattern_SplitsArrowsIntoSymbols() =>
        Assert.Equal("( Identifier ) < - [ : Identifier * Integer .. Integer ] - > ( ) End", Kinds("(a)<-[:R*1..3]->()"));

    [Fact]
    public void Lexer_Operators_PreferLongestMatch() =>
        Assert.Equal("Identifier <= Identifier <> Identifier =~ String += != End", Kinds("a <= b <> c =~ 'x' += !="));

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x2A", 42L)]
    [InlineData("0o52", 42L)]
    [InlineData("4.2", 4.2)]
    [InlineData("4e2", 400.0)]
    [InlineData(".5", 0.5)]
    [InlineData("'a\\nb'", "a\nb")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'\\u00e9'", "é")]
    public void Lexer_Literal_HasValue(string text, object expected) => Assert.Equal(expected, Lexer.Tokenize(text)[0].Value);

    [Fact]
    public void Lexer_QuotedIdentifier_UnescapesDoubledBacktick()
    {
        var token = Lexer.Tokenize("`a``b`")[0];
        Assert.Equal(TokenKind.QuotedIdentifier, token.Kind);
        Assert.Equal("a`b", token.Value);
    }

    [Fact]
    public void Lexer_Parameter_TakesNameAfterDollar()
    {
        var tokens = Lexer.Tokenize("$name $0 $(x)");
        Assert.Equal(("name", "0"), ((string)tokens[0].Value!, (string)tokens[1].Value!));
        Assert.True(tokens[2].IsSymbol("$"));
    }

    [Fact]
    public void Lexer_Comments_AreSkippedAndPositionsCounted()
    {
        var tokens = Lexer.Tokenize("// one\n/* two\n three */ MATCH\n  x");
        Assert.Equal((3, 11), (tokens[0].Line, tokens[0].Column));
        Assert.Equal((4, 3), (tokens[1].Line, tokens[1].Column));
    }

    [Fact]
    public void Lexer_UnterminatedString_ReportsLineAndColumn()
    {
        var error = Assert.Throws<CypherException>(() => Lexer.Tokenize("RETURN\n  'abc"));
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Equal(CypherErrorKind.SyntaxError, error.Kind);
    }

    [Fact]
    public void Lexer_IntegerTooLarge_ReportsSyntaxError() =>
        Assert.Equal(CypherErrorKind.SyntaxError, Assert.Throws<CypherException>(() => Lexer.Tokenize("99999999999999999999")).Kind);

    [Fact]
    public void Lexer_NumberFollowedByLetter_IsOneInvalidNumberToken() =>
        Assert.Equal(("InvalidNumber 12a", "Identifier bc"), (Describe(Lexer.Tokenize("12abc")[0]), Describe(Lexer.Tokenize("12abc")[1])));

    private static string Describe(Token token) => $"{token.Kind} {token.Text}";
}
