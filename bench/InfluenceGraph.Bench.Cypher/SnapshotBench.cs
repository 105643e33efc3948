using System.Diagnostics;
using System.Globalization;
using InfluenceGraph.Cypher;

namespace InfluenceGraph.Bench.Cypher;

/// <summary>
/// Reader latency while a writer holds a transaction open (snapshot reads answer at once; a lock makes them wait
/// for the writer), and point-lookup and one-hop times on an in-memory graph, so engine versions can be compared
/// side by side on the same machine.
/// </summary>
internal static class SnapshotBench
{
    public static void Run(int nodes, int relsPerNode, int writerHoldMs, int rounds)
    {
        using var db = CypherDatabase.InMemory();
        var load = Stopwatch.StartNew();
        db.Run("CREATE CONSTRAINT person_id FOR (p:Person) REQUIRE p.id IS UNIQUE");
        db.Run("UNWIND range(0, $n - 1) AS i CREATE (:Person {id: i, name: 'p' + i})", P("n", nodes));
        db.Run("UNWIND range(0, $n - 1) AS i MATCH (a:Person {id: i}) UNWIND range(1, $k) AS j MATCH (b:Person {id: (i * 7 + j * 13) % $n}) CREATE (a)-[:KNOWS {w: j}]->(b)",
            new Dictionary<string, object?> { ["n"] = nodes, ["k"] = relsPerNode });
        Console.WriteLine($"loaded {nodes} nodes, {nodes * relsPerNode} relationships in {load.Elapsed.TotalMilliseconds:F0} ms");

        var random = new Random(1);
        for (var round = 0; round < rounds; round++)
        {
            var point = Time(2000, () => db.Run("MATCH (p:Person {id: $id}) RETURN p.name", P("id", random.Next(nodes))));
            var hop = Time(2000, () => db.Run("MATCH (p:Person {id: $id})-[:KNOWS]->(f) RETURN count(f)", P("id", random.Next(nodes))));
            var blocked = ReadWhileWriterOpen(db, writerHoldMs, random.Next(nodes));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: point lookup {point:F1} us, one-hop {hop:F1} us, read during a {writerHoldMs} ms write transaction {blocked:F2} ms"));
        }
    }

    // The writer opens a transaction, writes, and holds it open writerHoldMs; a read started meanwhile is timed.
    private static double ReadWhileWriterOpen(CypherDatabase db, int writerHoldMs, int id)
    {
        using var written = new ManualResetEventSlim();
        var writer = Task.Run(() =>
        {
            using var tx = db.BeginTransaction();
            tx.Run("MATCH (p:Person {id: $id}) SET p.name = 'changed'", P("id", id));
            written.Set();
            Thread.Sleep(writerHoldMs);
            tx.Commit();
        });
        written.Wait();
        var watch = Stopwatch.StartNew();
        db.Run("MATCH (p:Person {id: $id}) RETURN p.name", P("id", id));
        var elapsed = watch.Elapsed.TotalMilliseconds;
        writer.Wait();
        return elapsed;
    }

    private static double Time(int iterations, Action action)
    {
        for (var i = 0; i < 200; i++) action();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++) action();
        return watch.Elapsed.TotalMilliseconds * 1000 / iterations;
    }

    private static Dictionary<string, object?> P(string name, object value) => new() { [name] = value };
}
