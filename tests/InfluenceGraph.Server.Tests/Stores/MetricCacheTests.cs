using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>
/// The metric cache: on a small graph metrics follow every write at once; on a larger one a write leaves the last
/// complete value served, says which version it reflects, and brings it up to date in the background; the cache
/// holds at most its capacity of filters.
/// </summary>
public sealed class MetricCacheTests
{
    private static readonly RelationCatalog Catalog = RelationCatalog.Default;

    [Fact]
    public void SmallGraph_WriteThenRead_MetricsReflectTheWriteAtOnce()
    {
        var cache = new MetricCache(AnalysisQueue.Unbounded());
        var before = Chain(cache, 6);
        var leverageBefore = before.LeverageAll(RelationFilter.None);

        var after = before.WithRelation(Supports("extra", "a5", "a0"));
        var leverageAfter = after.LeverageAll(RelationFilter.None);

        Assert.Equal(after.Version, cache.ComputedFor(MetricCache.LeverageKey(RelationFilter.None)));
        Assert.Equal(Fresh(after), leverageAfter);
        Assert.NotEqual(leverageBefore, leverageAfter);
    }

    [Fact]
    public async Task LargeGraph_WriteThenRead_ServesTheLastValueWithItsVersionThenCatchesUp()
    {
        // A synchronous limit of 0 makes every graph "large", and a short pause keeps the test quick.
        var cache = new MetricCache(AnalysisQueue.Unbounded(), synchronousLimit: 0, minimumPause: TimeSpan.FromMilliseconds(10));
        var key = MetricCache.LeverageKey(RelationFilter.None);
        var before = Chain(cache, 6);
        var first = before.LeverageAll(RelationFilter.None);
        Assert.Equal(before.Version, cache.ComputedFor(key));

        var after = before.WithRelation(Supports("extra", "a5", "a0")).WithRelation(Supports("extra2", "a4", "a0"));
        var served = after.LeverageAll(RelationFilter.None);

        // The reader did not wait: it got the value of the earlier version, and the cache says which one that is
        // (unless the background was already done by the time it asked).
        var version = cache.ComputedFor(key);
        Assert.True(ReferenceEquals(first, served) ? version == before.Version || version == after.Version : version == after.Version,
            $"served {(ReferenceEquals(first, served) ? "the earlier value" : "a new value")} while the cache says version {version}");

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (cache.ComputedFor(key) != after.Version && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.Equal(after.Version, cache.ComputedFor(key));
        Assert.Equal(Fresh(after), after.LeverageAll(RelationFilter.None));
    }

    [Fact]
    public void FullCache_NewFilter_EvictsTheLeastRecentlyUsed()
    {
        var cache = new MetricCache(AnalysisQueue.Unbounded(), capacity: 2);
        var snapshot = Chain(cache, 4);
        var confirmed = new RelationFilter(Statuses: [ClaimStatuses.Confirmed]);
        var claimed = new RelationFilter(Statuses: [ClaimStatuses.Claimed]);

        snapshot.LeverageAll(RelationFilter.None);
        snapshot.LeverageAll(confirmed);
        snapshot.LeverageAll(RelationFilter.None);
        snapshot.LeverageAll(claimed);

        Assert.Equal(2, cache.Count);
        Assert.Null(cache.ComputedFor(MetricCache.LeverageKey(confirmed)));
        Assert.Equal(snapshot.Version, cache.ComputedFor(MetricCache.LeverageKey(RelationFilter.None)));
        Assert.Equal(snapshot.Version, cache.ComputedFor(MetricCache.LeverageKey(claimed)));
    }

    /// <summary>Actors a0..a(n-1), each supporting the next.</summary>
    private static GraphSnapshot Chain(MetricCache cache, int n)
    {
        var actors = Enumerable.Range(0, n).Select(i => new Actor($"a{i}", $"Actor {i}", ActorKinds.State, [], null, null));
        var relations = Enumerable.Range(0, n - 1).Select(i => Supports($"r{i}", $"a{i}", $"a{i + 1}"));
        return GraphSnapshot.Create(actors, relations, [], Catalog, metrics: cache);
    }

    private static Relation Supports(string id, string from, string to) =>
        new(id, "SUPPORTS", from, to, 0.8, ClaimStatuses.Confirmed, [], null, null, "a quote", "source");

    private static IReadOnlyDictionary<string, double> Fresh(GraphSnapshot snapshot) =>
        LeverageAnalysis.Compute(snapshot.AllActorIds, snapshot.MetricRelations(RelationFilter.None), Catalog);
}
