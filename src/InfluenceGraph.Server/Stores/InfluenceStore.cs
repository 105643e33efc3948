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

    /// <summary>A snapshot and when it was last read whole from the store.</summary>
    private sealed record Loaded(GraphSnapshot Snapshot, DateTime ReadAt);

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
    /// app's own writes keep current. Once it is older than Store:CacheSeconds (writes made by others, on a shared
    /// Neo4j), it is read again in the background while readers keep getting the one they had.
    /// </summary>
    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current)
        {
            if (DateTime.UtcNow - current.ReadAt >= cacheLifetime)
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
        Changes.Publish(new GraphChange(kind, ids, description, DateTimeOffset.UtcNow));
    }

    private void ReloadInBackground()
    {
        lock (_reloadGate)
        {
            if (_reloading is { IsCompleted: false })
                return;
            _reloading = Task.Run(async () =>
            {
                await _writeGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    var version = (_current?.Snapshot.Version ?? 0) + 1;
                    _current = new Loaded(await LoadAsync(version, CancellationToken.None).ConfigureAwait(false), DateTime.UtcNow);
                }
                catch (Exception e) when (e is Failures.AppFailure or OperationCanceledException)
                {
                    logger.LogWarning("Could not read the graph again: {Message}; still serving the graph read at {ReadAt:O}", e.Message, _current?.ReadAt);
                    if (_current is { } stale)
                        _current = stale with { ReadAt = DateTime.UtcNow };
                }
                finally
                {
                    _writeGate.Release();
                }
            });
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
