using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// The app's view of the store: reads the graph as <see cref="GraphSnapshot"/>s, writes through validated
/// operations, and tells subscribers when the graph changed. All Cypher goes through <see cref="ICypherRunner"/>.
/// </summary>
public sealed partial class InfluenceStore(ICypherRunner runner, RelationCatalog catalog, TimeSpan cacheLifetime, ILogger<InfluenceStore> logger,
    AnalysisQueue? analyses = null)
{
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private readonly Lock _reloadGate = new();
    private readonly MetricCache _metrics = new(analyses ?? AnalysisQueue.Unbounded());
    private readonly ModelRules _rules = new(catalog);
    private volatile Loaded? _current;
    private Task? _reloading;
    // The background read of the graph under way, if any; changed under the write gate.
    private PendingReload? _pendingReload;

    /// <summary>A snapshot and when it was last read whole from the store.</summary>
    private sealed record Loaded(GraphSnapshot Snapshot, DateTime ReadAt);

    /// <summary>
    /// What happened while the graph was read again: the app's writes, in commit order, and whether a script replaced
    /// the whole graph (then what it read is newer than the background read, which is dropped).
    /// </summary>
    private sealed class PendingReload
    {
        public List<Func<GraphSnapshot, GraphSnapshot>> Writes { get; } = [];

        public bool Superseded { get; set; }
    }

    /// <summary>Every committed write (mutation or script), for subscribers.</summary>
    public GraphChangeFeed Changes { get; } = new();

    public RelationCatalog Catalog => catalog;

    /// <summary>Where expensive analyses wait for their turn.</summary>
    public AnalysisQueue Analyses => _metrics.Analyses;

    /// <summary>The rules every record of the store keeps.</summary>
    public ModelRules Rules => _rules;

    public string Description => runner.Description;

    /// <summary>The snapshot readers get now, without waiting; null before the first load.</summary>
    public GraphSnapshot? Current => _current?.Snapshot;

    /// <summary>
    /// The graph to answer from. The first call reads it from the store; later ones get the snapshot that the
    /// app's own writes keep current. On a shared store (Neo4j, which others may write), once it is older than
    /// Store:CacheSeconds it is read again in the background while readers keep getting the one they had; an
    /// exclusive store (the embedded one) changes only through this app, so its snapshot is never read again.
    /// </summary>
    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            if (!runner.Exclusive && DateTime.UtcNow - current.ReadAt >= cacheLifetime)
                ReloadInBackground();
            return current.Snapshot;
        }
        await _loadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } loaded)
                return loaded.Snapshot;
            var snapshot = await LoadAsync(1, cancellationToken).ConfigureAwait(false);
            _current = new Loaded(snapshot, DateTime.UtcNow);
            return snapshot;
        }
        finally
        {
            _loadGate.Release();
        }
    }

    public Task<string> ServerAgentAsync(CancellationToken cancellationToken) => runner.ServerAgentAsync(cancellationToken);

    public async Task<long> CountActorsAsync(CancellationToken cancellationToken)
    {
        var rows = await runner.ReadAsync(GraphQueries.CountActors, null, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? 0 : RecordMapping.ToLong(rows[0]["actors"]);
    }

    /// <summary>Makes <paramref name="next"/> the graph readers get (a write applied to the snapshot) and tells subscribers.</summary>
    private void Publish(Func<GraphSnapshot, GraphSnapshot> next, string kind, IReadOnlyList<string> ids, string description)
    {
        if (_current is { } current)
            _current = current with { Snapshot = next(current.Snapshot) };
        _pendingReload?.Writes.Add(next);
        Changes.Publish(new GraphChange(kind, ids, description, DateTimeOffset.UtcNow));
    }

    /// <summary>
    /// Reads the graph again without holding the write gate, so writes go on during a read of a large graph. The app's
    /// writes made meanwhile are kept (under the gate, in commit order) and applied again to the graph read, once it
    /// is in: the read may or may not have seen each of them, and applying a write twice gives the same graph (an
    /// actor set, a relation added by id, a relation removed by id).
    /// </summary>
    private void ReloadInBackground()
    {
        lock (_reloadGate)
        {
            if (_reloading is { IsCompleted: false })
                return;
            _reloading = Task.Run(ReloadAsync);
        }
    }

    /// <summary>The background read of the graph last started (done when none runs).</summary>
    internal Task Reloading
    {
        get
        {
            lock (_reloadGate)
                return _reloading ?? Task.CompletedTask;
        }
    }

    private async Task ReloadAsync()
    {
        var pending = new PendingReload();
        await _writeGate.WaitAsync().ConfigureAwait(false);
        _pendingReload = pending;
        _writeGate.Release();
        GraphSnapshot? read = null;
        try
        {
            read = await LoadAsync(0, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Failures.AppFailure or OperationCanceledException)
        {
            logger.LogWarning("Could not read the graph again: {Message}; still serving the graph read at {ReadAt:O}", e.Message, _current?.ReadAt);
        }
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            _pendingReload = null;
            if (pending.Superseded || _current is not { } current)
                return;
            if (read is null)
            {
                _current = current with { ReadAt = DateTime.UtcNow };
                return;
            }
            var next = read.WithVersion(current.Snapshot.Version + 1);
            foreach (var write in pending.Writes)
                next = write(next);
            _current = new Loaded(next, DateTime.UtcNow);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<GraphSnapshot> LoadAsync(long version, CancellationToken cancellationToken)
    {
        var read = await ReadGraphAsync(runner, cancellationToken).ConfigureAwait(false);
        if (read.Problems.Count > 0)
            logger.LogWarning("The store holds {Count} records that break the model's rules; they are left out (or served repaired) and listed by dataProblems. First: {Problem}",
                read.Problems.Count, read.Problems[0].Problem);
        var snapshot = Snapshot(read, version);
        ReleaseLoadGarbage(snapshot);
        return snapshot;
    }

    private GraphSnapshot Snapshot(SnapshotRead read, long version) =>
        GraphSnapshot.Create(read.Actors, read.Relations, read.Sources, catalog, version, _metrics, read.Problems);

    /// <summary>The whole graph, through <paramref name="reader"/> (the store, or a script's open transaction), with the records that break rules set apart.</summary>
    private async Task<SnapshotRead> ReadGraphAsync(ICypherReader reader, CancellationToken cancellationToken)
    {
        var actors = await reader.ReadAsync(GraphQueries.AllActors, null, cancellationToken).ConfigureAwait(false);
        var relations = await reader.ReadAsync(GraphQueries.AllRelations, null, cancellationToken).ConfigureAwait(false);
        var sources = await reader.ReadAsync(GraphQueries.AllSources, null, cancellationToken).ConfigureAwait(false);
        return SnapshotReader.Read(actors, relations, sources, _rules);
    }
}
