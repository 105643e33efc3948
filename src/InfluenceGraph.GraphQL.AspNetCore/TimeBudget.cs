namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// One request's time limit, started when the request is read: a token that is cancelled when the client goes away
/// or the limit passes, and an await that does not outwait a resolver that ignores the token.
/// </summary>
internal sealed class TimeBudget : IDisposable
{
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _aborted;

    private TimeBudget(TimeSpan? limit, CancellationToken aborted)
    {
        _aborted = aborted;
        if (limit is { } span)
        {
            _source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            _source.CancelAfter(span);
        }
    }

    public static TimeBudget Start(TimeSpan? limit, CancellationToken aborted) => new(limit, aborted);

    public CancellationToken Token => _source?.Token ?? _aborted;

    /// <summary>True when the limit passed while the client was still there.</summary>
    public bool TimedOut => _source is { IsCancellationRequested: true } && !_aborted.IsCancellationRequested;

    public async Task<T> Await<T>(Task<T> work)
    {
        if (_source is null)
            return await work.ConfigureAwait(false);
        try
        {
            return await work.WaitAsync(_source.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!work.IsCompleted)
        {
            // The abandoned work ends on its own once its resolvers see the cancellation; observe its failure.
            _ = work.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw;
        }
    }

    public void Dispose() => _source?.Dispose();
}
