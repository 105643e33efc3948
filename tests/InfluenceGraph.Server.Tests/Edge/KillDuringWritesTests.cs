using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InfluenceGraph.Server.Tests.Edge;

/// <summary>
/// The server as its own process, killed with SIGKILL while writers send mutations through its HTTP API, started again
/// on the same data directory, round after round: every write it acknowledged is there after each restart, and it is
/// healthy and takes writes at the end (issue 14, the edge suite). Loopback only; bounded by the rounds' timings.
/// </summary>
public sealed class KillDuringWritesTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "edge-kill-key";
    private const int Rounds = 4;
    private const int Writers = 4;
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private readonly string _dataDirectory = TempDirectory.Create("influencegraph-kill");

    public void Dispose() => TempDirectory.Delete(_dataDirectory);

    [Fact]
    public async Task NoAcknowledgedWriteIsLostWhenTheServerIsKilledMidWrite()
    {
        var random = new Random(1402);
        var acknowledged = new List<string>();
        var attempted = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await using var server = await RunningServer.StartAsync(_dataDirectory);
            // What earlier rounds were told is stored, after the kill and the restart.
            await AssertStoredAsync(server.Client, acknowledged, round);

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                var mine = new List<string>();
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var id = $"kill-r{round}-w{w}-{i}";
                    Interlocked.Increment(ref attempted);
                    try
                    {
                        if (await UpsertAsync(server.Client, id, stop.Token))
                            mine.Add(id);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                    {
                        break; // the server is gone: what this writer was not told stays unknown, as for any client
                    }
                }
                return mine;
            })).ToArray();

            await Task.Delay(300 + random.Next(1200));
            server.Kill();
            stop.CancelAfter(TimeSpan.FromSeconds(5));
            foreach (var writer in writers)
                acknowledged.AddRange(await writer);
        }

        await using var last = await RunningServer.StartAsync(_dataDirectory);
        await AssertStoredAsync(last.Client, acknowledged, Rounds);
        using var health = await last.Client.GetAsync("/healthz");
        var status = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok", status["status"]!.GetValue<string>());
        Assert.Equal(0, status["dataProblems"]!.GetValue<int>());
        Assert.True(await UpsertAsync(last.Client, "kill-after", CancellationToken.None));
        output.WriteLine($"kill during writes: {Rounds} rounds, {attempted} writes sent, {acknowledged.Count} acknowledged, 0 lost");
        Assert.True(acknowledged.Count > Rounds, $"only {acknowledged.Count} writes were acknowledged: the rounds tested nothing");
    }

    private static async Task<bool> UpsertAsync(HttpClient client, string id, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"mutation {{ upsertActor(input: {{id: \"{id}\", name: \"Kill probe {id}\", kind: PERSON}}) {{ id }} }}" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await client.SendAsync(request, cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return response.IsSuccessStatusCode && body?["data"]?["upsertActor"]?["id"]?.GetValue<string>() == id;
    }

    private static async Task AssertStoredAsync(HttpClient client, IReadOnlyCollection<string> acknowledged, int round)
    {
        var stored = (await GraphQLClient.PostAsync(client, "{ actors { id } }")).Data["actors"].Items().Select(a => a.Str("id")).ToHashSet();
        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"after restart {round}: {lost.Count} acknowledged write(s) lost, e.g. {string.Join(", ", lost.Take(5))}");
    }

    /// <summary>`dotnet InfluenceGraph.Server.dll` on a free loopback port, once /healthz answers.</summary>
    private sealed class RunningServer : IAsyncDisposable
    {
        private readonly Process _process;

        private RunningServer(Process process, HttpClient client)
        {
            _process = process;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<RunningServer> StartAsync(string dataDirectory)
        {
            var port = FreePort();
            var args = StartupAndHealth.ServerProcess.ServerArgs(dataDirectory, $"--Api:Key={Key}")
                .Select(arg => arg == "http://127.0.0.1:0" ? $"http://127.0.0.1:{port}" : arg);
            var process = StartupAndHealth.ServerProcess.Start(args);
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            var server = new RunningServer(process, client);
            var deadline = DateTime.UtcNow + StartPatience;
            while (true)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"the server exited with {process.ExitCode} before it answered");
                try
                {
                    using var health = await client.GetAsync("/healthz");
                    if (health.StatusCode == HttpStatusCode.OK)
                        return server;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                if (DateTime.UtcNow > deadline)
                {
                    await server.DisposeAsync();
                    throw new TimeoutException($"the server did not answer /healthz within {StartPatience.TotalSeconds} s");
                }
                await Task.Delay(100);
            }
        }

        /// <summary>SIGKILL: no shutdown, no flush beyond what each acknowledged write already made durable.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public ValueTask DisposeAsync()
        {
            Kill();
            _process.Dispose();
            Client.Dispose();
            return ValueTask.CompletedTask;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
