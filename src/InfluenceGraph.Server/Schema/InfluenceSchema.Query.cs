using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Schema;

/// <summary>The contract's Query fields; the analysis fields of Query are in InfluenceSchema.AnalysisQueries.</summary>
public static partial class InfluenceSchema
{
    // The limits schema.graphql's descriptions state (a test holds the two together).
    internal const int MaxNeighbourhoodDepth = 4;
    internal const int MaxPathLength = 6;
    internal const int MaxRelationsById = 500;

    private static void BindQuery(SchemaBindings bind)
    {
        bind.FieldAsync("Query", "actors", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var kind = Arguments.String(c, "kind");
            var search = Arguments.String(c, "search")?.Trim();
            var actors = kind is null && string.IsNullOrEmpty(search)
                ? snapshot.Actors
                : snapshot.Actors.Where(a => (kind is null || a.Kind == kind) && Matches(a, search)).ToArray();
            return Bounded(c, actors, "actors", "actorsPage(first, after)");
        }));
        bind.FieldAsync("Query", "actor", static c => WithSnapshot(c, static (snapshot, c) => snapshot.ActorsById.GetValueOrDefault(Arguments.String(c, "id")!)));
        bind.FieldAsync("Query", "neighborhood", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var id = Arguments.String(c, "id")!;
            var depth = Arguments.Int(c, "depth", 1);
            if (!snapshot.ActorsById.ContainsKey(id))
                throw AppFailure.NotFound($"Unknown actor '{id}'.");
            if (depth is < 0 or > MaxNeighbourhoodDepth)
                throw AppFailure.InvalidInput($"'depth' must be between 0 and {MaxNeighbourhoodDepth}, not {depth}.");
            var ids = GraphWalks.Neighbourhood(id, depth, snapshot.Relations);
            return new GraphView(
                snapshot.Actors.Where(a => ids.Contains(a.Id)).ToArray(),
                snapshot.Relations.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).ToArray());
        }));
        bind.FieldAsync("Query", "paths", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var from = Arguments.String(c, "from")!;
            var to = Arguments.String(c, "to")!;
            var maxLength = Arguments.Int(c, "maxLength", 4);
            foreach (var id in new[] { from, to })
                if (!snapshot.ActorsById.ContainsKey(id))
                    throw AppFailure.NotFound($"Unknown actor '{id}'.");
            if (maxLength is < 1 or > MaxPathLength)
                throw AppFailure.InvalidInput($"'maxLength' must be between 1 and {MaxPathLength}, not {maxLength}.");
            return GraphWalks.Paths(from, to, maxLength, snapshot.Relations)
                .Select(p => new PathView([.. p.Actors.Select(a => snapshot.ActorsById[a])], p.Relations))
                .ToArray();
        }));
        bind.Field("Query", "relationTypes", static c => Context(c).Store.Catalog.Types);
        bind.Field("Query", "defaultPoles", static c => new[] { Context(c).Settings.PositivePole, Context(c).Settings.NegativePole });
        bind.FieldAsync("Query", "relationsById", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var ids = Arguments.Strings(c, "ids")!;
            if (ids.Count > MaxRelationsById)
                throw AppFailure.InvalidInput($"'ids' may name at most {MaxRelationsById} relations, not {ids.Count}: ask in batches.");
            return ids.Select(id => snapshot.RelationsById.GetValueOrDefault(id)).OfType<InfluenceGraph.Domain.Model.Relation>().ToArray();
        }));
        bind.FieldAsync("Query", "sources", static c => WithSnapshot(c, static (snapshot, _) => snapshot.Sources));
        bind.FieldAsync("Query", "dataProblems", static c => WithSnapshot(c, static (snapshot, c) =>
            Bounded(c, snapshot.DataProblems, "dataProblems", "/healthz for the count, then fix the store")));
    }
}
