using GraphQL;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// A field error that says the server could not take the work now and when to ask again. Over HTTP an answer that
/// holds one has status 429 Too Many Requests and a Retry-After header (the longest of its errors' waits, in whole
/// seconds); its body is the usual GraphQL result. Other transports carry it as a normal error.
/// </summary>
public sealed class RetryLaterError(string message, TimeSpan retryAfter, Exception? inner = null) : ExecutionError(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>The Retry-After value for <paramref name="errors"/>, or null when none of them asks to retry later.</summary>
    public static int? Seconds(IEnumerable<ExecutionError>? errors)
    {
        var longest = errors?.OfType<RetryLaterError>().Select(e => e.RetryAfter).DefaultIfEmpty(TimeSpan.MinValue).Max() ?? TimeSpan.MinValue;
        return longest == TimeSpan.MinValue ? null : Math.Max(1, (int)Math.Ceiling(longest.TotalSeconds));
    }
}
