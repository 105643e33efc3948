using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.GraphQL;

namespace InfluenceGraph.Server.Schema;

public static partial class InfluenceSchema
{
    private const int MaxNeighbourhoodDepth = 4;
    private const int MaxPathLength = 6;

    private static void AddQuery(SchemaBuilder builder) => builder.Object("Query", "Reads are public.", t =>
    {
        t.Field("actors", "[Actor!]!", "Actors, by name; 'search' matches names and aliases, ignoring case.")
            .Argument("kind", "ActorKind").Argument("search", "String")
            .ResolveAsync(async ctx =>
            {
                var kind = Arguments.String(ctx, "kind");
                var search = Arguments.String(ctx, "search")?.Trim();
                return (await Snapshot(ctx)).Actors
                    .Where(a => kind is null || a.Kind == kind)
                    .Where(a => string.IsNullOrEmpty(search)
                        || a.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || a.Id.Contains(search, StringComparison.OrdinalIgnoreCase)
                        || a.Aliases.Any(alias => alias.Contains(search, StringComparison.OrdinalIgnoreCase)))
                    .ToArray();
            });
        t.Field("actor", "Actor", "One actor by id; null when there is none.")
            .Argument("id", "ID!")
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) => snapshot.ActorsById.GetValueOrDefault(Arguments.String(ctx, "id")!)));
        t.Field("neighborhood", "Graph!", $"The actors within 'depth' relations of an actor (at most {MaxNeighbourhoodDepth}), and the relations among them.")
            .Argument("id", "ID!").Argument("depth", "Int", defaultValue: 1)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var id = Arguments.String(ctx, "id")!;
                var depth = Arguments.Int(ctx, "depth", 1);
                if (!snapshot.ActorsById.ContainsKey(id))
                    throw new GraphQLException($"Unknown actor '{id}'.");
                if (depth is < 0 or > MaxNeighbourhoodDepth)
                    throw new GraphQLException($"'depth' must be between 0 and {MaxNeighbourhoodDepth}, not {depth}.");
                var ids = GraphWalks.Neighbourhood(id, depth, snapshot.Relations);
                return new GraphView(
                    snapshot.Actors.Where(a => ids.Contains(a.Id)).ToArray(),
                    snapshot.Relations.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).ToArray());
            });
        t.Field("paths", "[Path!]!", $"Simple paths between two actors (direction ignored), shortest first, at most {GraphWalks.MaxPaths}; 'maxLength' at most {MaxPathLength}.")
            .Argument("from", "ID!").Argument("to", "ID!").Argument("maxLength", "Int", defaultValue: 4)
            .ResolveAsync(async ctx =>
            {
                var snapshot = await Snapshot(ctx);
                var from = Arguments.String(ctx, "from")!;
                var to = Arguments.String(ctx, "to")!;
                var maxLength = Arguments.Int(ctx, "maxLength", 4);
                foreach (var id in new[] { from, to })
                    if (!snapshot.ActorsById.ContainsKey(id))
                        throw new GraphQLException($"Unknown actor '{id}'.");
                if (maxLength is < 1 or > MaxPathLength)
                    throw new GraphQLException($"'maxLength' must be between 1 and {MaxPathLength}, not {maxLength}.");
                return GraphWalks.Paths(from, to, maxLength, snapshot.Relations)
                    .Select(p => new PathView([.. p.Actors.Select(a => snapshot.ActorsById[a])], p.Relations))
                    .ToArray();
            });
        t.Field("relationTypes", "[RelationType!]!", "The relation catalog.")
            .Resolve(ctx => Context(ctx).Store.Catalog.Types);
        t.Field("sources", "[Source!]!", "The articles the relations quote.")
            .ResolveAsync(async ctx => (await Snapshot(ctx)).Sources);
        AddAnalysisQueries(t);
    });
}
