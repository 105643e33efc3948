using Microsoft.AspNetCore.Mvc;

namespace InfluenceGraph.Server.Failures;

/// <summary>
/// The one place where an <see cref="AppFailure"/> becomes an HTTP answer outside GraphQL (the admin and health
/// endpoints): RFC 9457 ProblemDetails with the kind, and for scripts the line and column.
/// </summary>
public static class ProblemFailures
{
    public static int Status(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput or FailureKind.ScriptRejected => StatusCodes.Status400BadRequest,
        FailureKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.StoreLocked or FailureKind.AlreadyApplied => StatusCodes.Status409Conflict,
        FailureKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        FailureKind.StoreUnavailable or FailureKind.StoreReadOnly => StatusCodes.Status503ServiceUnavailable,
        FailureKind.StoreFull => StatusCodes.Status507InsufficientStorage,
        FailureKind.Busy => StatusCodes.Status429TooManyRequests,
        FailureKind.DataError or FailureKind.Misconfigured => StatusCodes.Status500InternalServerError,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>
    /// The failure as ProblemDetails; <paramref name="extensions"/> adds what the endpoint knows (the store's kind, say);
    /// <paramref name="status"/> replaces the kind's own status where the endpoint's meaning differs (/healthz answers
    /// a full disk with 503, where a write that it refused answers 507).
    /// </summary>
    public static IResult ToResult(AppFailure failure, IReadOnlyDictionary<string, object?>? extensions = null, int? status = null)
    {
        var problem = new ProblemDetails
        {
            Status = status ?? Status(failure.Kind),
            Title = Title(failure.Kind),
            Detail = failure.Message,
            Extensions = { ["kind"] = failure.Kind.ToString() },
        };
        if (failure.Line > 0)
        {
            problem.Extensions["line"] = failure.Line;
            problem.Extensions["column"] = failure.Column;
        }
        if (failure.EngineError is { } engine)
            problem.Extensions["engineError"] = engine;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
            problem.Extensions[key] = value;
        if (failure.RetryAfter is { } retryAfter)
        {
            problem.Extensions["retryAfterSeconds"] = RetryAfterSeconds(retryAfter);
            return new RetryLater(Results.Problem(problem), RetryAfterSeconds(retryAfter));
        }
        return Results.Problem(problem);
    }

    private static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>A ProblemDetails answer with its Retry-After header.</summary>
    private sealed class RetryLater(IResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }

    private static string Title(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => "The request breaks a rule",
        FailureKind.NotFound => "Not found",
        FailureKind.Unauthenticated => "The API key or the local server token is missing or wrong",
        FailureKind.StoreUnavailable => "The graph store is unavailable",
        FailureKind.StoreLocked => "The data directory is in use by another process",
        FailureKind.ScriptRejected => "The store rejected the script",
        FailureKind.AlreadyApplied => "The script was applied before",
        FailureKind.TooLarge => "Too large",
        FailureKind.DataError => "The store holds a record the app cannot read",
        FailureKind.StoreFull => "The disk holding the store is full",
        FailureKind.StoreReadOnly => "The data directory cannot be written by this user",
        FailureKind.Misconfigured => "The server's configuration is invalid",
        FailureKind.Busy => "The server is busy: retry later",
        _ => kind.ToString(),
    };
}
