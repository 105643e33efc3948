using InfluenceGraph.Domain.Analysis;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// Leverage, alignment and blocs per filter (and poles), shared by every snapshot that follows from one load, and
/// bounded: at most <see cref="Capacity"/> entries, the least recently used leaving first.
/// <list type="bullet">
/// <item>A graph of up to <see cref="SynchronousLimit"/> relations gets its metrics computed for the very snapshot
/// asked about: they follow every write at once.</item>
/// <item>On a larger graph a write does not make the next reader wait for a new computation: the reader gets the last
/// complete value (for an earlier version of the graph) and the value for the newest version is computed in the
/// background (see <see cref="MetricCache.Refresh"/>). <see cref="ComputedFor"/> says which version a value belongs
/// to, and the API's metricsFreshness field passes it on, so nothing is stale without saying so.</item>
/// <item>An entry never computed is computed while its first readers wait, once for all of them.</item>
/// </list>
/// Every computation takes its turn in the <see cref="AnalysisQueue"/>: one a reader waits for may be refused as
/// Busy, one in the background waits as long as it takes.
/// </summary>
public sealed partial class MetricCache(AnalysisQueue analyses, int capacity = 64, int synchronousLimit = MetricCache.DefaultSynchronousLimit,
    TimeSpan? minimumPause = null)
{
    /// <summary>
    /// Up to this many relations a computation takes a few milliseconds, so readers may as well wait for it; above it,
    /// a stream of writes would have every reader recompute (at 5,000 relations and 200 writes/s, most of a core).
    /// </summary>
    public const int DefaultSynchronousLimit = 2_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeSpan _minimumPause = minimumPause ?? TimeSpan.FromMilliseconds(200);
    private long _clock;

    public int Capacity => capacity;

    public AnalysisQueue Analyses => analyses;

    public int SynchronousLimit => synchronousLimit;

    /// <summary>How many filters have an entry now (at most <see cref="Capacity"/>).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _entries.Count;
        }
    }

    public IReadOnlyDictionary<string, double> Leverage(GraphSnapshot snapshot, RelationFilter filter) =>
        Get(LeverageKey(filter), snapshot, s => LeverageAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog));

    public IReadOnlyDictionary<string, double?> Alignment(GraphSnapshot snapshot, RelationFilter filter, string positivePole, string negativePole) =>
        Get(AlignmentKey(filter, positivePole, negativePole), snapshot,
            s => AlignmentAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog, positivePole, negativePole));

    public BlocPartition Blocs(GraphSnapshot snapshot, RelationFilter filter) =>
        Get(BlocsKey(filter), snapshot, s => BlocAnalysis.Compute(s.ActorIdsAt(filter.Level), s.MetricRelations(filter), s.Catalog));

    public static string LeverageKey(RelationFilter filter) => "leverage|" + filter.CacheKey;

    public static string AlignmentKey(RelationFilter filter, string positivePole, string negativePole) =>
        $"alignment|{filter.CacheKey}|{positivePole}|{negativePole}";

    public static string BlocsKey(RelationFilter filter) => "blocs|" + filter.CacheKey;

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
                if (entry.Latest is null || entry.Latest.Version < snapshot.Version)
                    entry.Latest = snapshot;
                entry.Refresh ??= Task.Run(() => Refresh(entry, compute));
                return stale;
            }
        }
        // First computation, or a small graph: computed here, once for every reader asking at the same moment.
        return entry.Compute(snapshot, s => analyses.Run(() => compute(s)), _gate);
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

        /// <summary>The newest snapshot a reader asked about while the value was older: what the background computes for next.</summary>
        public GraphSnapshot? Latest { get; set; }

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
