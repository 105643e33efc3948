using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceGraph.Bench.Scale;

/// <summary>
/// The HTTP half of the scale benchmark, against a running server: the first queries after the start (the snapshot,
/// leverage and alignment for every actor), the page's own queries (as the browser half recorded them: sizes
/// uncompressed, with brotli and with gzip, latencies), 50 concurrent page loads with the server's RSS sampled, and
/// writes per second with 20 readers running, in alternating rounds of readers alone and readers with writers.
/// Everything is measured from outside the server: the clock here, /proc/PID/status for memory.
/// </summary>
internal static class HttpBench
{
    private const string Poles = "[\"india\", \"pakistan\"]";

    public static async Task<int> RunAsync(Options o)
    {
        var url = o.Required("url").TrimEnd('/');
        var key = o.Required("key");
        var pid = o.Int("pid", 0);
        var manifest = Manifest.Read(o.Required("manifest"));
        var runs = o.Int("runs", 30);
        var seconds = o.Double("seconds", 10);
        var rounds = o.Int("rounds", 2);
        var readers = o.Int("readers", 20);
        var writers = o.Int("writers", 4);
        var concurrent = o.Int("concurrent", 50);
        var only = o.Str("only", "all");
        var result = new JsonObject { ["url"] = url, ["started"] = DateTime.UtcNow.ToString("O") };
        var memory = new JsonArray();
        result["memory"] = memory;
        void Mark(string when) { if (pid > 0) memory.Add(ProcMemory.Read(pid).ToJson(when)); }

        using var http = Client(url);
        // Every request carries the key; the server reads it only for mutations.
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Mark("started");

        // 1. The first queries after the start: the snapshot, then leverage and alignment for every actor (the first
        //    page computes them for all actors at once), then every page of them, twice.
        if (only is "all" or "cold")
        {
            var first = await TimeAsync(http, Body("{ actorsPage(first: 1) { totalCount } }"), "identity");
            result["firstQueryMs"] = first.Ms;
            var metricsQuery = $"query All($after: String) {{ actorsPage(first: 1000, after: $after) {{ nodes {{ id leverage alignment(poles: {Poles}) }} pageInfo {{ hasNextPage endCursor }} totalCount }} }}";
            var cold = await TimeAsync(http, Body(metricsQuery), "identity");
            result["metricsFirstPageColdMs"] = cold.Ms;
            result["metricsAll"] = await AllActorsAsync(http, metricsQuery);
            result["metricsAllAgain"] = await AllActorsAsync(http, metricsQuery);
            Mark("after metrics");

            var facts = await QueryAsync(http, "{ a: actorsPage(first: 1) { totalCount } r: relationsPage(first: 1) { totalCount } dataProblems { record id problem } }");
            var problems = facts["dataProblems"]!.AsArray();
            result["totals"] = new JsonObject
            {
                ["actors"] = facts["a"]!["totalCount"]!.GetValue<int>(),
                ["relations"] = facts["r"]!["totalCount"]!.GetValue<int>(),
                ["dataProblems"] = problems.Count,
                ["firstProblem"] = problems.Count > 0 ? problems[0]!["problem"]!.GetValue<string>() : null,
            };
        }

        // 2. The page's queries, as recorded by the browser half (first of each operation name).
        if (only is "all" or "page")
        {
            var queries = PageQueries(o.Str("queries", ""));
            var page = new JsonArray();
            foreach (var q in queries)
                page.Add(await MeasureQueryAsync(http, q, runs));
            result["pageQueries"] = page;
            Mark("after page queries");

            // 3. 50 concurrent page loads (each worker sends the page's start queries in turn, accepting brotli as Chromium does).
            result["concurrentPage"] = await LoadAsync(http, concurrent, seconds, pid, queries.Where(q => q.Phase == "start").Select(q => q.Body).ToArray());
            Mark("after concurrent page queries");
        }

        // 4. Writes with readers: alternate rounds of readers alone and readers with writers, then writers alone.
        if (only is "all" or "writes")
        {
            var random = new Random(7);
            var prefix = "bench-" + Guid.NewGuid().ToString("N")[..8];
            var reader = o.Str("reader", "metrics");
            result["reader"] = reader;
            var readBodies = Enumerable.Range(0, 2000).Select(_ => ReaderBody(manifest, random, reader == "metrics")).ToArray();
            var writeCounter = 0;
            byte[] NextWrite()
            {
                var n = Interlocked.Increment(ref writeCounter);
                return WriteBody(manifest, new Random(n), $"{prefix}-{n}");
            }
            var phases = new JsonArray();
            for (var round = 1; round <= rounds; round++)
            {
                phases.Add(await MixedAsync(http, "readers", round, readers, 0, seconds, pid, readBodies, NextWrite));
                phases.Add(await MixedAsync(http, "readers+writers", round, readers, writers, seconds, pid, readBodies, NextWrite));
            }
            phases.Add(await MixedAsync(http, "writers", 1, 0, writers, seconds, pid, readBodies, NextWrite));
            result["writePhases"] = phases;
            Mark("after writes");
        }

        result["finished"] = DateTime.UtcNow.ToString("O");
        var output = o.Required("out");
        File.WriteAllText(output, result.ToJsonString(Json.Options));
        Console.WriteLine($"http: wrote {output}");
        return 0;
    }

    private static HttpClient Client(string url) =>
        new(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 1000,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            UseCookies = false,
        })
        { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(5) };

    public static byte[] Body(string query, JsonNode? variables = null, string? operationName = null)
    {
        var o = new JsonObject { ["query"] = query, ["variables"] = variables ?? new JsonObject() };
        if (operationName is not null) o["operationName"] = operationName;
        return Encoding.UTF8.GetBytes(o.ToJsonString());
    }

    internal sealed record Timed(double Ms, int Status, byte[] Body, string? Encoding);

    private static async Task<Timed> TimeAsync(HttpClient http, byte[] body, string encoding, CancellationToken token = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json, application/json");
        if (encoding != "identity")
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        var bytes = await response.Content.ReadAsByteArrayAsync(token);
        var ms = clock.Elapsed.TotalMilliseconds;
        return new Timed(ms, (int)response.StatusCode, bytes, response.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    private static async Task<JsonNode> QueryAsync(HttpClient http, string query)
    {
        var t = await TimeAsync(http, Body(query), "identity");
        var node = JsonNode.Parse(t.Body)!;
        if (node["errors"] is { } errors)
            throw new InvalidOperationException($"{query}: {errors.ToJsonString()}");
        return node["data"]!;
    }

    private static async Task<JsonObject> AllActorsAsync(HttpClient http, string query)
    {
        var clock = Stopwatch.StartNew();
        string? after = null;
        var pages = 0;
        var actors = 0;
        var withAlignment = 0;
        long bytes = 0;
        while (true)
        {
            var t = await TimeAsync(http, Body(query, new JsonObject { ["after"] = after }), "identity");
            bytes += t.Body.Length;
            var node = JsonNode.Parse(t.Body)!;
            if (node["errors"] is { } errors)
                return new JsonObject { ["error"] = errors.ToJsonString() };
            var page = node["data"]!["actorsPage"]!;
            pages++;
            foreach (var a in page["nodes"]!.AsArray())
            {
                actors++;
                if (a!["alignment"] is not null) withAlignment++;
            }
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        return new JsonObject
        {
            ["ms"] = clock.Elapsed.TotalMilliseconds, ["pages"] = pages, ["actors"] = actors,
            ["withAlignment"] = withAlignment, ["bytes"] = bytes,
        };
    }

    internal sealed record PageQuery(string Name, string Phase, byte[] Body);

    /// <summary>The page's queries recorded by the browser half (one per operation name, in the order sent).</summary>
    private static List<PageQuery> PageQueries(string file)
    {
        if (file.Length == 0 || !File.Exists(file))
            throw new InvalidOperationException("no recorded page queries (--queries=FILE from the browser half)");
        var list = new List<PageQuery>();
        foreach (var item in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
        {
            var name = item!["operationName"]?.GetValue<string>() ?? "(anonymous)";
            if (list.Any(q => q.Name == name)) continue;
            list.Add(new PageQuery(name, item["phase"]?.GetValue<string>() ?? "start", Encoding.UTF8.GetBytes(item["body"]!.GetValue<string>())));
        }
        return list;
    }

    private static readonly string[] Encodings = ["identity", "br", "gzip"];

    private static async Task<JsonObject> MeasureQueryAsync(HttpClient http, PageQuery q, int runs)
    {
        var check = await TimeAsync(http, q.Body, "identity");
        var errors = check.Status != 200 || JsonNode.Parse(check.Body)?["errors"] is not null
            ? Encoding.UTF8.GetString(check.Body, 0, Math.Min(300, check.Body.Length)) : null;
        for (var i = 0; i < 2; i++)
            await TimeAsync(http, q.Body, "br");
        var times = Encodings.ToDictionary(e => e, _ => new List<double>());
        var sizes = Encodings.ToDictionary(e => e, _ => 0);
        var served = Encodings.ToDictionary(e => e, _ => (string?)null);
        // Alternating encodings run by run, so a noisy moment of the machine falls on all three alike.
        for (var run = 0; run < runs; run++)
            for (var k = 0; k < Encodings.Length; k++)
            {
                var e = Encodings[(run + k) % Encodings.Length];
                var t = await TimeAsync(http, q.Body, e);
                times[e].Add(t.Ms);
                sizes[e] = t.Body.Length;
                served[e] = t.Encoding ?? "identity";
            }
        var o = new JsonObject
        {
            ["name"] = q.Name, ["phase"] = q.Phase, ["requestBytes"] = q.Body.Length, ["errors"] = errors,
            ["bytes"] = sizes["identity"], ["brBytes"] = sizes["br"], ["gzipBytes"] = sizes["gzip"],
            ["brServed"] = served["br"], ["gzipServed"] = served["gzip"], ["runs"] = runs,
        };
        foreach (var e in Encodings)
        {
            o[e + "P50Ms"] = Stats.Percentile(times[e], 50);
            o[e + "P99Ms"] = Stats.Percentile(times[e], 99);
        }
        return o;
    }

    /// <summary>`workers` clients each sending `bodies` in turn for `seconds`, the server's RSS sampled meanwhile.</summary>
    private static async Task<JsonObject> LoadAsync(HttpClient http, int workers, double seconds, int pid, byte[][] bodies)
    {
        using var sampler = new RssSampler(pid);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var latencies = new List<double>[workers];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = [];
            var i = w;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var t = await TimeAsync(http, bodies[i++ % bodies.Length], "br", stop.Token);
                    if (t.Status != 200) Interlocked.Increment(ref failures);
                    mine.Add(t.Ms);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                catch (HttpRequestException) { Interlocked.Increment(ref failures); }
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        var mem = sampler.Stop();
        return new JsonObject
        {
            ["workers"] = workers, ["seconds"] = elapsed, ["requests"] = all.Count, ["failures"] = failures,
            ["perSecond"] = all.Count / elapsed, ["p50Ms"] = Stats.Percentile(all, 50), ["p99Ms"] = Stats.Percentile(all, 99),
            ["maxRssMb"] = mem.MaxRssMb, ["hwmMb"] = mem.HwmMb,
        };
    }

    /// <summary>
    /// A reader's query: an actor with the first 20 of its relations, and (`metrics`, the default) its leverage and
    /// alignment, which a write makes the server compute again; `--reader=plain` leaves them out, to tell the cost of
    /// recomputing the metrics from the cost of the write itself.
    /// </summary>
    private static byte[] ReaderBody(Manifest m, Random random, bool metrics)
    {
        var id = Manifest.ActorId(random.Next(m.Actors));
        var fields = metrics ? $"leverage alignment(poles: {Poles}) " : "";
        return Body($"query Reader($id: ID!) {{ actor(id: $id) {{ id name kind {fields}relationsPage(first: 20) {{ nodes {{ id type weight status from {{ id }} to {{ id }} }} totalCount }} }} }}",
            new JsonObject { ["id"] = id }, "Reader");
    }

    private static readonly string[] WriteTypes = ["SUPPORTS", "ACCUSES", "COOPERATES_WITH", "CRITICIZES", "MEDIATES", "ATTACKS"];

    /// <summary>Nine in ten an addRelation between two generated actors, one in ten an upsertActor of a generated person.</summary>
    private static byte[] WriteBody(Manifest m, Random random, string id)
    {
        if (random.Next(10) == 0)
        {
            var person = Manifest.ActorId(m.Actors - 1 - random.Next(m.Actors / 2));
            return Body("mutation Upsert($input: ActorInput!) { upsertActor(input: $input) { id } }", new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["id"] = person, ["name"] = "Rewritten person " + person, ["kind"] = "PERSON", ["aliases"] = new JsonArray(),
                    ["country"] = Manifest.ActorId(random.Next(m.States)), ["description"] = "Updated by the scale benchmark's writers.",
                },
            }, "Upsert");
        }
        var from = random.Next(m.Actors);
        var to = (from + 1 + random.Next(m.Actors - 1)) % m.Actors;
        return Body("mutation Add($input: RelationInput!) { addRelation(input: $input) { id } }", new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["id"] = id, ["type"] = WriteTypes[random.Next(WriteTypes.Length)], ["from"] = Manifest.ActorId(from), ["to"] = Manifest.ActorId(to),
                ["weight"] = Math.Round(0.05 + random.NextDouble() * 0.95, 2), ["status"] = "CONFIRMED", ["claimedBy"] = new JsonArray(),
                ["since"] = "2025-05-01", ["quote"] = "A claim written by the scale benchmark's writers.", ["source"] = Manifest.SourceId(random.Next(m.Sources)),
            },
        }, "Add");
    }

    private static async Task<JsonObject> MixedAsync(HttpClient http, string phase, int round, int readers, int writers, double seconds,
        int pid, byte[][] readBodies, Func<byte[]> nextWrite)
    {
        using var sampler = new RssSampler(pid);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var readLatencies = new List<double>[readers];
        var writeLatencies = new List<double>[writers];
        var readFailures = 0;
        var writeFailures = 0;
        string? firstWriteError = null;
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>();
        for (var r = 0; r < readers; r++)
        {
            var mine = readLatencies[r] = [];
            var i = r * 97;
            tasks.Add(Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var t = await TimeAsync(http, readBodies[i++ % readBodies.Length], "br", stop.Token);
                        if (t.Status != 200) Interlocked.Increment(ref readFailures);
                        mine.Add(t.Ms);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (HttpRequestException) { Interlocked.Increment(ref readFailures); }
                }
            }));
        }
        for (var w = 0; w < writers; w++)
        {
            var mine = writeLatencies[w] = [];
            tasks.Add(Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        var t = await TimeAsync(http, nextWrite(), "identity", stop.Token);
                        if (t.Status != 200 || t.Body.AsSpan().IndexOf("\"errors\""u8) >= 0)
                        {
                            Interlocked.Increment(ref writeFailures);
                            Interlocked.CompareExchange(ref firstWriteError, Encoding.UTF8.GetString(t.Body, 0, Math.Min(300, t.Body.Length)), null);
                        }
                        else mine.Add(t.Ms);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
                    catch (HttpRequestException) { Interlocked.Increment(ref writeFailures); }
                }
            }));
        }
        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var reads = readLatencies.SelectMany(l => l).ToList();
        var writes = writeLatencies.SelectMany(l => l).ToList();
        var mem = sampler.Stop();
        return new JsonObject
        {
            ["phase"] = phase, ["round"] = round, ["readers"] = readers, ["writers"] = writers, ["seconds"] = elapsed,
            ["reads"] = reads.Count, ["readsPerSecond"] = reads.Count / elapsed, ["readP50Ms"] = Stats.Percentile(reads, 50),
            ["readP99Ms"] = Stats.Percentile(reads, 99), ["readFailures"] = readFailures,
            ["writes"] = writes.Count, ["writesPerSecond"] = writes.Count / elapsed, ["writeP50Ms"] = Stats.Percentile(writes, 50),
            ["writeP99Ms"] = Stats.Percentile(writes, 99), ["writeFailures"] = writeFailures, ["firstWriteError"] = firstWriteError,
            ["maxRssMb"] = mem.MaxRssMb, ["hwmMb"] = mem.HwmMb,
        };
    }
}

internal static class Stats
{
    /// <summary>Nearest-rank percentile; NaN for no values.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IEnumerable<double> values) => Percentile(values.Where(v => !double.IsNaN(v)).ToList(), 50);
}

/// <summary>VmRSS and VmHWM of a process, from /proc/PID/status.</summary>
internal readonly record struct ProcMemory(double RssMb, double HwmMb)
{
    public static ProcMemory Read(int pid)
    {
        double rss = double.NaN, hwm = double.NaN;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line) / 1024;
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kb(line) / 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has gone (or is going): no figure.
        }
        return new ProcMemory(rss, hwm);
    }

    private static double Kb(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var kb) ? kb : double.NaN;
    }

    public JsonObject ToJson(string when) => new() { ["when"] = when, ["rssMb"] = RssMb, ["hwmMb"] = HwmMb };
}

/// <summary>Samples a process's VmRSS every 100 ms until stopped; the largest sample and the high-water mark at the end.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<double> _task;

    public RssSampler(int pid)
    {
        _pid = pid;
        _task = pid <= 0 ? Task.FromResult(double.NaN) : Task.Run(async () =>
        {
            var max = 0.0;
            while (!_stop.IsCancellationRequested)
            {
                var rss = ProcMemory.Read(pid).RssMb;
                if (!double.IsNaN(rss)) max = Math.Max(max, rss);
                try { await Task.Delay(100, _stop.Token); } catch (OperationCanceledException) { }
            }
            return max;
        });
    }

    public (double MaxRssMb, double HwmMb) Stop()
    {
        _stop.Cancel();
        return (_task.GetAwaiter().GetResult(), _pid > 0 ? ProcMemory.Read(_pid).HwmMb : double.NaN);
    }

    public void Dispose() => _stop.Cancel();
}
