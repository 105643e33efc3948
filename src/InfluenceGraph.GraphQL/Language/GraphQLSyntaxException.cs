namespace InfluenceGraph.GraphQL.Language;

/// <summary>A lexical or grammatical error in a document, with the position it was found at.</summary>
public sealed class GraphQLSyntaxException(string description, SourceLocation location)
    : Exception($"Syntax Error: {description}")
{
    public SourceLocation Location { get; } = location;
}

/// <summary>The document has more tokens than the configured limit allows.</summary>
public sealed class TokenLimitException(int limit)
    : Exception($"Document contains more than {limit} tokens.")
{
    public int Limit { get; } = limit;
}
