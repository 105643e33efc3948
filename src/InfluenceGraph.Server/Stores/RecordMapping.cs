using InfluenceGraph.Server.Failures;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>Turns the maps the queries return into domain records, tolerating what Neo4j and the embedded engine each hand back.</summary>
internal static class RecordMapping
{
    public static Actor ToActor(object? value)
    {
        var map = AsMap(value, "actor");
        return new Actor(
            String(map, "id") ?? throw Missing("actor", "id"),
            String(map, "name") ?? throw Missing("actor", "name"),
            String(map, "kind") ?? throw Missing("actor", "kind"),
            Strings(map, "aliases"),
            String(map, "country"),
            String(map, "description"));
    }

    public static Relation ToRelation(object? value)
    {
        var map = AsMap(value, "relation");
        return new Relation(
            String(map, "id") ?? throw Missing("relation", "id"),
            String(map, "type") ?? throw Missing("relation", "type"),
            String(map, "from") ?? throw Missing("relation", "from"),
            String(map, "to") ?? throw Missing("relation", "to"),
            Number(map, "weight") ?? throw new AppFailure(FailureKind.DataError, $"Relation '{String(map, "id")}': the weight is missing or not a number."),
            String(map, "status") ?? throw Missing("relation", "status"),
            Strings(map, "claimedBy"),
            Date(map, "since"),
            Date(map, "until"),
            String(map, "quote") ?? throw Missing("relation", "quote"),
            String(map, "source") ?? throw Missing("relation", "source"));
    }

    public static Source ToSource(object? value)
    {
        var map = AsMap(value, "source");
        var id = String(map, "id") ?? throw Missing("source", "id");
        return new Source(id, String(map, "title") ?? id, String(map, "publisher") ?? "", Date(map, "published"), String(map, "url"));
    }

    public static long ToLong(object? value) => value switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => 0,
    };

    private static IReadOnlyDictionary<string, object?> AsMap(object? value, string what) =>
        value as IReadOnlyDictionary<string, object?>
        ?? throw new AppFailure(FailureKind.DataError, $"Expected a map for the {what}, got {value?.GetType().Name ?? "null"}.");

    private static string? String(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static double? Number(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) ? v switch { double d => d, long l => l, int i => i, _ => null } : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) ? v switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            string s when DateOnly.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        } : null;

    // An exact-size array, the empty one shared: a growable list per relation would carry its spare capacity and a
    // wrapper, a million times over on a large graph.
    private static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> map, string key)
    {
        if (!map.TryGetValue(key, out var v) || v is not System.Collections.IEnumerable items || v is string)
            return [];
        var values = new List<string>();
        foreach (var item in items)
            if (item is not null)
                values.Add(item.ToString()!);
        return values.Count == 0 ? [] : values.ToArray();
    }

    private static AppFailure Missing(string what, string key) => new(FailureKind.DataError, $"A stored {what} has no '{key}'.");
}
