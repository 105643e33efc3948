using GraphQL;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Schema;

/// <summary>The Actor type's metric fields, with the narrative filter and their explanations.</summary>
public static partial class InfluenceSchema
{
    private static void BindActorAnalysis(SchemaBindings bind)
    {
        bind.FieldAsync("Actor", "leverage", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (filter, values) = Context(c).Memo(c, snapshot, (c, snapshot), static s =>
            {
                var filter = AnalysisFilter(s.c, s.snapshot);
                return Tuple.Create(filter, s.snapshot.LeverageAll(filter));
            });
            return values.GetValueOrDefault(At(snapshot, filter, ((Actor)c.Source!).Id));
        }));
        bind.FieldAsync("Actor", "alignment", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (filter, values) = Context(c).Memo(c, snapshot, (c, snapshot), static s =>
            {
                var filter = AnalysisFilter(s.c, s.snapshot);
                var (positive, negative) = KnownPoles(s.c, s.snapshot, filter);
                return Tuple.Create(filter, s.snapshot.AlignmentAll(filter, positive, negative));
            });
            return values.GetValueOrDefault(At(snapshot, filter, ((Actor)c.Source!).Id));
        }));
        bind.FieldAsync("Actor", "leverageHolders", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var first = BoundedInt(c, "first", 10, 0, MaxLeverageHolders);
            var filter = AnalysisFilter(c, snapshot);
            var actor = At(snapshot, filter, ((Actor)c.Source!).Id);
            // The relations lending leverage are arranged by target once per graph and filter, and every actor's own
            // relations are indexed; at state level the relations are rolled up first, and read whole.
            return Analysis(c, () => filter.Level == AnalysisLevel.Everyone
                ? LeverageAnalysis.Holders(actor,
                    snapshot.IncomingLeverageUnder(filter),
                    id => filter.ForMetrics(snapshot.RelationsOf(id)), snapshot.Catalog, first)
                : LeverageAnalysis.Holders(actor, snapshot.MetricRelations(filter), snapshot.Catalog, first));
        }));
        // At the everyone level a breakdown is read off the cached metrics and the actor's own relations (the values
        // the leverage and alignment fields serve, as fresh as metricsFreshness says); at state level the relations
        // are rolled up, and the whole graph is ranked or solved again.
        bind.FieldAsync("Actor", "leverageBreakdown", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var filter = AnalysisFilter(c, snapshot);
            var actor = ((Actor)c.Source!).Id;
            if (filter.Level == AnalysisLevel.Everyone)
                return Largest(c, LeverageAnalysis.Breakdown(actor, snapshot.LeverageAll(filter), snapshot.IncomingLeverageUnder(filter),
                    id => filter.ForMetrics(snapshot.RelationsOf(id)), snapshot.Catalog), "leverageBreakdown");
            var relations = snapshot.MetricRelations(filter);
            return Largest(c, Analysis(c, () => LeverageAnalysis.Breakdown(actor, snapshot.AllActorIds, relations, snapshot.Catalog)), "leverageBreakdown");
        }));
        bind.FieldAsync("Actor", "alignmentBreakdown", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (positive, negative) = KnownPoles(c, snapshot);
            var filter = AnalysisFilter(c, snapshot);
            var actor = ((Actor)c.Source!).Id;
            if (filter.Level == AnalysisLevel.Everyone)
                return Largest(c, AlignmentAnalysis.Breakdown(actor, snapshot.AlignmentAll(filter, positive, negative), filter.ForMetrics(snapshot.RelationsOf(actor)),
                    snapshot.Catalog, positive, negative), "alignmentBreakdown");
            var relations = snapshot.MetricRelations(filter);
            return Largest(c, AlignmentAnalysis.Breakdown(actor, snapshot.AllActorIds, relations, snapshot.Catalog, positive, negative), "alignmentBreakdown");
        }));
    }

    /// <summary>
    /// A breakdown, largest first, cut to 'first'; without it, whole up to GraphQL:MaxListItems (a hub's breakdown holds
    /// one row per relation: tens of thousands on a large graph).
    /// </summary>
    private static IReadOnlyList<T> Largest<T>(IResolveFieldContext c, IReadOnlyList<T> rows, string field)
    {
        if (!Arguments.Given(c, "first"))
            return Bounded(c, rows, field, $"{field}(first: ...) for the largest");
        return FirstOf(rows, BoundedInt(c, "first", 0, 0, int.MaxValue));
    }

    /// <summary>The first <paramref name="first"/> of <paramref name="rows"/>, the list itself when it is no longer.</summary>
    private static IReadOnlyList<T> FirstOf<T>(IReadOnlyList<T> rows, int first) =>
        rows.Count <= first ? rows : rows.Take(first).ToArray();
}
