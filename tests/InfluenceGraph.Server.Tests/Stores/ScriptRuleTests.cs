using InfluenceGraph.Domain;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// A script (the seed, `cypher apply`, /admin/cypher) that leaves a record breaking a model rule applies nothing and
/// fails naming the rule at the statement that broke it (issue 13, item 6).
/// </summary>
public sealed class ScriptRuleTests : IDisposable
{
    // One good statement first (lines 1-2; the bad one starts on line 3), so that "applies nothing" is seen: the new
    // actor must not be stored either.
    private const string GoodStatement = """
        // A new observer.
        CREATE (:Actor {id: 'observer', name: 'Observer', kind: 'ORGANIZATION', aliases: []});

        """;

    private readonly EmbeddedCypherRunner _runner = EmbeddedCypherRunner.InMemory();

    public void Dispose() => _runner.Dispose();

    private async Task<InfluenceStore> SeededStoreAsync()
    {
        var store = new InfluenceStore(_runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);
        Assert.True(await store.SeedIfEmptyAsync(System.IO.Path.Combine(RepositoryPaths.Root, "cypher"), CancellationToken.None));
        return store;
    }

    public static TheoryData<string, string, int> BadScripts() => new()
    {
        { "CREATE (:Actor {id: 'mars', name: 'Mars', kind: 'PLANET', aliases: []});", "kind 'PLANET' is not one of", 3 },
        {
            "MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})\nCREATE (a)-[:SELLS_TEA_TO {id: 'tea-1', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'tea', source: 'fp-2025-ceasefire-baseline'}]->(b);",
            "type 'SELLS_TEA_TO' is not in the catalog", 3
        },
        {
            "MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})\nCREATE (a)-[:SUPPORTS {id: 'heavy-1', weight: 'heavy', status: 'CONFIRMED', claimedBy: [], quote: 'q', source: 'fp-2025-ceasefire-baseline'}]->(b);",
            "weight", 3
        },
        {
            "MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})\nCREATE (a)-[:SUPPORTS {id: 'nosource-1', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'q', source: 'no-such-article'}]->(b);",
            "unknown source", 3
        },
        {
            "MATCH (a:Actor {id: 'india'}), (b:Actor {id: 'pakistan'})\nCREATE (a)-[:ATTACKS {id: 'fp-001', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'again', source: 'fp-2025-ceasefire-baseline'}]->(b);",
            "has the id 'fp-001' too", 3
        },
        {
            "MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})\nCREATE (a)-[:SUPPORTS {id: 'claim-1', weight: 0.5, status: 'CLAIMED', claimedBy: ['atlantis'], quote: 'q', source: 'fp-2025-ceasefire-baseline'}]->(b);",
            "unknown actor 'atlantis' in 'claimedBy'", 3
        },
    };

    [Theory]
    [MemberData(nameof(BadScripts))]
    public async Task ScriptBreakingARule_FailsAtTheStatementThatBrokeItAndAppliesNothing(string bad, string rule, int line)
    {
        var store = await SeededStoreAsync();
        var before = store.Current!;

        var failure = await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("bad.cypher", GoodStatement + bad, CancellationToken.None));

        Assert.Equal(FailureKind.ScriptRejected, failure.Kind);
        Assert.Equal(ModelRules.RuleBroken, failure.EngineError);
        Assert.Contains(rule, failure.Message, StringComparison.Ordinal);
        Assert.Equal((line, 1), (failure.Line, failure.Column));
        var after = await store.GetSnapshotAsync(CancellationToken.None);
        Assert.Same(before, after);
        var stored = await _runner.ReadAsync("MATCH (a:Actor) WHERE a.id IN ['observer', 'mars'] RETURN a.id AS id", null, CancellationToken.None);
        Assert.Empty(stored);
    }

    [Fact]
    public async Task BreakingStatementAmongManyThatNameTheRecord_IsFoundByHalves()
    {
        var store = await SeededStoreAsync();
        // 'ghost' is named by every statement; only the 7th makes it break a rule.
        var statements = Enumerable.Range(0, 12).Select(i => i switch
        {
            0 => "CREATE (:Actor {id: 'ghost', name: 'Ghost', kind: 'ORGANIZATION', aliases: []});",
            6 => "MATCH (a:Actor {id: 'ghost'}) SET a.kind = 'PLANET';",
            _ => $"MATCH (a:Actor {{id: 'ghost'}}) SET a.description = 'step {i}';",
        });

        var failure = await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("many.cypher", string.Join("\n", statements), CancellationToken.None));

        Assert.Contains("kind 'PLANET'", failure.Message, StringComparison.Ordinal);
        Assert.Equal(7, failure.Line);
    }

    [Fact]
    public async Task RecordsThatBrokeRulesBeforeTheScript_DoNotStopAValidScript()
    {
        var runner = EmbeddedCypherRunner.InMemory();
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal))
            await runner.RunScriptAsync(await File.ReadAllTextAsync(file), null, CancellationToken.None);
        await runner.RunScriptAsync("CREATE (:Actor {id: 'old-planet', name: 'Old', kind: 'PLANET', aliases: []});", null, CancellationToken.None);
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);

        await store.ApplyScriptAsync("good.cypher", GoodStatement, CancellationToken.None);

        var snapshot = await store.GetSnapshotAsync(CancellationToken.None);
        Assert.Contains(snapshot.Actors, a => a.Id == "observer");
        Assert.Contains(snapshot.DataProblems, p => p.Id == "old-planet");
    }

    [Fact]
    public async Task ValidScript_IsServedFromWhatItsCheckRead()
    {
        var store = await SeededStoreAsync();
        var version = store.Current!.Version;

        await store.ApplyScriptAsync("good.cypher", GoodStatement, CancellationToken.None);

        Assert.Equal(version + 1, store.Current!.Version);
        Assert.Contains(store.Current.Actors, a => a.Id == "observer");
    }
}
