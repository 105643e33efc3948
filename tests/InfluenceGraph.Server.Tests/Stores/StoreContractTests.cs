using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Api;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// Every query the app sends (<see cref="GraphQueries"/>), with its expected results on the seed. The same tests
/// run on the embedded engine always and on Neo4j when NEO4J_URI is set, so the one query text is proven on both.
/// </summary>
public abstract class StoreContract
{
    private const string ProbeActor = "contract-probe";

    protected abstract ICypherRunner Runner { get; }

    /// <summary>Applies the seed scripts in order, each in one transaction.</summary>
    public static async Task SeedAsync(ICypherRunner runner)
    {
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal))
            await runner.RunScriptAsync(await File.ReadAllTextAsync(file), null, CancellationToken.None);
    }

    private static Dictionary<string, object?> Params(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);

    private async Task CleanUpAsync()
    {
        await Runner.WriteAsync("MATCH (a:Actor {id: $id}) DETACH DELETE a", Params(("id", ProbeActor)), CancellationToken.None);
    }

    public async Task AllActors_ReturnsTheSeedOrderedByName()
    {
        var rows = await Runner.ReadAsync(GraphQueries.AllActors, null, CancellationToken.None);
        var actors = rows.Select(r => RecordMapping.ToActor(r["actor"])).Where(a => a.Id != ProbeActor).ToList();

        Assert.Equal(SeedOracle.ActorIds.Order(), actors.Select(a => a.Id).Order());
        Assert.Equal(actors.Select(a => a.Name).Order(StringComparer.Ordinal), actors.Select(a => a.Name));
        Assert.Contains(actors, a => a.Id == "lashkar-e-taiba" && a.Kind == "ARMED_GROUP");
    }

    public async Task AllRelations_ReturnsEverySeedRelationWithTypeAndEndpoints()
    {
        var rows = await Runner.ReadAsync(GraphQueries.AllRelations, null, CancellationToken.None);
        var relations = rows.Select(r => RecordMapping.ToRelation(r["relation"])).ToList();

        Assert.Superset(SeedOracle.RelationIds.ToHashSet(), relations.Select(r => r.Id).ToHashSet());
        Assert.All(relations, r =>
        {
            Assert.False(string.IsNullOrEmpty(r.Type));
            Assert.False(string.IsNullOrEmpty(r.From));
            Assert.False(string.IsNullOrEmpty(r.Quote));
        });
        Assert.Contains(relations, r => r.Since is not null);
    }

    public async Task AllSourcesAndCountActors_MatchTheSeed()
    {
        var sources = await Runner.ReadAsync(GraphQueries.AllSources, null, CancellationToken.None);
        var count = await Runner.ReadAsync(GraphQueries.CountActors, null, CancellationToken.None);

        Assert.Equal(["fp-2025-ceasefire-baseline", "sav-2025-pahalgam-crisis"], sources.Select(s => RecordMapping.ToSource(s["source"]).Id));
        Assert.True(RecordMapping.ToLong(count[0]["actors"]) >= SeedOracle.ActorIds.Count);
    }

    public async Task UpsertActor_CreatesThenUpdatesInPlace()
    {
        try
        {
            var parameters = Params(("id", ProbeActor), ("name", "Probe"), ("kind", "PERSON"), ("aliases", new[] { "p" }), ("country", null), ("description", null));
            await Runner.WriteAsync(GraphQueries.UpsertActor, parameters, CancellationToken.None);
            parameters["name"] = "Probe Two";
            var rows = await Runner.WriteAsync(GraphQueries.UpsertActor, parameters, CancellationToken.None);
            var count = await Runner.ReadAsync("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", Params(("id", ProbeActor)), CancellationToken.None);

            Assert.Equal("Probe Two", RecordMapping.ToActor(rows[0]["actor"]).Name);
            Assert.Equal(["p"], RecordMapping.ToActor(rows[0]["actor"]).Aliases);
            Assert.Equal(1L, RecordMapping.ToLong(count[0]["n"]));
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    public async Task AddAndRemoveRelation_WithADynamicType_RoundTrips()
    {
        try
        {
            await Runner.WriteAsync(GraphQueries.UpsertActor,
                Params(("id", ProbeActor), ("name", "Probe"), ("kind", "PERSON"), ("aliases", Array.Empty<string>()), ("country", null), ("description", null)),
                CancellationToken.None);
            var props = Params(("id", "contract-rel"), ("weight", 0.5), ("status", "CLAIMED"), ("claimedBy", new[] { "india" }),
                ("quote", "q"), ("source", "fp-2025-ceasefire-baseline"), ("since", new DateOnly(2025, 5, 7)));
            var added = await Runner.WriteAsync(GraphQueries.AddRelation,
                Params(("from", ProbeActor), ("to", "india"), ("type", "ADVISES"), ("props", props)), CancellationToken.None);
            var wrongEnds = await Runner.WriteAsync(GraphQueries.RemoveRelation, Params(("id", "contract-rel"), ("from", "india"), ("to", ProbeActor)), CancellationToken.None);
            var removed = await Runner.WriteAsync(GraphQueries.RemoveRelation, Params(("id", "contract-rel"), ("from", ProbeActor), ("to", "india")), CancellationToken.None);
            var again = await Runner.WriteAsync(GraphQueries.RemoveRelation, Params(("id", "contract-rel"), ("from", ProbeActor), ("to", "india")), CancellationToken.None);

            var relation = RecordMapping.ToRelation(added[0]["relation"]);
            Assert.Equal(("ADVISES", ProbeActor, "india"), (relation.Type, relation.From, relation.To));
            Assert.Equal(new DateOnly(2025, 5, 7), relation.Since);
            Assert.Equal(["india"], relation.ClaimedBy);
            Assert.Equal(0L, RecordMapping.ToLong(wrongEnds[0]["removed"]));
            Assert.Equal(1L, RecordMapping.ToLong(removed[0]["removed"]));
            Assert.Equal(0L, RecordMapping.ToLong(again[0]["removed"]));
        }
        finally
        {
            await CleanUpAsync();
        }
    }

    public async Task Script_WithAnErrorInItsSecondStatement_AppliesNothingAndSaysWhere()
    {
        var script = $"CREATE (:Actor {{id: '{ProbeActor}', name: 'P', kind: 'PERSON'}});\nMATCH (a:Actor {{id: 'india'}})\nRETURN b;";

        var error = await Assert.ThrowsAsync<AppFailure>(() => Runner.RunScriptAsync(script, null, CancellationToken.None));
        var count = await Runner.ReadAsync("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", Params(("id", ProbeActor)), CancellationToken.None);

        Assert.Equal(FailureKind.ScriptRejected, error.Kind);
        Assert.Equal(3, error.Line);
        Assert.Equal(0L, RecordMapping.ToLong(count[0]["n"]));
    }
}

/// <summary>The contract on the embedded engine, seeded in memory.</summary>
public sealed class EmbeddedStoreContractTests : IDisposable
{
    private readonly Contract _contract = new();

    public void Dispose() => _contract.Dispose();

    [Fact] public Task AllActors() => _contract.AllActors_ReturnsTheSeedOrderedByName();
    [Fact] public Task AllRelations() => _contract.AllRelations_ReturnsEverySeedRelationWithTypeAndEndpoints();
    [Fact] public Task SourcesAndCount() => _contract.AllSourcesAndCountActors_MatchTheSeed();
    [Fact] public Task UpsertActor() => _contract.UpsertActor_CreatesThenUpdatesInPlace();
    [Fact] public Task AddAndRemoveRelation() => _contract.AddAndRemoveRelation_WithADynamicType_RoundTrips();
    [Fact] public Task ScriptAtomicity() => _contract.Script_WithAnErrorInItsSecondStatement_AppliesNothingAndSaysWhere();

    private sealed class Contract : StoreContract, IDisposable
    {
        private readonly EmbeddedCypherRunner _runner = EmbeddedCypherRunner.InMemory();

        public Contract() => SeedAsync(_runner).GetAwaiter().GetResult();

        protected override ICypherRunner Runner => _runner;

        public void Dispose() => _runner.Dispose();
    }
}
