using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>Query.metricsFreshness: which graph version the cached metrics under a filter reflect.</summary>
public static partial class InfluenceSchema
{
    private static void BindFreshness(SchemaBindings bind)
    {
        bind.FieldAsync("Query", "metricsFreshness", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var filter = AnalysisFilter(c, snapshot);
            var (positive, negative) = KnownPoles(c, snapshot, filter);
            var metrics = snapshot.Metrics;
            return new MetricsFreshnessView(snapshot.Version,
                metrics.ComputedFor(MetricCache.LeverageKey(filter)),
                metrics.ComputedFor(MetricCache.AlignmentKey(filter, positive, negative)));
        }));
    }
}
