using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Schema;

/// <summary>overview and expand: what the explorer draws of a graph too large to draw whole.</summary>
public static partial class InfluenceSchema
{
    internal const int MaxOverviewActors = 5_000;
    internal const int MaxExpansion = 500;
    internal const int MaxLeverageHolders = 100;

    private static void BindOverview(SchemaBindings bind)
    {
        bind.FieldAsync("Query", "overview", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var top = BoundedInt(c, "top", 500, 0, MaxOverviewActors);
            var maxEdges = BoundedInt(c, "maxEdges", int.MaxValue, 0, int.MaxValue);
            var filter = AnalysisFilter(c, snapshot);
            // Every visitor of an unchanged graph asks for the same overview: it is computed once per graph, filter,
            // size and leverage result.
            var leverage = snapshot.LeverageAll(filter);
            return snapshot.Derived(FormattableString.Invariant($"overview {top} {maxEdges} {filter.CacheKey}"), leverage, () =>
            {
                if (filter.Level == AnalysisLevel.States)
                {
                    // Between principals: the rolled-up relations, read once and indexed by their 'from' end.
                    var rolled = snapshot.MetricRelations(filter);
                    var byFrom = rolled.ToLookup(r => r.From, StringComparer.Ordinal);
                    return OverviewAnalysis.Compute(snapshot.ActorIdsAt(filter.Level), leverage, top,
                        id => [.. byFrom[id]], static _ => true, rolled.Count, maxEdges);
                }
                var accepted = filter == RelationFilter.None ? snapshot.Relations.Count : snapshot.Relations.Count(filter.Accepts);
                return OverviewAnalysis.Compute(snapshot.AllActorIds, leverage, top, snapshot.RelationsOf, filter.Accepts, accepted, maxEdges);
            });
        }));
        bind.FieldAsync("Query", "expand", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var id = KnownActor(c, snapshot, "id")!;
            var first = BoundedInt(c, "first", 25, 0, MaxExpansion);
            var exclude = (Arguments.Strings(c, "exclude") ?? []).ToHashSet(StringComparer.Ordinal);
            var filter = AnalysisFilter(c, snapshot);
            return OverviewAnalysis.Expand(id, first, exclude, snapshot.LeverageAll(filter), snapshot.RelationsOf(id), filter.Accepts);
        }));
        bind.FieldAsync("Overview", "actors", static c => WithSnapshot(c, static (snapshot, c) =>
            ((Overview)c.Source!).Actors.Select(id => ActorOrThrow(snapshot, id)).ToArray()));
        bind.FieldAsync("Expansion", "actor", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((Expansion)c.Source!).Actor)));
        bind.FieldAsync("LeverageHolder", "holder", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((LeverageHolder)c.Source!).Holder)));
        bind.Field("LeverageHolder", "paths", static c =>
        {
            var paths = ((LeverageHolder)c.Source!).Paths;
            return FirstOf(paths, BoundedInt(c, "first", paths.Count, 0, int.MaxValue));
        });
        bind.FieldAsync("Neighbour", "actor", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((Neighbour)c.Source!).Actor)));
    }
}
