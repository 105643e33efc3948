namespace InfluenceGraph.Server.Failures;

/// <summary>The app's own failures, each something a client or an operator can act on.</summary>
public enum FailureKind
{
    /// <summary>A request or script breaks a rule of the model or the catalog, or an argument is out of range.</summary>
    InvalidInput,

    /// <summary>An id names nothing that exists.</summary>
    NotFound,

    /// <summary>A write came without the API key, or with a wrong one.</summary>
    Unauthenticated,

    /// <summary>The graph store cannot be reached (Neo4j down, say).</summary>
    StoreUnavailable,

    /// <summary>Another process holds the embedded store's data directory.</summary>
    StoreLocked,

    /// <summary>The store's engine rejected a query or script (a Cypher syntax or constraint error, with its place).</summary>
    ScriptRejected,

    /// <summary>The same script (by its SHA-256) was applied before; applying it again needs to be asked for.</summary>
    AlreadyApplied,

    /// <summary>A script or body is larger than the limit.</summary>
    TooLarge,

    /// <summary>The store holds a record the app cannot read, or its files are damaged.</summary>
    DataError,

    /// <summary>The disk holding the embedded store is full: writes are refused until space is freed, nothing written before is lost.</summary>
    StoreFull,

    /// <summary>The embedded store's data directory cannot be written by the user the app runs as (permissions, a read-only file system).</summary>
    StoreReadOnly,

    /// <summary>The server runs as many expensive analyses as it takes: retry after <see cref="AppFailure.RetryAfter"/>.</summary>
    Busy,

    /// <summary>The app's configuration is invalid (an unknown Store:Provider, a missing NEO4J_PASSWORD); seen at start-up.</summary>
    Misconfigured,
}

/// <summary>
/// One of the app's own failures: its kind, a message that names what is wrong, and for scripts the place
/// (1-based line and column; 0 when unknown) and the store engine's own error class. Translated to a GraphQL error in
/// <c>GraphQLFailures</c> and to ProblemDetails in <c>ProblemFailures</c>, nowhere else.
/// </summary>
public sealed class AppFailure(FailureKind kind, string message, int line = 0, int column = 0, string? engineError = null, Exception? inner = null)
    : Exception(message, inner)
{
    public FailureKind Kind { get; } = kind;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The store engine's name for the error (SyntaxError, ConstraintValidationFailed, ...), for scripts.</summary>
    public string? EngineError { get; } = engineError;

    /// <summary>For <see cref="FailureKind.Busy"/>: when the request is worth sending again.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public static AppFailure InvalidInput(string message) => new(FailureKind.InvalidInput, message);

    public static AppFailure Busy(string message, TimeSpan retryAfter) => new(FailureKind.Busy, message) { RetryAfter = retryAfter };

    public static AppFailure NotFound(string message) => new(FailureKind.NotFound, message);
}
