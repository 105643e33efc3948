using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.GraphQL;

namespace InfluenceGraph.Server.Schema;

/// <summary>The Actor type's metric fields, with the narrative filter and their explanations.</summary>
public static partial class InfluenceSchema
{
    /// <summary>Called at the end of the Actor type: replaces leverage and alignment (adding 'claimedBy') and adds the breakdowns.</summary>
    private static void AddActorAnalysis(ObjectTypeBuilder t)
    {
        t.Field("leverage", "Float!", "Leverage in [0, 1]: PageRank over leverage relations reversed, the highest actor = 1. " + AnalysisFilterArgs)
            .Argument("asOf", "Date").Argument("types", "[String!]").Argument("status", "[ClaimStatus!]")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) =>
                Context(ctx).Memo("leverage", ctx.Arguments, snapshot, (ctx, snapshot), static s => s.snapshot.LeverageAll(AnalysisFilter(s.ctx, s.snapshot)))
                    .GetValueOrDefault(ctx.SourceAs<Actor>().Id)));
        t.Field("alignment", "Float", "Alignment in [-1, 1] between two poles (+1 = the first): null when no signed relation path reaches a pole. " + AnalysisFilterArgs)
            .Argument("poles", "[ID!]", "Two actor ids: the +1 pole, then the -1 pole. Default: india, pakistan.")
            .Argument("asOf", "Date").Argument("types", "[String!]").Argument("status", "[ClaimStatus!]")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) =>
                Context(ctx).Memo("alignment", ctx.Arguments, snapshot, (ctx, snapshot), static s =>
                    {
                        var (positive, negative) = KnownPoles(s.ctx, s.snapshot);
                        return s.snapshot.AlignmentAll(AnalysisFilter(s.ctx, s.snapshot), positive, negative);
                    })
                    .GetValueOrDefault(ctx.SourceAs<Actor>().Id)));
        t.Field("leverageBreakdown", "[LeverageContribution!]!",
                "Which of this actor's relations, over which actors, make up its leverage, largest first. " + AnalysisFilterArgs)
            .Argument("asOf", "Date").Argument("types", "[String!]").Argument("status", "[ClaimStatus!]")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var relations = snapshot.MetricRelations(AnalysisFilter(ctx, snapshot));
                return LeverageAnalysis.Breakdown(ctx.SourceAs<Actor>().Id, snapshot.AllActorIds, relations, snapshot.Catalog);
            });
        t.Field("alignmentBreakdown", "[AlignmentPull!]!",
                "Which signed relations pull this actor towards which pole, strongest first; empty for a pole or an actor without alignment. " + AnalysisFilterArgs)
            .Argument("poles", "[ID!]", "Two actor ids: the +1 pole, then the -1 pole. Default: india, pakistan.")
            .Argument("asOf", "Date").Argument("types", "[String!]").Argument("status", "[ClaimStatus!]")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var (positive, negative) = KnownPoles(ctx, snapshot);
                var relations = snapshot.MetricRelations(AnalysisFilter(ctx, snapshot));
                return AlignmentAnalysis.Breakdown(ctx.SourceAs<Actor>().Id, snapshot.AllActorIds, relations, snapshot.Catalog, positive, negative);
            });
    }
}
