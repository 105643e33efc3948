using InfluenceGraph.Domain;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>Each script applies exactly once: its application is recorded in its own transaction (issue 14, item 2).</summary>
public sealed class ScriptApplicationTests : IDisposable
{
    private const string Observer = "CREATE (:Actor {id: 'observer', name: 'Observer', kind: 'ORGANIZATION', aliases: []});";

    private readonly EmbeddedCypherRunner _runner = EmbeddedCypherRunner.InMemory();

    public void Dispose() => _runner.Dispose();

    private async Task<InfluenceStore> SeededStoreAsync()
    {
        var store = new InfluenceStore(_runner, RelationCatalog.Default, TimeSpan.FromHours(1), NullLogger<InfluenceStore>.Instance);
        await store.SeedIfEmptyAsync(System.IO.Path.Combine(RepositoryPaths.Root, "cypher"), CancellationToken.None);
        return store;
    }

    private async Task<long> ObserversAsync() =>
        (long)(await _runner.ReadAsync("MATCH (a:Actor {id: 'observer'}) RETURN count(a) AS n", null, CancellationToken.None))[0]["n"]!;

    [Fact]
    public async Task TheApplicationIsRecordedWithTheScriptsHashNameAndStatements()
    {
        var store = await SeededStoreAsync();
        var request = ScriptRequest.New();

        var outcome = await store.ApplyScriptAsync("observer.cypher", Observer, request, CancellationToken.None);

        var recorded = await store.FindApplicationAsync(request.ApplyId, CancellationToken.None);
        Assert.NotNull(recorded);
        Assert.Equal(("observer.cypher", ScriptApplication.Hash(Observer), 1), (recorded.Name, recorded.Sha256, recorded.Statements));
        Assert.Equal(recorded.Id, outcome.Application!.Id);
        Assert.False(outcome.Earlier);
        Assert.InRange(recorded.AppliedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task TheSameContentAgainIsRefusedNamingTheEarlierApplication_UnlessAskedFor()
    {
        var store = await SeededStoreAsync();
        await store.ApplyScriptAsync("observer.cypher", Observer, ScriptRequest.New(), CancellationToken.None);

        var failure = await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("copy.cypher", Observer, ScriptRequest.New(), CancellationToken.None));

        Assert.Equal(FailureKind.AlreadyApplied, failure.Kind);
        Assert.Contains("as 'observer.cypher' at", failure.Message, StringComparison.Ordinal);
        Assert.Equal(1, await ObserversAsync());
        // Asked for, it runs again (here a script that may: it sets a description).
        const string describe = "MATCH (a:Actor {id: 'observer'}) SET a.description = 'Watches.';";
        await store.ApplyScriptAsync("describe.cypher", describe, ScriptRequest.New(), CancellationToken.None);
        await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("describe.cypher", describe, ScriptRequest.New(), CancellationToken.None));
        await store.ApplyScriptAsync("describe.cypher", describe, ScriptRequest.New(again: true), CancellationToken.None);
        var applications = await _runner.ReadAsync("MATCH (s:ScriptApply {sha256: $h}) RETURN count(s) AS n",
            new Dictionary<string, object?> { ["h"] = ScriptApplication.Hash(describe) }, CancellationToken.None);
        Assert.Equal(2L, applications[0]["n"]);
    }

    [Fact]
    public async Task AnApplyIdSentAgainAnswersTheEarlierOutcomeAndRunsNothing()
    {
        var store = await SeededStoreAsync();
        var request = ScriptRequest.New(again: true);
        await store.ApplyScriptAsync("observer.cypher", Observer, request, CancellationToken.None);

        var retried = await store.ApplyScriptAsync("observer.cypher", Observer, request, CancellationToken.None);

        Assert.True(retried.Earlier);
        Assert.Equal(request.ApplyId, retried.Application!.Id);
        Assert.Equal(1, await ObserversAsync());
    }

    [Fact]
    public async Task AScriptThatFailsLeavesNoRecord()
    {
        var store = await SeededStoreAsync();
        var request = ScriptRequest.New();

        await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("bad.cypher", Observer + "\nCREAT (x);", request, CancellationToken.None));

        Assert.Null(await store.FindApplicationAsync(request.ApplyId, CancellationToken.None));
        // Nothing of it committed, so the same content may be applied (fixed) without --again.
        await store.ApplyScriptAsync("fixed.cypher", Observer, ScriptRequest.New(), CancellationToken.None);
        Assert.Equal(1, await ObserversAsync());
    }

    [Fact]
    public async Task SeedScriptsAreRecordedSoApplyingOneAgainIsRefused()
    {
        var store = await SeededStoreAsync();
        var file = System.IO.Path.Combine(RepositoryPaths.Root, "cypher", "020_actors.cypher");

        var failure = await Assert.ThrowsAsync<AppFailure>(() => store.ApplyScriptAsync("020_actors.cypher", File.ReadAllText(file), ScriptRequest.New(), CancellationToken.None));

        Assert.Equal(FailureKind.AlreadyApplied, failure.Kind);
    }
}
