using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL;

/// <summary>One entry of the response's "errors" list (spec 7.1.2).</summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<SourceLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
