using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// The app's view of the store: reads the graph as <see cref="GraphSnapshot"/>s, writes through validated
/// operations, and tells subscribers when the graph changed. All Cypher goes through <see cref="ICypherRunner"/>.
/// </summary>
public sealed partial class InfluenceStore(ICypherRunner runner, RelationCatalog catalog, TimeSpan cacheLifetime, ILogger<InfluenceStore> logger)
{
    private readonly SemaphoreSlim _loadGate = new(1, 1);
    private (GraphSnapshot Snapshot, DateTime LoadedAt)? _current;

    /// <summary>Every committed write (mutation or script), for subscribers.</summary>
    public GraphChangeFeed Changes { get; } = new();

    public RelationCatalog Catalog => catalog;

    public string Description => runner.Description;

    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && DateTime.UtcNow - fresh.LoadedAt < cacheLifetime)
            return fresh.Snapshot;
        await _loadGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } loaded && DateTime.UtcNow - loaded.LoadedAt < cacheLifetime)
                return loaded.Snapshot;
            var snapshot = await LoadAsync(cancellationToken).ConfigureAwait(false);
            _current = (snapshot, DateTime.UtcNow);
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

    /// <summary>Runs a script in one transaction, then refreshes readers. <paramref name="name"/> names it in logs.</summary>
    public async Task<ScriptOutcome> ApplyScriptAsync(string name, string script, CancellationToken cancellationToken)
    {
        var outcome = await runner.RunScriptAsync(script, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Applied {Script}: {Statements} statements", name, outcome.Statements);
        Invalidate(GraphChange.ScriptApplied, [], $"Applied {name} ({outcome.Statements} statements)");
        return outcome;
    }

    /// <summary>Applies every *.cypher file of <paramref name="seedDirectory"/> in name order when the store holds no actors yet.</summary>
    public async Task<bool> SeedIfEmptyAsync(string seedDirectory, CancellationToken cancellationToken)
    {
        if (await CountActorsAsync(cancellationToken).ConfigureAwait(false) > 0)
            return false;
        if (!Directory.Exists(seedDirectory))
        {
            logger.LogWarning("The store is empty and there is no seed folder at {SeedDirectory}", seedDirectory);
            return false;
        }
        var files = Directory.GetFiles(seedDirectory, "*.cypher").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            logger.LogInformation("Seeding {Index}/{Count}: {File}", i + 1, files.Length, Path.GetFileName(files[i]));
            var script = await File.ReadAllTextAsync(files[i], cancellationToken).ConfigureAwait(false);
            await ApplyScriptAsync(Path.GetFileName(files[i]), script, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private void Invalidate(string kind, IReadOnlyList<string> ids, string description)
    {
        _current = null;
        Changes.Publish(new GraphChange(kind, ids, description, DateTimeOffset.UtcNow));
    }

    private async Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var actors = await runner.ReadAsync(GraphQueries.AllActors, null, cancellationToken).ConfigureAwait(false);
        var relations = await runner.ReadAsync(GraphQueries.AllRelations, null, cancellationToken).ConfigureAwait(false);
        var sources = await runner.ReadAsync(GraphQueries.AllSources, null, cancellationToken).ConfigureAwait(false);
        return new GraphSnapshot(
            [.. actors.Select(r => RecordMapping.ToActor(r["actor"]))],
            [.. relations.Select(r => RecordMapping.ToRelation(r["relation"]))],
            [.. sources.Select(r => RecordMapping.ToSource(r["source"]))],
            catalog);
    }
}
