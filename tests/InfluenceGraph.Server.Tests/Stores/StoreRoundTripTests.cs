using System.Text.Json;
using InfluenceGraph.Domain;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// The round-trip bound of the GraphQL API: one query operation reads the store at most once per request as one
/// snapshot, which is exactly three store queries (actors, relations, sources), whatever the query's shape, nesting
/// or number of rows; none at all while the store's snapshot cache is fresh. Counted at the store port.
/// </summary>
public sealed class StoreRoundTripTests
{
    private const int SnapshotReads = 3;

    private static readonly Lazy<Task<CountingRunner>> Seeded = new(async () =>
    {
        var runner = new CountingRunner(EmbeddedCypherRunner.InMemory());
        await StoreContract.SeedAsync(runner);
        return runner;
    });

    public static TheoryData<string, string> Queries => new()
    {
        { "graph", """
            { graph { actors { id name leverage alignment relations { id from { id } to { id } } }
                      relations { id from { id name relations { id } } to { id } claimedBy { id } evidence { quote source { id title } } } } }
            """ },
        { "actors", "{ actors { id kind relations { id from { id } to { id relations { id } } evidence { source { title } } } } }" },
        { "relations", "{ relations { id type from { id relations { id } } to { id } claimedBy { name } evidence { quote source { publisher } } } }" },
        { "actor", """{ actor(id: "pakistan") { id relations { id from { id relations { id to { id } } } to { id } evidence { source { id } } } } }""" },
        { "everything at once", """
            { a: actors { id } r: relations { id from { id } } g: graph { relations { to { id } } }
              x: actor(id: "india") { relations { from { id } } } y: actor(id: "china") { relations { to { id } } } sources { id } }
            """ },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_ColdCache_MakesExactlyOneSnapshotLoadOfThreeStoreReads(string name, string query)
    {
        var runner = await Seeded.Value;
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
        var executor = new GraphQLRunner(InfluenceSchema.Build());

        var (reads, writes, rows) = await RunCountingAsync(runner, executor, store, query);

        Assert.True(rows > 50, $"{name}: the query should touch many rows to mean anything, touched {rows}");
        Assert.Equal(SnapshotReads, reads);
        Assert.Equal(0, writes);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_WarmCache_MakesNoStoreRead(string name, string query)
    {
        var runner = await Seeded.Value;
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);
        var executor = new GraphQLRunner(InfluenceSchema.Build());
        await RunCountingAsync(runner, executor, store, query);

        var (reads, writes, _) = await RunCountingAsync(runner, executor, store, query);

        Assert.True(reads == 0, $"{name}: {reads} store reads with a fresh snapshot");
        Assert.Equal(0, writes);
    }

    [Fact]
    public async Task Write_IsVisibleToTheNextRead_WithoutReadingTheStoreAgain()
    {
        var runner = new CountingRunner(EmbeddedCypherRunner.InMemory());
        await StoreContract.SeedAsync(runner);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);
        var before = await store.GetSnapshotAsync(CancellationToken.None);
        runner.Reset();

        var envoy = await store.UpsertActorAsync(new ActorInput("test-envoy", "Envoy", "PERSON", [], null, null), CancellationToken.None);
        await store.AddRelationAsync(new RelationInput("test-rel-1", "ADVISES", "test-envoy", "india", 0.5, "CONFIRMED", [], null, null,
            "the envoy advises", before.Sources[0].Id), CancellationToken.None);
        await store.RemoveRelationAsync(before.Relations[0].Id, CancellationToken.None);
        var after = await store.GetSnapshotAsync(CancellationToken.None);

        Assert.Equal(0, runner.Reads);
        Assert.Equal(3, runner.Writes);
        Assert.Equal(envoy, after.ActorsById["test-envoy"]);
        Assert.Contains(after.RelationsOf("india"), r => r.Id == "test-rel-1");
        Assert.False(after.RelationsById.ContainsKey(before.Relations[0].Id));
        Assert.Equal(before.Relations.Count, after.Relations.Count);
        Assert.Equal(before.Version + 3, after.Version);
    }

    [Fact]
    public async Task Snapshot_AfterIncrementalWrites_EqualsAFreshLoadOfTheStore()
    {
        var runner = new CountingRunner(EmbeddedCypherRunner.InMemory());
        await StoreContract.SeedAsync(runner);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);
        var before = await store.GetSnapshotAsync(CancellationToken.None);
        await store.UpsertActorAsync(new ActorInput("india", "Republic of India", "STATE", ["Bharat"], null, "renamed"), CancellationToken.None);
        await store.AddRelationAsync(new RelationInput("test-rel-2", "SUPPORTS", "india", "france", 0.7, "CLAIMED", ["india"],
            new DateOnly(2025, 5, 8), null, "India thanks France", before.Sources[0].Id), CancellationToken.None);
        var incremental = await store.GetSnapshotAsync(CancellationToken.None);

        var fresh = await new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance)
            .GetSnapshotAsync(CancellationToken.None);

        Assert.Equal(fresh.Actors.Select(a => a.Id), incremental.Actors.Select(a => a.Id));
        Assert.Equal(fresh.Relations.Select(r => r.Id), incremental.Relations.Select(r => r.Id));
        Assert.Equal(fresh.ActorsById["india"].Name, incremental.ActorsById["india"].Name);
        Assert.Equal(fresh.RelationsOf("india").Select(r => r.Id), incremental.RelationsOf("india").Select(r => r.Id));
        Assert.Equal(fresh.LeverageAll(Domain.Analysis.RelationFilter.None), incremental.LeverageAll(Domain.Analysis.RelationFilter.None));
    }

    // The runner is shared by the theory's cases, which xUnit runs one after another within this class.
    private static async Task<(int Reads, int Writes, int Rows)> RunCountingAsync(CountingRunner runner, GraphQLRunner executor, InfluenceStore store, string query)
    {
        runner.Reset();
        var outcome = await executor.ExecuteAsync(new global::GraphQL.Transport.GraphQLRequest { Query = query },
            new GraphQLExecutionSettings { UserContext = new RequestContext(store, "read only") }, CancellationToken.None);
        var json = Serializer.Serialize(outcome.Result);
        Assert.True(outcome.Result.Errors is null or { Count: 0 }, json);
        return (runner.Reads, runner.Writes, CountObjects(JsonDocument.Parse(json).RootElement));
    }

    private static readonly global::GraphQL.SystemTextJson.GraphQLSerializer Serializer = GraphQLTransportServices.CreateSerializer();

    private static int CountObjects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Sum(p => CountObjects(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(CountObjects),
        _ => 0,
    };

    /// <summary>Counts every call through the store port.</summary>
    private sealed class CountingRunner(ICypherRunner inner) : ICypherRunner
    {
        private int _reads;
        private int _writes;

        public int Reads => Volatile.Read(ref _reads);

        public int Writes => Volatile.Read(ref _writes);

        public string Description => inner.Description;

        public bool Exclusive => inner.Exclusive;

        public void Reset()
        {
            Interlocked.Exchange(ref _reads, 0);
            Interlocked.Exchange(ref _writes, 0);
        }

        public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadAsync(query, parameters, cancellationToken);
        }

        public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _writes);
            return inner.WriteAsync(query, parameters, cancellationToken);
        }

        public Task<string> ServerAgentAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return inner.ServerAgentAsync(cancellationToken);
        }

        public Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _writes);
            return inner.RunScriptAsync(script, check, cancellationToken);
        }

        public Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
            inner.TryScriptAsync(script, read, cancellationToken);

        public void Dispose() => inner.Dispose();
    }
}
