using GraphQL;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>How a request ended, which decides its HTTP status.</summary>
public enum GraphQLOutcomeKind
{
    /// <summary>The operation ran (field errors and timeouts included).</summary>
    Executed,

    /// <summary>Refused before execution: syntax, validation, variables, operation choice, a budget.</summary>
    RequestError,

    /// <summary>This transport may not run the operation's type (a mutation over GET, a subscription over plain JSON).</summary>
    OperationNotAllowed,
}

/// <summary>GraphQL.NET's result of one request and how it ended.</summary>
public sealed record GraphQLOutcome(ExecutionResult Result, GraphQLOutcomeKind Kind);

/// <summary>A subscription's events, or the single outcome of a request that did not open a stream.</summary>
public sealed record GraphQLStream(GraphQLOutcome? Single, IAsyncEnumerable<ExecutionResult>? Events);
