namespace InfluenceGraph.GraphQL.Language;

/// <summary>A line and column (both 1-based) in the source text.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>One lexical token; <see cref="Value"/> holds the text of names and numbers and the cooked value of strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public SourceLocation Location => new(Line, Column);

    /// <summary>The token as graphql-js describes it in syntax errors: kind, then the value in quotes when it has one.</summary>
    public string Describe() => Value is null || Kind is not (TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString)
        ? TokenKinds.Describe(Kind)
        : $"{TokenKinds.Describe(Kind)} \"{Value}\"";
}
