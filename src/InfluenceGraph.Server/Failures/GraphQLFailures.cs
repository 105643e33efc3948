using GraphQL;
using GraphQL.Execution;
using InfluenceGraph.GraphQL.AspNetCore;

namespace InfluenceGraph.Server.Failures;

/// <summary>
/// The one place where an exception from a resolver becomes the GraphQL error a client sees: an <see cref="AppFailure"/>
/// keeps its message and gets its code in <c>extensions.code</c>; anything else is masked as "Unexpected error." with a
/// correlation id, and logged in full with the same id.
/// </summary>
public static class GraphQLFailures
{
    public const string UnexpectedError = "Unexpected error.";

    public static string Code(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => "BAD_USER_INPUT",
        FailureKind.NotFound => "NOT_FOUND",
        FailureKind.Unauthenticated => "UNAUTHENTICATED",
        FailureKind.StoreUnavailable => "STORE_UNAVAILABLE",
        FailureKind.StoreLocked => "STORE_LOCKED",
        FailureKind.ScriptRejected => "SCRIPT_REJECTED",
        FailureKind.AlreadyApplied => "ALREADY_APPLIED",
        FailureKind.TooLarge => "TOO_LARGE",
        FailureKind.DataError => "DATA_ERROR",
        FailureKind.StoreFull => "STORE_FULL",
        FailureKind.StoreReadOnly => "STORE_READ_ONLY",
        FailureKind.Misconfigured => "SERVER_MISCONFIGURED",
        FailureKind.Busy => "BUSY",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>GraphQL.NET's UnhandledExceptionDelegate.</summary>
    public static Func<UnhandledExceptionContext, Task> Translator(ILogger logger, bool maskUnexpected) => context =>
    {
        context.Exception = Translate(context.OriginalException, logger, maskUnexpected);
        return Task.CompletedTask;
    };

    public static ExecutionError Translate(Exception exception, ILogger logger, bool maskUnexpected)
    {
        if (exception is AppFailure { RetryAfter: { } retryAfter } busy)
            return new RetryLaterError(Message(busy), retryAfter, busy)
            {
                Extensions = new() { ["code"] = Code(busy.Kind), ["retryAfterSeconds"] = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) },
            };
        if (exception is AppFailure failure)
            return new ExecutionError(Message(failure), failure) { Extensions = new() { ["code"] = Code(failure.Kind) } };
        var correlationId = Guid.NewGuid().ToString("N");
        logger.LogError(exception, "GraphQL resolver failed (correlation id {CorrelationId})", correlationId);
        return new ExecutionError(maskUnexpected ? UnexpectedError : exception.Message, exception)
        {
            Extensions = new() { ["code"] = "INTERNAL_SERVER_ERROR", ["correlationId"] = correlationId },
        };
    }

    private static string Message(AppFailure failure) => failure.Kind switch
    {
        FailureKind.StoreUnavailable => $"The graph store is unavailable: {failure.Message}",
        _ => failure.Message,
    };
}
