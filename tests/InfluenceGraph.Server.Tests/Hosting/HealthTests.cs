using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>/healthz tells what it knows without waiting on the store (issue 14, items 6 and 7).</summary>
public sealed class HealthTests : IDisposable
{
    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>Statements that scan and write nothing, but are writes: the script holds the engine's write lock for seconds.</summary>
    internal static string LongScript(int statements) =>
        string.Concat(Enumerable.Repeat("UNWIND range(1, 5000) AS i WITH i WHERE i < 0 CREATE (:Never);\n", statements));

    internal static async Task<JsonNode> HealthAsync(HttpClient client, HttpStatusCode expected)
    {
        using var response = await client.GetAsync("/healthz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task HealthNamesTheStoreKindAndTheDataDirectoryAsConfiguredNotAsAnAbsolutePath()
    {
        var relative = $"healthz-data-{Guid.NewGuid():N}";
        try
        {
            await using var app = _factory.WithWebHostBuilder(b => b.UseSetting("Store:DataDir", relative));

            var health = await HealthAsync(app.CreateClient(), HttpStatusCode.OK);

            Assert.Equal("ok", health.Str("status"));
            Assert.Equal("Embedded", health.Str("store"));
            Assert.Equal(relative, health.Str("dataDir"));
            Assert.DoesNotContain(Path.GetFullPath(relative), health.ToJsonString());
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), health.ToJsonString());
        }
        finally
        {
            TempDirectory.Delete(Path.GetFullPath(relative));
        }
    }

    [Fact]
    public async Task HealthAnswersAtOnceWhileAScriptRunsAndSaysSo()
    {
        var client = _factory.CreateClient();
        await HealthAsync(client, HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher") { Content = new StringContent(LongScript(500)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InfluenceGraphFactory.ApiKey);
        var script = client.SendAsync(request);

        JsonNode? during = null;
        var slowest = TimeSpan.Zero;
        var deadline = Stopwatch.StartNew();
        while (during is null && !script.IsCompleted && deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync("/healthz", timeout.Token);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            if (health["scriptRunningSeconds"] is JsonValue)
                during = health;
            else
                await Task.Delay(20);
        }
        using var done = await script;

        Assert.True(during is not null, $"no health answer saw the script running (slowest answer {slowest.TotalMilliseconds:0} ms)");
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"a health answer took {slowest.TotalMilliseconds:0} ms while the script ran");
        Assert.Equal("ok", during!.Str("status"));
        Assert.True(during["actors"]!.GetValue<int>() > 0);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Null((await HealthAsync(client, HttpStatusCode.OK))["scriptRunningSeconds"]);
    }
}
