using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>The object and input types of the analysis (issue 6); the fields that return them are in the other analysis partials.</summary>
public static partial class InfluenceSchema
{
    /// <summary>GraphQL's PairwiseLeverage type.</summary>
    public sealed record PairwiseLeverageView(Actor Holder, Actor Subject, double Value, IReadOnlyList<LeveragePath> Paths);

    /// <summary>GraphQL's Changes type.</summary>
    public sealed record ChangesView(IReadOnlyList<Relation> Appeared, IReadOnlyList<Relation> Ended, IReadOnlyList<ActorShift> Movers);

    /// <summary>Adds the analysis types; called once from <see cref="Build"/>.</summary>
    private static void AddAnalysis(SchemaBuilder builder)
    {
        builder.InputObject("NarrativeInput", "One picture of the graph: which relations count. Every field is optional.", t => t
            .Field("status", "[ClaimStatus!]", "Only relations of these statuses.")
            .Field("claimedBy", "ID", ClaimedByDescription)
            .Field("asOf", "Date", "Only relations active on this date.")
            .Field("types", "[String!]", "Only relations of these types."));
        builder.Object("ActorShift", "How an actor's leverage and alignment differ between two pictures, B minus A.", t =>
        {
            t.Field("actor", "Actor!", "The actor that moves.").ResolveAsync(async ctx => ActorOrThrow(await Snapshot(ctx), ctx.SourceAs<ActorShift>().Actor));
            t.Field("leverageA", "Float!", "Leverage in picture A.");
            t.Field("leverageB", "Float!", "Leverage in picture B.");
            t.Field("alignmentA", "Float", "Alignment in picture A (null: no signed path to a pole).");
            t.Field("alignmentB", "Float", "Alignment in picture B.");
            t.Field("leverageDelta", "Float!", "leverageB - leverageA.");
            t.Field("alignmentDelta", "Float", "alignmentB - alignmentA; null unless both exist.");
            t.Field("size", "Float!", "Size of the move on the alignment-leverage grid: sqrt(alignment change^2 + leverage change^2), a missing alignment counting as 0. Lists of shifts are sorted by it.");
        });
        builder.Object("Changes", "What changed between two dates.", t =>
        {
            t.Field("appeared", "[Relation!]!", "Relations active on 'to' that were not on 'from'.");
            t.Field("ended", "[Relation!]!", "Relations active on 'from' that are not on 'to'.");
            t.Field("movers", "[ActorShift!]!", "Actors whose leverage or alignment moved (A = 'from', B = 'to'), largest move first.");
        });
        builder.Object("LeverageContribution", "One relation's part in an actor's leverage.", t =>
        {
            t.Field("relation", "Relation!", "A leverage relation from the actor.");
            t.Field("over", "Actor!", "The actor it is held over.")
                .ResolveAsync(async ctx => ActorOrThrow(await Snapshot(ctx), ctx.SourceAs<LeverageContribution>().Over));
            t.Field("amount", "Float!", "d * rank(over) * s / S(over) divided by the top rank, where s = leverage factor * weight of the relation and S(over) the total s into 'over'. The amounts sum to the actor's leverage less its base share (the PageRank teleport, which no relation earns).");
        });
        builder.Object("AlignmentPull", "One signed relation's pull on an actor's alignment.", t =>
        {
            t.Field("relation", "Relation!", "A cooperative or hostile relation of the actor.");
            t.Field("neighbour", "Actor!", "The actor at the other end.")
                .ResolveAsync(async ctx => ActorOrThrow(await Snapshot(ctx), ctx.SourceAs<AlignmentPull>().Neighbour));
            t.Field("pull", "Float!", "sign * weight * alignment(neighbour) / (total weight of the actor's signed relations): positive pulls towards the first pole. The pulls sum to the actor's alignment.");
        });
        builder.Object("PairwiseLeverage", "Leverage of one actor over another and the paths that carry it.", t =>
        {
            t.Field("holder", "Actor!", "The actor that holds the leverage.");
            t.Field("subject", "Actor!", "The actor it is held over.");
            t.Field("value", "Float!", $"Sum of the direct f*w of the holder's relations to the subject and {LeverageAnalysis.TwoStepDiscount} times f1*w1*f2*w2 along each two-step chain holder -> c -> subject (f = the type's leverage factor, w = weight).");
            t.Field("paths", "[LeveragePath!]!", "The paths whose amounts sum to 'value', largest first.");
        });
        builder.Object("LeveragePath", "A direct relation or a two-step chain that gives a holder leverage over a subject.", t =>
        {
            t.Field("actors", "[Actor!]!", "Holder, intermediary (if any), subject.").ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                return ctx.SourceAs<LeveragePath>().Actors.Select(id => ActorOrThrow(snapshot, id)).ToArray();
            });
            t.Field("relations", "[Relation!]!", "The leverage relations along the path, each with its evidence.");
            t.Field("amount", "Float!", "f*w for a direct relation; the discount times the product of f*w for a chain.");
        });
        builder.Object("Blocs", "A partition of the actors into aligned blocs by structural balance.", t =>
        {
            t.Field("groups", "[[Actor!]!]!", "The blocs, largest first. Actors with no cooperative or hostile relation belong to none.").ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                return ctx.SourceAs<BlocPartition>().Groups.Select(g => g.Select(id => ActorOrThrow(snapshot, id)).ToArray()).ToArray();
            });
            t.Field("frustrated", "[Relation!]!", "Relations that contradict the partition: cooperative ones between blocs, hostile ones inside a bloc.");
            t.Field("frustratedWeight", "Float!", "The total weight of the frustrated relations, which the partition minimises (locally).")
                .Resolve(ctx => BlocAnalysis.FrustratedWeight(ctx.SourceAs<BlocPartition>()));
        });
        builder.Object("MediatorCandidate", "An actor with cooperative ties to both sides.", t =>
        {
            t.Field("actor", "Actor!", "The candidate mediator.").ResolveAsync(async ctx => ActorOrThrow(await Snapshot(ctx), ctx.SourceAs<MediatorCandidate>().Actor));
            t.Field("leverageOverA", "Float!", "Pairwise leverage over 'a' (see pairwiseLeverage).");
            t.Field("leverageOverB", "Float!", "Pairwise leverage over 'b'.");
            t.Field("score", "Float!", "sqrt(leverageOverA * leverageOverB): a mediator needs a hold on both sides.");
            t.Field("tiesToA", "[Relation!]!", "Its cooperative relations with 'a' (either direction), the evidence.");
            t.Field("tiesToB", "[Relation!]!", "Its cooperative relations with 'b'.");
        });
        builder.Object("MatrixPoint", "An actor on the alignment (x) - leverage (y) grid.", t =>
        {
            t.Field("actor", "Actor!", "The actor this dot stands for.").ResolveAsync(async ctx => ActorOrThrow(await Snapshot(ctx), ctx.SourceAs<MatrixPoint>().Actor));
            t.Field("alignment", "Float", "Alignment in [-1, 1] between the poles; null when no signed path reaches a pole.");
            t.Field("leverage", "Float!", "Leverage in [0, 1].");
            t.Field("quadrant", "String!", QuadrantDescription);
        });
    }

    private static readonly string QuadrantDescription =
        $"\"{StakeholderMatrix.Unaligned}\" when alignment is null or |alignment| < {StakeholderMatrix.AlignedAt}; otherwise " +
        $"\"{StakeholderMatrix.KeyAlly}\" / \"{StakeholderMatrix.MinorAlly}\" (alignment > 0, the first pole's side) or " +
        $"\"{StakeholderMatrix.KeyOpponent}\" / \"{StakeholderMatrix.MinorOpponent}\" (< 0), Key when leverage >= {StakeholderMatrix.KeyAt}.";

    private static PairwiseLeverageView Pairwise(GraphSnapshot snapshot, string holder, string subject, RelationFilter filter)
    {
        var relations = snapshot.MetricRelations(filter);
        return new PairwiseLeverageView(snapshot.ActorsById[holder], snapshot.ActorsById[subject],
            LeverageAnalysis.Pairwise(holder, subject, relations, snapshot.Catalog),
            LeverageAnalysis.PairwisePaths(holder, subject, relations, snapshot.Catalog));
    }
}
