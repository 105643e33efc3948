using System.Diagnostics;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// Bounds how many expensive analyses (leverage, alignment and blocs computed afresh, strongest paths, mediators,
/// leverage holders, narrative comparisons) run at once, so that a few of them cannot take every core from the page's
/// plain reads. At most <c>concurrent</c> run; up to <c>queued</c> more wait for a turn, each at most
/// <c>maxWait</c>; beyond that a request is refused at once with a Busy failure that says when to retry (HTTP 429 with
/// Retry-After). Work the app starts itself (a metric refreshed in the background after a write) waits for its turn
/// without a bound and is never refused.
/// </summary>
public sealed class AnalysisQueue
{
    private readonly SemaphoreSlim _slots;
    private readonly int _concurrent;
    private readonly int _queued;
    private readonly TimeSpan _maxWait;
    private readonly AsyncLocal<bool> _inTurn = new();
    private int _waiting;
    private long _averageTicks = TimeSpan.FromMilliseconds(500).Ticks;

    public AnalysisQueue(int concurrent, int queued, TimeSpan maxWait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrent, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queued);
        _concurrent = concurrent;
        _queued = queued;
        _maxWait = maxWait;
        _slots = new SemaphoreSlim(concurrent, concurrent);
    }

    /// <summary>As many analyses at once as the machine has cores, none refused: for tools and tests that serve no public.</summary>
    public static AnalysisQueue Unbounded() => new(Environment.ProcessorCount, int.MaxValue, Timeout.InfiniteTimeSpan);

    /// <summary>How many analyses are waiting for a turn now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>How many run now.</summary>
    public int Running => _concurrent - _slots.CurrentCount;

    /// <summary>Runs <paramref name="analysis"/> in its turn for a request, or throws a Busy failure.</summary>
    public T Run<T>(Func<T> analysis, CancellationToken cancellationToken = default)
    {
        // An analysis that needs another (leverage holders reading cached leverage, say) runs it in its own turn.
        if (_inTurn.Value)
            return analysis();
        if (!_slots.Wait(0, CancellationToken.None))
        {
            // Waiting here, the request gives back its GraphQL execution turn: plain reads go on meanwhile.
            ExecutionGate.Leave();
            if (Interlocked.Increment(ref _waiting) > _queued)
            {
                Interlocked.Decrement(ref _waiting);
                throw Busy($"{_concurrent} analyses are running and {_queued} waiting, the most the server takes (GraphQL:MaxConcurrentAnalyses, GraphQL:MaxQueuedAnalyses)");
            }
            bool entered;
            try
            {
                entered = _slots.Wait(_maxWait, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
            if (!entered)
                throw Busy($"this analysis waited {_maxWait.TotalSeconds:0.#} s for one of the {_concurrent} running to finish (GraphQL:AnalysisWaitMs)");
        }
        return Timed(analysis);
    }

    /// <summary>Runs work the app started itself in its turn, however long it waits.</summary>
    public T RunInBackground<T>(Func<T> analysis)
    {
        if (_inTurn.Value)
            return analysis();
        _slots.Wait();
        return Timed(analysis);
    }

    private T Timed<T>(Func<T> analysis)
    {
        var started = Stopwatch.GetTimestamp();
        _inTurn.Value = true;
        try
        {
            return analysis();
        }
        finally
        {
            _inTurn.Value = false;
            var took = Stopwatch.GetElapsedTime(started).Ticks;
            // An exponential average of how long one takes, for Retry-After.
            var average = Volatile.Read(ref _averageTicks);
            Interlocked.CompareExchange(ref _averageTicks, average + (took - average) / 8, average);
            _slots.Release();
        }
    }

    private AppFailure Busy(string why)
    {
        var ahead = Waiting + _concurrent;
        var seconds = Math.Clamp((int)Math.Ceiling(TimeSpan.FromTicks(Volatile.Read(ref _averageTicks)).TotalSeconds * ahead / _concurrent), 1, 60);
        return AppFailure.Busy($"The server is busy with other analyses: {why}. Retry in {seconds} s.", TimeSpan.FromSeconds(seconds));
    }
}
