namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>An async stream as the observable GraphQL.NET's subscriptions take: each subscriber reads it from a task of its own, Dispose stops it.</summary>
internal sealed class AsyncEnumerableObservable(IAsyncEnumerable<object?> source) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, stop.Token);
        return new Subscription(stop);
    }

    private async Task PumpAsync(IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
                observer.OnNext(item);
            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            observer.OnError(e);
        }
    }

    private sealed class Subscription(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => stop.Cancel();
    }
}
