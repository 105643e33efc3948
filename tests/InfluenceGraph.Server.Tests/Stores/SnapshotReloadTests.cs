using InfluenceGraph.Domain;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// When the served graph is read again from the store: never for an exclusive store (the embedded one changes only
/// through the app), and in the background for a shared one, without holding up the app's writes, whose effects the
/// graph read again keeps even when the read missed them.
/// </summary>
public sealed class SnapshotReloadTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ExclusiveStore_IsNeverReadAgain_HoweverOldItsSnapshot()
    {
        var runner = new HeldRunner(EmbeddedCypherRunner.InMemory(), exclusive: true);
        await StoreContract.SeedAsync(runner);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
        await store.GetSnapshotAsync(CancellationToken.None);
        var readsAfterLoad = runner.Reads;

        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(20);
            await store.GetSnapshotAsync(CancellationToken.None);
        }
        await Task.Delay(300);

        Assert.Equal(3, readsAfterLoad);
        Assert.Equal(readsAfterLoad, runner.Reads);
    }

    [Fact]
    public async Task SharedStore_WritesGoOnDuringTheReadAgain_AndTheGraphReadKeepsThem()
    {
        var runner = new HeldRunner(EmbeddedCypherRunner.InMemory(), exclusive: false);
        await StoreContract.SeedAsync(runner);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
        var before = await store.GetSnapshotAsync(CancellationToken.None);
        var removed = before.Relations[0];
        await runner.Inner.WriteAsync(GraphQueries.UpsertActor, ActorParameters("outside-envoy", "Envoy of another client"), CancellationToken.None);

        var held = runner.HoldNextRelationsRead();
        Assert.Same(before, await store.GetSnapshotAsync(CancellationToken.None));
        await held.Started.WaitAsync(Patience);

        // The read has its rows (taken before these writes) and is held: the writes must not wait for it.
        await store.UpsertActorAsync(new ActorInput("inside-envoy", "Envoy", "PERSON", [], null, null), CancellationToken.None).WaitAsync(Patience);
        await store.AddRelationAsync(new RelationInput("reload-rel-1", "ADVISES", "inside-envoy", "india", 0.5, "CONFIRMED", [], null, null,
            "the envoy advises", before.Sources[0].Id), CancellationToken.None).WaitAsync(Patience);
        await store.RemoveRelationAsync(removed.Id, CancellationToken.None).WaitAsync(Patience);
        var during = store.Current!;
        Assert.False(during.ActorsById.ContainsKey("outside-envoy"));

        held.Release();
        await store.Reloading.WaitAsync(Patience);
        var after = store.Current!;

        Assert.True(after.ActorsById.ContainsKey("outside-envoy"), "the other client's write is not in the graph read again");
        Assert.True(after.ActorsById.ContainsKey("inside-envoy"));
        Assert.Contains(after.RelationsOf("india"), r => r.Id == "reload-rel-1");
        Assert.False(after.RelationsById.ContainsKey(removed.Id));
        Assert.DoesNotContain(after.RelationsOf(removed.From), r => r.Id == removed.Id);
        Assert.Equal(before.Relations.Count, after.Relations.Count);
        Assert.True(after.Version > during.Version, $"version {after.Version} after the read again, {during.Version} before it");
    }

    [Fact]
    public async Task SharedStore_ScriptAppliedDuringTheReadAgain_IsNotUndoneByIt()
    {
        var runner = new HeldRunner(EmbeddedCypherRunner.InMemory(), exclusive: false);
        await StoreContract.SeedAsync(runner);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
        await store.GetSnapshotAsync(CancellationToken.None);

        var held = runner.HoldNextRelationsRead();
        await store.GetSnapshotAsync(CancellationToken.None);
        await held.Started.WaitAsync(Patience);
        await store.ApplyScriptAsync("envoy.cypher",
            "MERGE (a:Actor {id: 'script-envoy'}) SET a.name = 'Scripted envoy', a.kind = 'PERSON', a.aliases = []",
            CancellationToken.None).WaitAsync(Patience);
        held.Release();
        await store.Reloading.WaitAsync(Patience);

        var served = store.Current!;
        Assert.True(served.ActorsById.ContainsKey("script-envoy"), "the script's actor was lost to the graph read before it");
    }

    private static Dictionary<string, object?> ActorParameters(string id, string name) => new()
    {
        ["id"] = id, ["name"] = name, ["kind"] = "PERSON", ["aliases"] = Array.Empty<string>(), ["country"] = null, ["description"] = null,
    };

    /// <summary>A held whole-graph read of relations: started once its rows are read, answered once released.</summary>
    private sealed class Hold
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Release() => _released.TrySetResult();

        public async Task<IReadOnlyList<CypherRow>> RunAsync(Task<IReadOnlyList<CypherRow>> read)
        {
            var rows = await read;
            _started.TrySetResult();
            await _released.Task;
            return rows;
        }
    }

    /// <summary>The embedded store, told to be exclusive or shared, whose next read of every relation can be held.</summary>
    private sealed class HeldRunner(ICypherRunner inner, bool exclusive) : ICypherRunner
    {
        private Hold? _hold;
        private int _reads;

        public ICypherRunner Inner => inner;

        public int Reads => Volatile.Read(ref _reads);

        public string Description => inner.Description;

        public bool Exclusive => exclusive;

        public Hold HoldNextRelationsRead() => _hold = new Hold();

        public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            var read = inner.ReadAsync(query, parameters, cancellationToken);
            if (query == GraphQueries.AllRelations && Interlocked.Exchange(ref _hold, null) is { } hold)
                return hold.RunAsync(read);
            return read;
        }

        public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            inner.WriteAsync(query, parameters, cancellationToken);

        public Task<string> ServerAgentAsync(CancellationToken cancellationToken) => inner.ServerAgentAsync(cancellationToken);

        public Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken) =>
            inner.RunScriptAsync(script, check, cancellationToken);

        public Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
            inner.TryScriptAsync(script, read, cancellationToken);

        public void Dispose() => inner.Dispose();
    }
}
