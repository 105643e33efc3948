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

    /// <summary>
    /// Largest static cost an operation may have (each field 1; what a list field selects counts once per expected item,
    /// see <see cref="DefaultListSize"/>); null: no budget. Checked before execution.
    /// </summary>
    public long? MaxCost { get; init; }

    /// <summary>Expected length of a list field without a first, last or limit argument, for <see cref="MaxCost"/>.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>
    /// Longest an operation (for subscriptions: each event) may execute; then resolvers are cancelled through their
    /// CancellationToken and the result is data null with an EXECUTION_TIMEOUT error. Null: no limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    public object? UserContext { get; init; }

    /// <summary>The value given as Source to the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>When false, operations selecting __schema or __type are rejected as invalid (__typename stays allowed).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// When true, an exception other than <see cref="GraphQLException"/> thrown by a resolver reaches the client only as
    /// "Unexpected error." with a correlation id in the error's extensions; <see cref="OnUnexpectedError"/> gets the detail.
    /// </summary>
    public bool MaskUnexpectedErrors { get; init; }

    /// <summary>Called with every unexpected (non-GraphQLException) resolver exception and its correlation id, e.g. to log it.</summary>
    public Action<Exception, string>? OnUnexpectedError { get; init; }
}
