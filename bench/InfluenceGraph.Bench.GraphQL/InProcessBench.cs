using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// Executions per second on one thread through the app's <see cref="GraphQLRunner"/> on GraphQL.NET, the way the app
/// runs a request (a fresh <see cref="RequestContext"/> each time, the store's snapshot already loaded): "full" parses
/// and validates every time (a new runner, so an empty document cache), "execute" reuses one runner whose cache holds
/// the parsed and validated document. Results are not serialised.
/// </summary>
internal static class InProcessBench
{
    public static GraphQLSerializer Serializer { get; } = GraphQLTransportServices.CreateSerializer();

    public static async Task RunAsync(string output, double warmupSeconds, double seconds, string round)
    {
        var schema = InfluenceSchema.Build();
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var query in new[] { "graph", "actor" })
        {
            var store = await BenchData.OpenAsync(BenchPaths.DataFor(query));
            var request = Request(query);
            var shared = new GraphQLRunner(schema);
            var check = await RunOnceAsync(shared, store, request);
            await File.WriteAllTextAsync(Path.Combine(output, $"dotnet-{query}.result.json"), Checked(check));

            results[$"{query}/full"] = Measure(() => RunOnceAsync(new GraphQLRunner(schema), store, request), warmupSeconds, seconds);
            results[$"{query}/execute"] = Measure(() => RunOnceAsync(shared, store, request), warmupSeconds, seconds);
            Console.WriteLine($"dotnet {query}: full {results[$"{query}/full"]:F0}/s, execute {results[$"{query}/execute"]:F0}/s");
        }

        await File.WriteAllTextAsync(Path.Combine(output, $"dotnet-inproc{round}.json"), JsonSerializer.Serialize(results));
    }

    /// <summary>Execute-only rate of any query text on a data set, with its allocations, to find which fields cost what.</summary>
    public static async Task ProbeAsync(string queryFile, string data, double seconds)
    {
        var store = await BenchData.OpenAsync(data);
        var runner = new GraphQLRunner(InfluenceSchema.Build());
        var request = new GraphQLRequest { Query = await File.ReadAllTextAsync(queryFile) };
        var check = await RunOnceAsync(runner, store, request);
        var before = GC.GetAllocatedBytesForCurrentThread();
        await RunOnceAsync(runner, store, request);
        Console.WriteLine($"allocated per execution: {GC.GetAllocatedBytesForCurrentThread() - before} bytes");
        Console.WriteLine($"{queryFile}: {Measure(() => RunOnceAsync(runner, store, request), seconds / 3, seconds):F0}/s, "
            + $"{Serializer.Serialize(check.Result).Length} chars, {check.Result.Errors?.Count ?? 0} errors");
    }

    /// <summary>A bench query with its variables, read as the app reads a POST body.</summary>
    public static GraphQLRequest Request(string query)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = BenchPaths.QueryText(query),
            ["variables"] = JsonDocument.Parse(BenchPaths.VariablesJson(query)).RootElement,
        });
        return new GraphQLRequestReader(Serializer).TryReadJson(Encoding.UTF8.GetBytes(body), out var request, out var error)
            ? request!
            : throw new InvalidOperationException(error);
    }

    public static Task<GraphQLOutcome> RunOnceAsync(GraphQLRunner runner, InfluenceStore store, GraphQLRequest request) =>
        runner.ExecuteAsync(request, Settings(store), CancellationToken.None);

    public static GraphQLExecutionSettings Settings(InfluenceStore store) =>
        new() { UserContext = new RequestContext(store, "read only") };

    /// <summary>The result as JSON, or an exception when the operation did not run cleanly.</summary>
    public static string Checked(GraphQLOutcome outcome)
    {
        var json = Serializer.Serialize(outcome.Result);
        return outcome.Kind == GraphQLOutcomeKind.Executed && outcome.Result.Errors is not { Count: > 0 }
            ? json
            : throw new InvalidOperationException(json);
    }

    // Batches of calls between clock reads; the first seconds only warm up (JIT tiers, caches).
    public static double Measure<T>(Func<Task<T>> run, double warmupSeconds, double seconds)
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
