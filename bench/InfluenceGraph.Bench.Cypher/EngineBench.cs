using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Cypher;
using Path = System.IO.Path;

namespace InfluenceGraph.Bench.Cypher;

/// <summary>What one engine measured on one graph size (the node script writes the same shape for Kuzu).</summary>
internal sealed record BenchResult(string Engine, string Size, int Actors, int Relations, double LoadSeconds, double LoadRowsPerSecond,
    double LoadCsvRowsPerSecond, double LoadCsvAppGcRowsPerSecond, double BytesPerRelationship, string MemoryNote, IReadOnlyList<Figure> Figures);

/// <summary>Loads the synthetic graph into an in-memory <see cref="CypherDatabase"/> and times the benchmark's queries.</summary>
internal static class EngineBench
{
    private const int Batch = 10_000;

    public static BenchResult Run(string size, string directory)
    {
        var parameters = JsonSerializer.Deserialize<QueryParameters>(File.ReadAllText(Path.Combine(directory, "params.json")))!;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var (db, (actors, relations)) = LoadGraph(directory);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var figures = Queries(db, parameters);
        GC.KeepAlive(db);
        var csvRate = LoadCsvRate(directory);
        var appGcRate = LoadCsvRateWithTheAppsGc(directory);
        return new BenchResult("ours", size, actors, relations, watch.Elapsed.TotalSeconds, (actors + relations) / watch.Elapsed.TotalSeconds, csvRate,
            appGcRate, (after - before) / (double)relations, "GC heap after a full collection, minus before, over relationships (actors included)", figures);
    }

    /// <summary>Bulk load: the unique constraint first, then UNWIND batches of rows passed as a parameter.</summary>
    public static (CypherDatabase Db, (int Actors, int Relations) Counts) LoadGraph(string directory)
    {
        var db = CypherDatabase.InMemory();
        db.Run("CREATE CONSTRAINT actor_id FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        var actors = Load(db, Path.Combine(directory, "actors.csv"),
            "UNWIND $rows AS row CREATE (:Actor {id: row.id, name: row.name, kind: row.kind})",
            fields => new Dictionary<string, object?> { ["id"] = fields[0], ["name"] = fields[1], ["kind"] = fields[2] });
        var relations = Load(db, Path.Combine(directory, "relations.csv"),
            "UNWIND $rows AS row MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) "
            + "CREATE (a)-[:$(row.type) {weight: row.weight, status: row.status}]->(b)",
            fields => new Dictionary<string, object?>
            {
                ["from"] = fields[0], ["to"] = fields[1], ["type"] = fields[2],
                ["weight"] = double.Parse(fields[3], CultureInfo.InvariantCulture), ["status"] = fields[4],
            });
        return (db, (actors, relations));
    }

    /// <summary>
    /// The same files through LOAD CSV (what Kuzu's COPY FROM reads): the constraint, then one statement per file, the
    /// weight converted as the UNWIND load converts it. Timed after the queries (so warm, unlike the UNWIND load), on a store of its own (in memory, or journalled in
    /// <paramref name="store"/>).
    /// </summary>
    public static double LoadCsvRate(string directory, string? store = null)
    {
        var watch = Stopwatch.StartNew();
        var options = new CypherDatabaseOptions { ImportDirectory = Path.GetFullPath(directory) };
        using var db = store is null ? CypherDatabase.InMemory(options) : CypherDatabase.Open(store, options);
        db.Run("CREATE CONSTRAINT actor_id FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        var actors = db.Run("LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row CREATE (:Actor {id: row.id, name: row.name, kind: row.kind})").Counters.NodesCreated;
        var relations = db.Run("LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) "
            + "CREATE (a)-[:$(row.type) {weight: toFloat(row.weight), status: row.status}]->(b)").Counters.RelationshipsCreated;
        return (actors + relations) / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The LOAD CSV figure as the app runs it: in a fresh process with the server's garbage collector (server GC,
    /// concurrent: the Web SDK's defaults, which `cypher apply` and the server run with), four loads into stores of
    /// their own, the median of the last three (warm) counted. This process keeps the blocking workstation GC its query
    /// timings need.
    /// </summary>
    public static double LoadCsvRateWithTheAppsGc(string directory)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(EngineBench).Assembly.Location, "loadcsv", directory, "4" }) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        using var child = Process.Start(start)!;
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        child.WaitForExit();
        if (child.ExitCode != 0 || lines.Length == 0) throw new InvalidOperationException($"loadcsv child failed ({child.ExitCode})");
        return double.Parse(lines[^1].Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static int Load(CypherDatabase db, string file, string query, Func<string[], Dictionary<string, object?>> row)
    {
        var count = 0;
        var batch = new List<object?>(Batch);
        foreach (var line in File.ReadLines(file).Skip(1))
        {
            batch.Add(row(line.Split(',')));
            if (batch.Count < Batch) continue;
            count += Flush(db, query, batch);
        }
        return count + Flush(db, query, batch);
    }

    private static int Flush(CypherDatabase db, string query, List<object?> batch)
    {
        if (batch.Count == 0) return 0;
        db.Run(query, new Dictionary<string, object?> { ["rows"] = batch });
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static List<Figure> Queries(CypherDatabase db, QueryParameters p)
    {
        Dictionary<string, object?> Id(string id) => new() { ["id"] = id };
        var ids = p.PointIds.Select(Id).ToList();
        var hops = p.HopIds.Select(Id).ToList();
        var twoHops = p.TwoHopIds.Select(Id).ToList();
        var pairs = p.Pairs.Select(pair => new Dictionary<string, object?> { ["from"] = pair[0], ["to"] = pair[1] }).ToList();
        var none = new List<Dictionary<string, object?>> { new() };
        return
        [
            Harness.Measure("point lookup by id", ids, 3, args =>
                db.Run("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind", args).Rows.Count),
            Harness.Measure("all relations of an actor", hops, 2, args =>
                db.Run("MATCH (a:Actor {id: $id})-[r]-(b) RETURN type(r) AS type, r.weight AS weight, b.id AS other", args).Rows.Count),
            Harness.Measure("two-hop distinct neighbours", twoHops, 2, args =>
                (long)db.Run("MATCH (a:Actor {id: $id})--()--(c) WHERE c <> a RETURN count(DISTINCT c) AS n", args).Rows[0][0]!),
            Harness.Measure("shortest path (max 6 hops)", pairs, 2, args =>
                db.Run("MATCH p = shortestPath((a:Actor {id: $from})-[*..6]-(b:Actor {id: $to})) RETURN length(p) AS n", args)
                    .Rows.Sum(r => (long)r[0]!)),
            Harness.Measure("count of relations per type", none, 10, args =>
                db.Run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type", args)
                    .Rows.Select((r, i) => (i + 1) * (long)r[1]!).Sum()),
            Harness.Measure("top 10 by in-degree", none, 10, args =>
                db.Run("MATCH (a:Actor)<-[r]-() RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 10", args)
                    .Rows.Sum(r => (long)r[1]!)),
        ];
    }

    private sealed record QueryParameters(
        [property: System.Text.Json.Serialization.JsonPropertyName("pointIds")] List<string> PointIds,
        [property: System.Text.Json.Serialization.JsonPropertyName("hopIds")] List<string> HopIds,
        [property: System.Text.Json.Serialization.JsonPropertyName("twoHopIds")] List<string> TwoHopIds,
        [property: System.Text.Json.Serialization.JsonPropertyName("pairs")] List<string[]> Pairs);
}
