using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Schema;

/// <summary>The analysis fields of Query: narratives, time, explanations, blocs, paths, mediators, the matrix.</summary>
public static partial class InfluenceSchema
{
    private static void BindAnalysisQueries(SchemaBindings bind)
    {
        bind.FieldAsync("Query", "relations", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var actor = Arguments.String(c, "actor");
            var filter = AnalysisFilter(c, snapshot);
            var relations = actor is null ? snapshot.RelationsMatching(filter) : filter.Apply(snapshot.RelationsOf(actor)).ToArray();
            return Bounded(c, relations, "relations", "relationsPage(first, after)");
        }));
        bind.FieldAsync("Query", "graph", static c => WithSnapshot(c, static (snapshot, c) => Graph(snapshot, AnalysisFilter(c, snapshot))));
        bind.FieldAsync("Query", "contested", static c => WithSnapshot(c, static (snapshot, c) =>
            Bounded(c, snapshot.ContestedUnder(Arguments.Filter(c)), "contested", "contestedPage(first, after)")));
        bind.FieldAsync("Query", "compareNarratives", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (positive, negative) = KnownPoles(c, snapshot);
            var (a, b) = (NarrativeFilter(c, snapshot, "a"), NarrativeFilter(c, snapshot, "b"));
            return Analysis(c, () => NarrativeComparison.Compare(snapshot.AllActorIds,
                snapshot.LeverageAll(a), snapshot.AlignmentAll(a, positive, negative),
                snapshot.LeverageAll(b), snapshot.AlignmentAll(b, positive, negative)));
        }));
        bind.FieldAsync("Query", "changes", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (positive, negative) = KnownPoles(c, snapshot);
            var (from, to) = (Arguments.Date(c, "from")!.Value, Arguments.Date(c, "to")!.Value);
            if (from > to)
                throw AppFailure.InvalidInput(DatesOutOfOrder(from, to));
            var (a, b) = (new RelationFilter(AsOf: from), new RelationFilter(AsOf: to));
            var movers = Analysis(c, () => NarrativeComparison.Compare(snapshot.AllActorIds,
                    snapshot.LeverageAll(a), snapshot.AlignmentAll(a, positive, negative),
                    snapshot.LeverageAll(b), snapshot.AlignmentAll(b, positive, negative))
                .Where(s => s.Size > 1e-9).ToArray());
            return new ChangesView(NarrativeComparison.Appeared(from, to, snapshot.Relations), NarrativeComparison.Ended(from, to, snapshot.Relations), movers);
        }));
        bind.FieldAsync("Query", "pairwiseLeverage", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var filter = AnalysisFilter(c, snapshot);
            var holder = At(snapshot, filter, KnownActor(c, snapshot, "holder")!);
            var subject = At(snapshot, filter, KnownActor(c, snapshot, "subject")!);
            return Pairwise(snapshot, holder, subject, filter);
        }));
        bind.FieldAsync("Query", "blocs", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var filter = AnalysisFilter(c, snapshot);
            var signedActors = snapshot.MetricRelations(filter).Where(r => snapshot.Catalog.SignOf(r.Type) != 0 && r.From != r.To)
                .SelectMany(r => new[] { r.From, r.To }).Distinct(StringComparer.Ordinal).Count();
            var max = Context(c).Settings.MaxBlocActors;
            if (signedActors > max)
                throw new AppFailure(FailureKind.TooLarge,
                    $"Too large for blocs: filter first. {signedActors:N0} actors have cooperative or hostile relations under this filter, and blocs are computed for at most {max:N0} (GraphQL:MaxBlocActors); narrow it with asOf, status or claimedBy.");
            return snapshot.BlocsOf(filter);
        }));
        bind.FieldAsync("Query", "strongestPaths", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var from = KnownActor(c, snapshot, "from")!;
            var to = KnownActor(c, snapshot, "to")!;
            var k = BoundedInt(c, "k", 3, 1, MaxStrongestPaths);
            var maxLength = BoundedInt(c, "maxLength", 5, 1, MaxStrongestPathLength);
            return Analysis(c, () => StrongestPaths.Find(from, to, k, maxLength, snapshot.MetricRelations(RelationFilter.None))
                .Select(p => new PathView([.. p.Actors.Select(id => snapshot.ActorsById[id])], p.Relations)).ToArray());
        }));
        bind.FieldAsync("Query", "mediators", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var a = KnownActor(c, snapshot, "a")!;
            var b = KnownActor(c, snapshot, "b")!;
            if (a == b)
                throw AppFailure.InvalidInput(SameActors("a", "b", a));
            var filter = new RelationFilter(AsOf: Arguments.Date(c, "asOf")) { IncludeUndated = Arguments.Filter(c).IncludeUndated };
            return Analysis(c, () => MediatorAnalysis.Find(a, b, snapshot.MetricRelations(filter), snapshot.Catalog));
        }));
        bind.FieldAsync("Query", "matrix", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var filter = AnalysisFilter(c, snapshot);
            var (positive, negative) = KnownPoles(c, snapshot, filter);
            return StakeholderMatrix.Compute(snapshot.ActorIdsAt(filter.Level), snapshot.LeverageAll(filter), snapshot.AlignmentAll(filter, positive, negative));
        }));
    }
}
