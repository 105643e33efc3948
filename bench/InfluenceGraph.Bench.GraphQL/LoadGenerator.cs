using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// A closed-loop HTTP load: <c>connections</c> loops, each POSTing the query and reading the whole answer before the
/// next, over that many keep-alive connections, for a fixed time after a warm-up (by default 2 s, or a fifth of the
/// time if shorter). The same generator measures both servers; a non-200 answer or an answer with errors counts as a
/// failure.
/// </summary>
internal static class LoadGenerator
{
    public static async Task RunAsync(string url, string query, string output, double seconds, int connections, double? warmupSeconds)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = BenchPaths.QueryText(query),
            ["variables"] = JsonDocument.Parse(BenchPaths.VariablesJson(query)).RootElement,
        });
        var payload = Encoding.UTF8.GetBytes(body);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        await WaitForServerAsync(client, url, payload);
        await RunLoopsAsync(client, url, payload, connections, TimeSpan.FromSeconds(warmupSeconds ?? Math.Min(2, seconds / 5)), null);
        var latencies = new List<double>[connections];
        var (ok, failed, elapsed) = await RunLoopsAsync(client, url, payload, connections, TimeSpan.FromSeconds(seconds), latencies);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var result = new Dictionary<string, double>
        {
            ["requestsPerSecond"] = ok / elapsed.TotalSeconds,
            ["p50Ms"] = Percentile(all, 0.50),
            ["p99Ms"] = Percentile(all, 0.99),
            ["failed"] = failed,
            ["requests"] = ok,
        };
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result));
        Console.WriteLine($"{url} {query}: {result["requestsPerSecond"]:F0} req/s, p50 {result["p50Ms"]:F2} ms, p99 {result["p99Ms"]:F2} ms, {failed} failed");
    }

    private static async Task<(long Ok, long Failed, TimeSpan Elapsed)> RunLoopsAsync(
        HttpClient client, string url, byte[] payload, int connections, TimeSpan duration, List<double>[]? latencies)
    {
        long ok = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, connections).Select(i => Task.Run(async () =>
        {
            var mine = new List<double>(4096);
            if (latencies is not null)
                latencies[i] = mine;
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(payload);
                content.Headers.ContentType = new("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content, Version = HttpVersion.Version11 };
                request.Headers.Accept.ParseAdd("application/graphql-response+json");
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    var text = await response.Content.ReadAsByteArrayAsync();
                    var good = response.StatusCode == HttpStatusCode.OK && text.AsSpan().IndexOf("\"errors\""u8) < 0;
                    Interlocked.Increment(ref good ? ref ok : ref failed);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(loops);
        return (Interlocked.Read(ref ok), Interlocked.Read(ref failed), clock.Elapsed);
    }

    // The server was just started: wait (at most a minute) until it answers the query.
    private static async Task WaitForServerAsync(HttpClient client, string url, byte[] payload)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            try
            {
                using var content = new ByteArrayContent(payload);
                content.Headers.ContentType = new("application/json");
                using var response = await client.PostAsync(url, content);
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
                throw new TimeoutException($"{url} did not answer within a minute.");
            await Task.Delay(200);
        }
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
