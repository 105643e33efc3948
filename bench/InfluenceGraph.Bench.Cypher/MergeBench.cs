using System.Diagnostics;
using InfluenceGraph.Cypher;

namespace InfluenceGraph.Bench.Cypher;

/// <summary>
/// UNWIND batches into a MERGE keyed by a unique constraint, half the rows new and half repeating an id: without
/// actions, with ON CREATE SET / ON MATCH SET (the compiled bulk plan), and the same with `WITH *` in front (the
/// clause-by-clause run), alternating their order each round; the first round warms up and is not counted.
/// </summary>
internal static class MergeBench
{
    private const string Actions = " ON CREATE SET a.name = row.name, a.created = true ON MATCH SET a.seen = coalesce(a.seen, 0) + 1";

    private static readonly (string Name, string Text)[] Statements =
    [
        ("MERGE, no actions (bulk plan)", "UNWIND $rows AS row MERGE (a:Actor {id: row.id})"),
        ("MERGE + ON CREATE / ON MATCH (bulk plan)", "UNWIND $rows AS row MERGE (a:Actor {id: row.id})" + Actions),
        ("MERGE + ON CREATE / ON MATCH (clause by clause)", "UNWIND $rows AS row WITH * MERGE (a:Actor {id: row.id})" + Actions),
    ];

    public static void Run(int count, int rounds)
    {
        var rows = Enumerable.Range(0, count)
            .Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"a{i % Math.Max(1, count / 2)}", ["name"] = $"n{i}" })
            .ToList();
        var times = Statements.ToDictionary(s => s.Name, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
            foreach (var (name, text) in round % 2 == 0 ? Statements : Statements.Reverse())
            {
                using var db = CypherDatabase.InMemory();
                db.Run("CREATE CONSTRAINT FOR (a:Actor) REQUIRE a.id IS UNIQUE");
                var watch = Stopwatch.StartNew();
                db.Run(text, new Dictionary<string, object?> { ["rows"] = rows });
                if (round > 0) times[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        foreach (var (name, list) in times)
        {
            var median = list.Order().ElementAt(list.Count / 2);
            Console.WriteLine($"{name,-50} median {median,6:F0} ms, {count / median * 1000,7:F0} rows/s (runs: {string.Join(", ", list.Select(t => t.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms)");
        }
    }
}
