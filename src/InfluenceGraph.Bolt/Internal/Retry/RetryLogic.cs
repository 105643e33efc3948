namespace InfluenceGraph.Bolt.Internal.Retry;

/// <summary>
/// Retries transaction functions on retriable errors (transient, service unavailable, session expired,
/// authorization expired) with exponential backoff and jitter, until MaxTransactionRetryTime has passed. Client
/// errors, Transaction.Terminated/LockClientStopped and a COMMIT whose answer was lost are not retriable.
/// </summary>
internal sealed class RetryLogic(Config config)
{
    private readonly Random _random = new();

    public int LastAttempts { get; private set; }

    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var delay = config.RetryInitialDelay;
        for (var attempt = 1; ; attempt++)
        {
            LastAttempts = attempt;
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Neo4jException error) when (error.IsRetriable)
            {
                var elapsed = DateTime.UtcNow - started;
                if (elapsed >= config.MaxTransactionRetryTime) throw; // the last error, as the official drivers do
                var jitter = delay.TotalMilliseconds * config.RetryJitter;
                var wait = delay.TotalMilliseconds + (_random.NextDouble() * 2 - 1) * jitter;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(0, wait)), cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(delay.TotalMilliseconds * config.RetryMultiplier);
            }
        }
    }
}
