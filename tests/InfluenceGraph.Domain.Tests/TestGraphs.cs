using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Tests;

/// <summary>Small hand-made graphs and a catalog whose factors make the expected answers easy to work out by hand.</summary>
internal static class TestGraphs
{
    public static readonly RelationCatalog Catalog = new(
    [
        new RelationType("CONTROLS", "full leverage", 1, 1.0, []),
        new RelationType("FUNDS", "some leverage", 1, 0.6, []),
        new RelationType("SUPPORTS", "cooperative", 1, 0.5, []),
        new RelationType("ATTACKS", "hostile", -1, 0.0, []),
        new RelationType("MENTIONS", "neutral", 0, 0.0, []),
    ]);

    private static int _next;

    public static Relation Rel(string from, string type, string to, double weight = 1, string status = ClaimStatuses.Confirmed,
        DateOnly? since = null, DateOnly? until = null) =>
        new($"r{Interlocked.Increment(ref _next)}", type, from, to, weight, status, [], since, until, "quote", "src");
}
