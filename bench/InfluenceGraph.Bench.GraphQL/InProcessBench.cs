using System.Diagnostics;
using System.Text;
using System.Text.Json;
using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// Executions per second on one thread, the way the app runs a request (a fresh <see cref="RequestContext"/> each
/// time, the store's snapshot already loaded): "full" parses and validates every time (a new executor, so an empty
/// document cache), "execute" reuses one executor whose cache holds the parsed and validated document.
/// </summary>
internal static class InProcessBench
{
    public static async Task RunAsync(string output, double warmupSeconds, double seconds, string round)
    {
        var schema = InfluenceSchema.Build();
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var query in new[] { "graph", "actor" })
        {
            var store = await BenchData.OpenAsync(BenchPaths.DataFor(query));
            var request = Request(query);
            var shared = new GraphQLExecutor(schema);
            var check = await RunOnceAsync(shared, store, request);
            if (check.Errors.Count > 0)
                throw new InvalidOperationException(check.ToJson());
            await File.WriteAllTextAsync(Path.Combine(output, $"dotnet-{query}.result.json"), check.ToJson());

            results[$"{query}/full"] = Measure(() => RunOnceAsync(new GraphQLExecutor(schema), store, request), warmupSeconds, seconds);
            results[$"{query}/execute"] = Measure(() => RunOnceAsync(shared, store, request), warmupSeconds, seconds);
            Console.WriteLine($"dotnet {query}: full {results[$"{query}/full"]:F0}/s, execute {results[$"{query}/execute"]:F0}/s");
        }

        await File.WriteAllTextAsync(Path.Combine(output, $"dotnet-inproc{round}.json"), JsonSerializer.Serialize(results));
    }

    /// <summary>Execute-only rate of any query text on a data set, to find which fields cost what.</summary>
    public static async Task ProbeAsync(string queryFile, string data, double seconds)
    {
        var store = await BenchData.OpenAsync(data);
        var executor = new GraphQLExecutor(InfluenceSchema.Build());
        var request = new GraphQLRequest(await File.ReadAllTextAsync(queryFile));
        var check = await RunOnceAsync(executor, store, request);
        var before = GC.GetAllocatedBytesForCurrentThread();
        await RunOnceAsync(executor, store, request);
        Console.WriteLine($"allocated per execution: {GC.GetAllocatedBytesForCurrentThread() - before} bytes");
        Console.WriteLine($"{queryFile}: {Measure(() => RunOnceAsync(executor, store, request), seconds / 3, seconds):F0}/s, {check.ToJson().Length} chars, {check.Errors.Count} errors");
    }

    public static GraphQLRequest Request(string query)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = BenchPaths.QueryText(query),
            ["variables"] = JsonDocument.Parse(BenchPaths.VariablesJson(query)).RootElement,
        });
        return GraphQLRequest.TryParseJson(Encoding.UTF8.GetBytes(body), out var request, out var error)
            ? request!
            : throw new InvalidOperationException(error);
    }

    private static Task<ExecutionResult> RunOnceAsync(GraphQLExecutor executor, InfluenceStore store, GraphQLRequest request) =>
        executor.ExecuteAsync(request, new ExecutionOptions { UserContext = new RequestContext(store, "read only") });

    // Batches of calls between clock reads; the first seconds only warm up (JIT tiers, caches).
    private static double Measure(Func<Task<ExecutionResult>> run, double warmupSeconds, double seconds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < warmupSeconds)
            run().GetAwaiter().GetResult();
        long count = 0;
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 10; i++)
                run().GetAwaiter().GetResult();
            count += 10;
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
