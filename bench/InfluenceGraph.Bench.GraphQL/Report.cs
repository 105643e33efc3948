using System.Globalization;
using System.Text.Json;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// One table of everything run.sh measured, ours beside graphql-js's, with the ratio (above 1: ours is better): for
/// executions and requests per second ours / theirs, for latencies theirs / ours.
/// </summary>
internal static class Report
{
    private static readonly (string Query, string Label)[] Cases =
        [("graph", "graph query, seed"), ("actor", "actor(id) + relations, 10k/100k")];

    public static void Print(string output)
    {
        var ours = Best(output, "dotnet-inproc*.json");
        var theirs = Best(output, "node-inproc*.json");
        Console.WriteLine("| measure | InfluenceGraph (C#) | graphql-js 17.1.0 | ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (query, label) in Cases)
        {
            Console.WriteLine($"| results identical, {label} | {SameResult(output, query)} | | |");
            foreach (var (mode, modeLabel) in new[] { ("full", "parse+validate+execute"), ("execute", "execute only") })
                Row($"in-process {label}, {modeLabel} (executions/s)", Get(ours, $"{query}/{mode}"), Get(theirs, $"{query}/{mode}"), higherIsBetter: true);
        }

        foreach (var (query, label) in Cases)
        {
            var ourHttp = BestRun(output, $"http-dotnet-{query}*.json");
            var theirHttp = BestRun(output, $"http-node-{query}*.json");
            Row($"HTTP {label}, 50 connections (requests/s)", Get(ourHttp, "requestsPerSecond"), Get(theirHttp, "requestsPerSecond"), higherIsBetter: true);
            Row($"HTTP {label}, p50 latency (ms)", Get(ourHttp, "p50Ms"), Get(theirHttp, "p50Ms"), higherIsBetter: false);
            Row($"HTTP {label}, p99 latency (ms)", Get(ourHttp, "p99Ms"), Get(theirHttp, "p99Ms"), higherIsBetter: false);
            Row($"HTTP {label}, failed requests", Get(ourHttp, "failed"), Get(theirHttp, "failed"), higherIsBetter: null);
        }
    }

    private static void Row(string label, double? ours, double? theirs, bool? higherIsBetter)
    {
        var ratio = (ours, theirs, higherIsBetter) switch
        {
            ({ } o, { } t, true) when t > 0 => (o / t).ToString("F2", CultureInfo.InvariantCulture) + "x",
            ({ } o, { } t, false) when o > 0 => (t / o).ToString("F2", CultureInfo.InvariantCulture) + "x",
            _ => "",
        };
        Console.WriteLine($"| {label} | {Format(ours)} | {Format(theirs)} | {ratio} |");
    }

    private static string Format(double? value) => value switch
    {
        null => "n/a",
        >= 100 => value.Value.ToString("N0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    // The machine is shared, so each side runs several rounds, alternating: the best round of each is its speed.
    private static Dictionary<string, double>? Best(string output, string pattern)
    {
        var rounds = Directory.GetFiles(output, pattern).Select(Read).OfType<Dictionary<string, double>>().ToList();
        return rounds.Count == 0
            ? null
            : rounds.SelectMany(r => r.Keys).Distinct().ToDictionary(k => k, k => rounds.Max(r => r.GetValueOrDefault(k)));
    }

    // An HTTP run's numbers belong together: the run with the most requests per second, with its own latencies.
    private static Dictionary<string, double>? BestRun(string output, string pattern) =>
        Directory.GetFiles(output, pattern).Select(Read).OfType<Dictionary<string, double>>()
            .MaxBy(r => r.GetValueOrDefault("requestsPerSecond"));

    private static Dictionary<string, double>? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path)) : null;

    private static double? Get(Dictionary<string, double>? values, string key) =>
        values is not null && values.TryGetValue(key, out var value) ? value : null;

    private static string SameResult(string output, string query)
    {
        var ours = Path.Combine(output, $"dotnet-{query}.result.json");
        var theirs = Path.Combine(output, $"node-{query}.result.json");
        if (!File.Exists(ours) || !File.Exists(theirs))
            return "n/a";
        using var a = JsonDocument.Parse(File.ReadAllText(ours));
        using var b = JsonDocument.Parse(File.ReadAllText(theirs));
        return JsonElement.DeepEquals(a.RootElement, b.RootElement) && Keys(a.RootElement) == Keys(b.RootElement) ? "yes" : "NO";
    }

    // DeepEquals ignores property order; the response's key order matters too.
    private static string Keys(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => p.Name + ":" + Keys(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Keys)) + "]",
        _ => "",
    };
}
