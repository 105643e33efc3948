using InfluenceGraph.Domain.Analysis;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// Leverage, alignment and blocs per filter (and poles), shared by every snapshot that follows from one load, and
/// bounded: at most <see cref="Capacity"/> entries, the least recently used leaving first.
/// <list type="bullet">
/// <item>A graph of up to <see cref="SynchronousLimit"/> relations gets its metrics computed for the very snapshot
/// asked about: they follow every write at once.</item>
/// <item>On a larger graph a write does not make the next reader wait for a new computation: the reader gets the value
/// last computed (for an earlier version of the graph) and the value for the newest version is computed in the
/// background, one computation per entry at a time. <see cref="ComputedFor"/> says which version a value belongs to.</item>
/// <item>An entry never computed is computed while its first readers wait, once for all of them.</item>
/// </list>
/// Every computation takes its turn in the <see cref="AnalysisQueue"/>: one a reader waits for may be refused as
/// Busy, one in the background waits as long as it takes.
/// </summary>
public sealed class MetricCache(AnalysisQueue analyses, int capacity = 64, int synchronousLimit = 20_000)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _clock;

    public int Capacity => capacity;

    public AnalysisQueue Analyses => analyses;

    public int SynchronousLimit => synchronousLimit;

    public IReadOnlyDictionary<string, double> Leverage(GraphSnapshot snapshot, RelationFilter filter) =>
        Get("leverage|" + filter.CacheKey, snapshot, s => LeverageAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog));

    public IReadOnlyDictionary<string, double?> Alignment(GraphSnapshot snapshot, RelationFilter filter, string positivePole, string negativePole) =>
        Get($"alignment|{filter.CacheKey}|{positivePole}|{negativePole}", snapshot,
            s => AlignmentAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog, positivePole, negativePole));

    public BlocPartition Blocs(GraphSnapshot snapshot, RelationFilter filter) =>
        Get("blocs|" + filter.CacheKey, snapshot, s => BlocAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog));

    /// <summary>The graph version the cached value of <paramref name="key"/> was computed for, or null.</summary>
    public long? ComputedFor(string key)
    {
        lock (_gate)
            return _entries.TryGetValue(key, out var entry) && entry.Value is not null ? entry.Version : null;
    }

    private T Get<T>(string key, GraphSnapshot snapshot, Func<GraphSnapshot, T> compute) where T : class
    {
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                Evict();
                _entries[key] = entry = new Entry();
            }
            entry.LastUsed = ++_clock;
            if (entry.Value is T fresh && entry.Version >= snapshot.Version)
                return fresh;
            if (entry.Value is T stale && snapshot.Relations.Count > synchronousLimit)
            {
                entry.Refresh ??= Task.Run(() => Refresh(key, entry, snapshot, compute));
                return stale;
            }
        }
        // First computation, or a small graph: computed here, once for every reader asking at the same moment.
        return entry.Compute(snapshot, s => analyses.Run(() => compute(s)), _gate);
    }

    private void Refresh<T>(string key, Entry entry, GraphSnapshot snapshot, Func<GraphSnapshot, T> compute) where T : class
    {
        try
        {
            var value = analyses.RunInBackground(() => compute(snapshot));
            lock (_gate)
            {
                if (entry.Version < snapshot.Version)
                    (entry.Value, entry.Version) = (value, snapshot.Version);
            }
        }
        finally
        {
            lock (_gate)
                entry.Refresh = null;
        }
    }

    private void Evict()
    {
        if (_entries.Count < capacity)
            return;
        var oldest = _entries.MinBy(e => e.Value.LastUsed).Key;
        _entries.Remove(oldest);
    }

    private sealed class Entry
    {
        private readonly Lock _computing = new();

        public object? Value { get; set; }

        public long Version { get; set; }

        public long LastUsed { get; set; }

        public Task? Refresh { get; set; }

        // Readers that arrive while another computes for the same version wait for its value instead of computing again.
        public T Compute<T>(GraphSnapshot snapshot, Func<GraphSnapshot, T> compute, Lock gate) where T : class
        {
            lock (_computing)
            {
                lock (gate)
                {
                    if (Value is T done && Version >= snapshot.Version)
                        return done;
                }
                var value = compute(snapshot);
                lock (gate)
                {
                    if (Version <= snapshot.Version)
                        (Value, Version) = (value, snapshot.Version);
                }
                return value;
            }
        }
    }
}
