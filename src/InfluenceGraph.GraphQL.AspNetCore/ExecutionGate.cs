namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// Bounds how many operations <see cref="GraphQLRunner"/> runs at once; the rest wait their turn in arrival order,
/// within their own timeout. The app's resolvers are synchronous work on an in-memory snapshot: beyond about one
/// execution per core, more at once only share the cores, so every answer comes later (and the slowest much later).
/// </summary>
public sealed class ExecutionGate
{
    private static readonly AsyncLocal<Turn?> Current = new();
    private readonly SemaphoreSlim? _slots;

    /// <param name="concurrent">Most operations at once; 0: no bound.</param>
    public ExecutionGate(int concurrent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(concurrent);
        Concurrent = concurrent;
        _slots = concurrent > 0 ? new SemaphoreSlim(concurrent, concurrent) : null;
    }

    /// <summary>No bound.</summary>
    public static ExecutionGate Unbounded { get; } = new(0);

    /// <summary>Most operations at once; 0: no bound.</summary>
    public int Concurrent { get; }

    /// <summary>How many operations hold a turn now.</summary>
    public int Running => _slots is null ? 0 : Concurrent - _slots.CurrentCount;

    /// <summary>
    /// Gives the calling operation's turn back before it ends, for a resolver about to wait for something else that
    /// bounds its own work (an analysis waiting for its own turn): it should not keep other operations waiting meanwhile.
    /// The operation then runs on outside the bound. Does nothing outside an operation or once given back.
    /// </summary>
    public static void Leave() => Current.Value?.Release();

    /// <summary>Runs <paramref name="work"/> in its turn; waiting for one ends when <paramref name="cancellationToken"/> is cancelled.</summary>
    internal async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_slots is null)
            return await work().ConfigureAwait(false);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        var turn = new Turn(_slots);
        Current.Value = turn;
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            Current.Value = null;
            turn.Release();
        }
    }

    private sealed class Turn(SemaphoreSlim slots)
    {
        private int _released;

        public void Release()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
