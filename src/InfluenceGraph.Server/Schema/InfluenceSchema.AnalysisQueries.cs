using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.GraphQL;

namespace InfluenceGraph.Server.Schema;

/// <summary>The analysis fields of Query (issue 6): narratives, time, explanations, blocs, paths, mediators, the matrix.</summary>
public static partial class InfluenceSchema
{
    /// <summary>Called at the end of the Query type: replaces graph and relations (adding 'claimedBy') and adds the analysis queries.</summary>
    private static void AddAnalysisQueries(ObjectTypeBuilder t)
    {
        t.Field("relations", "[Relation!]!", "Relations passing the filter; 'actor' keeps those from or to that actor.")
            .Argument("types", "[String!]").Argument("actor", "ID").Argument("status", "[ClaimStatus!]").Argument("asOf", "Date")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var actor = Arguments.String(ctx, "actor");
                return snapshot.RelationsMatching(AnalysisFilter(ctx, snapshot)).Where(r => actor is null || r.From == actor || r.To == actor).ToArray();
            });
        t.Field("graph", "Graph!", "Every actor, and the relations passing the filter.")
            .Argument("types", "[String!]").Argument("status", "[ClaimStatus!]").Argument("asOf", "Date")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) => Graph(snapshot, AnalysisFilter(ctx, snapshot))));
        t.Field("contested", "[Relation!]!",
                "Relations claimed by one side and disputed or denied by another: every DISPUTED relation, and CLAIMED or DENIED ones " +
                "told differently elsewhere (another relation with the same from, type and to is DENIED, DISPUTED or CLAIMED) or DENIED yet still claimed. Only those active on 'asOf'.")
            .Argument("asOf", "Date")
            .ResolveAsync(async ctx => NarrativeComparison.Contested((await Snapshot(ctx)).RelationsMatching(Arguments.Filter(ctx))));
        t.Field("compareNarratives", "[ActorShift!]!",
                "Every actor's leverage and alignment in picture 'a' and in picture 'b' (e.g. India's account against Pakistan's), largest move first.")
            .Argument("a", "NarrativeInput!").Argument("b", "NarrativeInput!")
            .Argument("poles", "[ID!]", "The alignment axis: +1 pole, then -1 pole. Default: india, pakistan.")
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var (positive, negative) = KnownPoles(ctx, snapshot);
                var (a, b) = (NarrativeFilter(ctx, snapshot, "a"), NarrativeFilter(ctx, snapshot, "b"));
                return NarrativeComparison.Compare(snapshot.AllActorIds,
                    snapshot.LeverageAll(a), snapshot.AlignmentAll(a, positive, negative),
                    snapshot.LeverageAll(b), snapshot.AlignmentAll(b, positive, negative));
            });
        t.Field("changes", "Changes!", "What changed between two dates: relations that appeared or ended, and the actors whose leverage or alignment moved.")
            .Argument("from", "Date!").Argument("to", "Date!")
            .Argument("poles", "[ID!]", "The alignment axis: +1 pole, then -1 pole. Default: india, pakistan.")
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var (positive, negative) = KnownPoles(ctx, snapshot);
                var (from, to) = (Arguments.Date(ctx, "from")!.Value, Arguments.Date(ctx, "to")!.Value);
                if (from > to)
                    throw new GraphQLException(DatesOutOfOrder(from, to));
                var (a, b) = (new RelationFilter(AsOf: from), new RelationFilter(AsOf: to));
                var movers = NarrativeComparison.Compare(snapshot.AllActorIds,
                        snapshot.LeverageAll(a), snapshot.AlignmentAll(a, positive, negative),
                        snapshot.LeverageAll(b), snapshot.AlignmentAll(b, positive, negative))
                    .Where(s => s.Size > 1e-9).ToArray();
                return new ChangesView(NarrativeComparison.Appeared(from, to, snapshot.Relations), NarrativeComparison.Ended(from, to, snapshot.Relations), movers);
            });
        t.Field("pairwiseLeverage", "PairwiseLeverage!", "Leverage of 'holder' over 'subject' and the paths that carry it. " + AnalysisFilterArgs)
            .Argument("holder", "ID!").Argument("subject", "ID!").Argument("asOf", "Date").Argument("status", "[ClaimStatus!]")
            .Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var holder = KnownActor(ctx, snapshot, "holder")!;
                var subject = KnownActor(ctx, snapshot, "subject")!;
                return Pairwise(snapshot, holder, subject, AnalysisFilter(ctx, snapshot));
            });
        t.Field("blocs", "Blocs!",
                "Blocs by structural balance: the partition of the actors that minimises the weight of relations contradicting it " +
                "(cooperative between blocs, hostile inside one), found by a deterministic local search (single-actor moves in id order and " +
                "bloc merges, from every actor alone, until neither helps). " + AnalysisFilterArgs)
            .Argument("asOf", "Date").Argument("status", "[ClaimStatus!]").Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                return snapshot.BlocsOf(AnalysisFilter(ctx, snapshot));
            });
        t.Field("strongestPaths", "[Path!]!",
                $"How 'from' reaches 'to': the k strongest simple paths (direction ignored), strongest first. A step costs -ln(weight) of the strongest " +
                $"relation between its two actors, so a path costs -ln(product of its weights); ties go to fewer steps. Each step's relation carries its evidence. " +
                $"'k' in 1..{MaxStrongestPaths}, 'maxLength' in 1..{MaxStrongestPathLength}. DENIED relations are not steps.")
            .Argument("from", "ID!").Argument("to", "ID!").Argument("k", "Int", defaultValue: 3).Argument("maxLength", "Int", defaultValue: 5)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var from = KnownActor(ctx, snapshot, "from")!;
                var to = KnownActor(ctx, snapshot, "to")!;
                var k = BoundedInt(ctx, "k", 3, 1, MaxStrongestPaths);
                var maxLength = BoundedInt(ctx, "maxLength", 5, 1, MaxStrongestPathLength);
                return StrongestPaths.Find(from, to, k, maxLength, snapshot.MetricRelations(RelationFilter.None))
                    .Select(p => new PathView([.. p.Actors.Select(id => snapshot.ActorsById[id])], p.Relations)).ToArray();
            });
        t.Field("mediators", "[MediatorCandidate!]!",
                "Who could mediate between 'a' and 'b': actors with a cooperative relation (either direction) with each, ranked by " +
                "sqrt(leverage over a * leverage over b), then by the sum. Only relations active on 'asOf'; DENIED ones never count.")
            .Argument("a", "ID!").Argument("b", "ID!").Argument("asOf", "Date")
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var a = KnownActor(ctx, snapshot, "a")!;
                var b = KnownActor(ctx, snapshot, "b")!;
                if (a == b)
                    throw new GraphQLException(SameActors("a", "b", a));
                return MediatorAnalysis.Find(a, b, snapshot.MetricRelations(new RelationFilter(AsOf: Arguments.Date(ctx, "asOf"))), snapshot.Catalog);
            });
        t.Field("matrix", "[MatrixPoint!]!", "Every actor on the alignment-leverage grid, by leverage. " + QuadrantDescription + " " + AnalysisFilterArgs)
            .Argument("poles", "[ID!]", "The alignment axis: +1 pole, then -1 pole. Default: india, pakistan.")
            .Argument("asOf", "Date").Argument("status", "[ClaimStatus!]").Argument("claimedBy", "ID", ClaimedByDescription)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var (positive, negative) = KnownPoles(ctx, snapshot);
                var filter = AnalysisFilter(ctx, snapshot);
                return StakeholderMatrix.Compute(snapshot.AllActorIds, snapshot.LeverageAll(filter), snapshot.AlignmentAll(filter, positive, negative));
            });
    }
}
