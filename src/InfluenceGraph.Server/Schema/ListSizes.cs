using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// How long the schema's unpaginated lists are in the graph being served, for the cost of a query: 'actors' costs as
/// many times what it selects as the graph has actors, so forty aliased copies of it on a large graph are refused
/// before they run. Capped at GraphQL:MaxListItems, beyond which such a list answers an error anyway.
/// </summary>
internal static class ListSizes
{
    public static Func<string, string, long?>? For(GraphSnapshot? snapshot, int maxListItems)
    {
        if (snapshot is null)
            return null;
        long actors = Math.Min(snapshot.Actors.Count, maxListItems);
        long relations = Math.Min(snapshot.Relations.Count, maxListItems);
        // An actor's relations: the average degree, for a list of actors asking for each one's relations.
        var degree = Math.Max(1, (long)Math.Ceiling(2.0 * snapshot.Relations.Count / Math.Max(1, snapshot.Actors.Count)));
        return (type, field) => (type, field) switch
        {
            ("Query" or "Graph", "actors") => actors,
            ("Query" or "Graph", "relations") or ("Query", "contested") or ("Changes", "appeared" or "ended") => relations,
            ("Query", "matrix" or "compareNarratives") or ("Changes", "movers") => actors,
            ("Actor", "relations" or "leverageBreakdown" or "alignmentBreakdown") => Math.Min(degree, maxListItems),
            ("Query", "relationsById") => InfluenceSchema.MaxRelationsById,
            _ => null,
        };
    }
}
