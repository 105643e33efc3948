namespace InfluenceGraph.GraphQL;

/// <summary>The three operation types, for restricting what a transport may run (GET allows queries only).</summary>
public enum OperationKind
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>Per-request limits and context.</summary>
public sealed class ExecutionOptions
{
    private static readonly IReadOnlySet<OperationKind> AllOperations = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Mutation, OperationKind.Subscription };

    public IReadOnlySet<OperationKind> AllowedOperations { get; init; } = AllOperations;

    /// <summary>Deepest field nesting allowed, not counting the inside of introspection fields (__schema, __type).</summary>
    public int MaxDepth { get; init; } = 15;

    public int MaxDocumentLength { get; init; } = 100_000;

    public int MaxTokens { get; init; } = 10_000;

    public object? UserContext { get; init; }

    /// <summary>The value given as Source to the root fields.</summary>
    public object? RootValue { get; init; }
}
