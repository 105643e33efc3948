using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Endpoints;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Edge;

/// <summary>/admin/cypher at its edges (issue 14, item 6): the size limit holds for chunked bodies; a script whose client leaves stops.</summary>
public sealed class AdminScriptTests : IDisposable
{
    private const string ProbeActor = "CREATE (:Actor {id: 'edge-probe', name: 'Edge Probe', kind: 'PERSON', aliases: []});\n";

    private readonly InfluenceGraphFactory _factory = new(kestrel: true);

    public void Dispose() => _factory.Dispose();

    private static HttpRequestMessage ScriptRequest(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InfluenceGraphFactory.ApiKey);
        return request;
    }

    private static async Task<bool> ProbeExistsAsync(HttpClient client) =>
        (await GraphQLClient.PostAsync(client, "{ actor(id: \"edge-probe\") { id } }")).Data["actor"] is not null;

    [Fact]
    public async Task ChunkedScriptOverTheLimitIsRefusedWith413AndAppliesNothing()
    {
        _factory.StartServer();
        var client = _factory.CreateClient();
        var padding = new StringBuilder();
        while (padding.Length < 9_000_000)
            padding.Append("// a comment line that only makes the script longer than the limit allows\n");
        using var request = ScriptRequest(new UnsizedContent(Encoding.UTF8.GetBytes(ProbeActor + padding)));
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TooLarge", problem.Str("kind"));
        Assert.Contains(AdminEndpoints.MaxScriptBytes.ToString(), problem.Str("detail"));
        Assert.False(await ProbeExistsAsync(client));
    }

    [Fact]
    public async Task ChunkedScriptUnderTheLimitIsApplied()
    {
        _factory.StartServer();
        var client = _factory.CreateClient();
        using var request = ScriptRequest(new UnsizedContent(Encoding.UTF8.GetBytes(ProbeActor)));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await ProbeExistsAsync(client));
    }

    [Fact]
    public async Task ScriptWhoseClientGoesAwayStopsAndAppliesNothing()
    {
        _factory.StartServer();
        var client = _factory.CreateClient();
        // One write, then thousands of statements that scan and write nothing: seconds of work in one transaction.
        var script = ProbeActor + string.Concat(Enumerable.Repeat("UNWIND range(1, 5000) AS i WITH i WHERE i < 0 CREATE (:Never);\n", 1_500));
        using var leave = new CancellationTokenSource();
        using var request = ScriptRequest(new StringContent(script));
        var sent = client.SendAsync(request, leave.Token);

        await WaitForAsync(client, running: true, TimeSpan.FromSeconds(30));
        var clock = Stopwatch.StartNew();
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sent);
        await WaitForAsync(client, running: false, TimeSpan.FromSeconds(30));
        var stoppedAfter = clock.Elapsed;

        Assert.True(stoppedAfter < TimeSpan.FromSeconds(2), $"the script ran on for {stoppedAfter.TotalSeconds:0.0} s after its client left");
        Assert.False(await ProbeExistsAsync(client));
        using var next = await client.SendAsync(ScriptRequest(new StringContent(ProbeActor)));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    /// <summary>Waits until /healthz says a script is (or is no longer) running.</summary>
    private static async Task WaitForAsync(HttpClient client, bool running, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            var health = JsonNode.Parse(await client.GetStringAsync("/healthz"))!;
            if (health["scriptRunningSeconds"] is JsonValue == running)
                return;
            await Task.Delay(20);
        }
        Assert.Fail($"/healthz never said a script was {(running ? "" : "no longer ")}running");
    }

    /// <summary>A body of unknown length: HttpClient sends it chunked, with no Content-Length.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
