using System.Text.Json;
using InfluenceGraph.Bench.Cypher;

// bench generate <small|large> <dir>: writes the synthetic graph's CSV files and query parameters.
// bench run <small|large> <dir> <result.json>: loads them into the embedded engine and measures (see bench/README.md).
switch (args)
{
    case ["generate", var size, var directory]:
        SyntheticGraph.Write(size, directory);
        Console.WriteLine($"generated {size} graph in {directory}");
        return 0;
    case ["run", var size, var directory, var output]:
        var result = EngineBench.Run(size, directory);
        File.WriteAllText(output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return 0;
    case ["time", var size, var directory, var query, var iterations]:
        // Times one query text on the loaded graph (for profiling a single figure).
        var (db, _) = EngineBench.LoadGraph(directory);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rows = 0;
        for (var i = 0; i < int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture); i++) rows = db.Run(query).Rows.Count;
        Console.WriteLine($"{size}: {watch.Elapsed.TotalMilliseconds / int.Parse(iterations, System.Globalization.CultureInfo.InvariantCulture):F2} ms per run, {rows} rows");
        return 0;
    case ["load", var directory, var rounds]:
        // Alternates the loads (UNWIND batches, LOAD CSV in memory and into a journalled store) for a number of rounds, printing each rate (for profiling the load).
        for (var i = 0; i < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var (_, (actors, relations)) = EngineBench.LoadGraph(directory);
            var unwind = (actors + relations) / started.Elapsed.TotalSeconds;
            var store = Directory.CreateTempSubdirectory("bench-store-").FullName;
            var durable = EngineBench.LoadCsvRate(directory, store);
            Directory.Delete(store, recursive: true);
            Console.WriteLine($"round {i}: UNWIND {unwind:F0} rows/s, LOAD CSV {EngineBench.LoadCsvRate(directory):F0} rows/s, LOAD CSV journalled {durable:F0} rows/s");
        }
        return 0;
    case ["loadcsv", var directory, var rounds]:
        // LOAD CSV alone into a new in-memory store per round, each rate with the GC's pauses; last, the median of the
        // rounds after the first (which includes the JIT).
        var rates = new List<double>();
        for (var i = 0; i < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); i++)
        {
            var pauses = GC.GetTotalPauseDuration();
            var rate = EngineBench.LoadCsvRate(directory);
            if (i > 0) rates.Add(rate);
            Console.WriteLine(FormattableString.Invariant($"round {i}: {rate:F0} rows/s (GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:F0} ms, server GC {System.Runtime.GCSettings.IsServerGC})"));
        }
        if (rates.Count > 0) Console.WriteLine(FormattableString.Invariant($"{rates.Order().ElementAt(rates.Count / 2):F0} rows/s, median of the warm rounds"));
        return 0;
    case ["merge", var rowCount, var mergeRounds]:
        // Bulk MERGE with and without ON CREATE / ON MATCH, and clause by clause (see bench/README.md).
        MergeBench.Run(int.Parse(rowCount, System.Globalization.CultureInfo.InvariantCulture), int.Parse(mergeRounds, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case ["snapshot", var nodes, var relsPerNode, var holdMs, var rounds]:
        // Reader latency during an open write transaction, point lookup and one-hop (see bench/README.md).
        SnapshotBench.Run(int.Parse(nodes, System.Globalization.CultureInfo.InvariantCulture), int.Parse(relsPerNode, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(holdMs, System.Globalization.CultureInfo.InvariantCulture), int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate <small|large> <dir> | run <small|large> <dir> <result.json> | load <dir> <rounds> | loadcsv <dir> <rounds> | merge <rows> <rounds> | snapshot <nodes> <rels per node> <writer hold ms> <rounds>");
        return 2;
}
