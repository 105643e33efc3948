using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>The object types of the analysis; their plain fields read the Domain's records by name.</summary>
public static partial class InfluenceSchema
{
    private static void BindAnalysisTypes(SchemaBindings bind)
    {
        bind.FieldAsync("ActorShift", "actor", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((ActorShift)c.Source!).Actor)));
        bind.FieldAsync("LeverageContribution", "over", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((LeverageContribution)c.Source!).Over)));
        bind.FieldAsync("AlignmentPull", "neighbour", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((AlignmentPull)c.Source!).Neighbour)));
        bind.FieldAsync("LeveragePath", "actors", static c => WithSnapshot(c, static (snapshot, c) =>
            ((LeveragePath)c.Source!).Actors.Select(id => ActorOrThrow(snapshot, id)).ToArray()));
        bind.FieldAsync("Blocs", "groups", static c => WithSnapshot(c, static (snapshot, c) =>
            ((BlocPartition)c.Source!).Groups.Select(g => g.Select(id => ActorOrThrow(snapshot, id)).ToArray()).ToArray()));
        bind.Field("Blocs", "frustratedWeight", static c => BlocAnalysis.FrustratedWeight((BlocPartition)c.Source!));
        bind.FieldAsync("MediatorCandidate", "actor", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((MediatorCandidate)c.Source!).Actor)));
        bind.FieldAsync("MatrixPoint", "actor", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((MatrixPoint)c.Source!).Actor)));
    }

    // At state level the rolled relations keep their ids; a path's actors are principals, all known actors.
    private static PairwiseLeverageView Pairwise(GraphSnapshot snapshot, string holder, string subject, RelationFilter filter)
    {
        var relations = snapshot.MetricRelations(filter);
        return new PairwiseLeverageView(snapshot.ActorsById[holder], snapshot.ActorsById[subject],
            LeverageAnalysis.Pairwise(holder, subject, relations, snapshot.Catalog),
            LeverageAnalysis.PairwisePaths(holder, subject, relations, snapshot.Catalog));
    }
}
