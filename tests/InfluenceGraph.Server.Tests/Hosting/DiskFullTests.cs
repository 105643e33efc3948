using System.Net;
using System.Net.Http.Headers;
using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>
/// The server on a full disk (issue 14, item 5): writes answer STORE_FULL (GraphQL) and 507 (/admin/cypher), /healthz
/// says "degraded" with 503 and names the condition, nothing acknowledged is lost, and writes work again once space
/// is freed. On a real tmpfs where mounting is allowed; through a store whose writes fail as a full disk's otherwise.
/// </summary>
public sealed class DiskFullTests
{
    private const string Upsert = "mutation ($input: ActorInput!) { upsertActor(input: $input) { id } }";

    /// <summary>An actor whose record (about 13 KB, within the model's limits) cannot fit in the slack of the journal's last page.</summary>
    private static object BigActor(string id) => new
    {
        input = new
        {
            id, name = "Disk Probe", kind = "PERSON", description = new string('d', 3_900),
            aliases = Enumerable.Range(0, 45).Select(i => $"{i}-" + new string('a', 190)).ToArray(),
        },
    };

    private static async Task<HttpResponseMessage> PostScriptAsync(HttpClient client, string script)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher") { Content = new StringContent(script) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InfluenceGraphFactory.ApiKey);
        return await client.SendAsync(request);
    }

    private static string Code(GraphQLClient.Response response) => response.Errors?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "";

    [Fact]
    public async Task WritesOnAFullDiskAnswerStoreFullAndHealthSaysDegradedUntilAWriteSucceeds()
    {
        var directory = TempDirectory.Create("influencegraph-full");
        var disk = new FullDiskRunner(EmbeddedCypherRunner.Open(directory));
        try
        {
            await using var app = new InfluenceGraphFactory().WithWebHostBuilder(b => b.ConfigureServices(services =>
                services.AddSingleton<ICypherRunner>(sp => new MonitoredCypherRunner(disk, sp.GetRequiredService<StoreHealth>()))));
            var client = app.CreateClient();
            await HealthTests.HealthAsync(client, HttpStatusCode.OK);
            disk.Full = true;

            var write = await GraphQLClient.PostAsync(client, Upsert, BigActor("full-probe"), InfluenceGraphFactory.ApiKey);
            using var script = await PostScriptAsync(client, "CREATE (:Probe);");
            var health = await HealthTests.HealthAsync(client, HttpStatusCode.ServiceUnavailable);

            Assert.Equal("STORE_FULL", Code(write));
            Assert.Contains("full", write.FirstError);
            Assert.Equal(HttpStatusCode.InsufficientStorage, script.StatusCode);
            Assert.Equal("StoreFull", (await GraphQLClient.ReadAsync(script)).Body.Str("kind"));
            Assert.Equal("degraded", health.Str("health"));
            Assert.Equal("StoreFull", health.Str("condition"));
            Assert.Contains("full", health.Str("detail"));

            disk.Full = false;
            var again = await GraphQLClient.PostAsync(client, Upsert, BigActor("full-probe"), InfluenceGraphFactory.ApiKey);
            Assert.Null(again.Errors);
            Assert.Equal("ok", (await HealthTests.HealthAsync(client, HttpStatusCode.OK)).Str("status"));
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    [TmpfsFact]
    public async Task OnARealFullDiskNothingAcknowledgedIsLostAndWritesResumeOnceSpaceIsFreed()
    {
        using var tmpfs = Tmpfs.Mount(16 * 1024 * 1024);
        var directory = Path.Combine(tmpfs.Path, "data");
        await using (var app = new InfluenceGraphFactory(directory))
        {
            var client = app.CreateClient();
            var before = await GraphQLClient.PostAsync(client, Upsert, BigActor("before-full"), InfluenceGraphFactory.ApiKey);
            Assert.Null(before.Errors);
            var filler = tmpfs.Fill();

            var write = await GraphQLClient.PostAsync(client, Upsert, BigActor("while-full"), InfluenceGraphFactory.ApiKey);
            using var script = await PostScriptAsync(client, $"CREATE (:Probe {{text: '{new string('x', 64 * 1024)}'}});");
            var health = await HealthTests.HealthAsync(client, HttpStatusCode.ServiceUnavailable);
            var read = await GraphQLClient.PostAsync(client, "{ actor(id: \"before-full\") { id } }");

            Assert.Equal("STORE_FULL", Code(write));
            Assert.Equal(HttpStatusCode.InsufficientStorage, script.StatusCode);
            Assert.Equal("degraded", health.Str("health"));
            Assert.Equal("StoreFull", health.Str("condition"));
            Assert.Equal("before-full", read.Data["actor"].Str("id"));

            File.Delete(filler);
            var after = await GraphQLClient.PostAsync(client, Upsert, BigActor("after-full"), InfluenceGraphFactory.ApiKey);
            Assert.Null(after.Errors);
            Assert.Equal("ok", (await HealthTests.HealthAsync(client, HttpStatusCode.OK)).Str("status"));
        }
        using var reopened = CypherDatabase.Open(directory);
        Assert.Empty(reopened.Warnings);
        var ids = reopened.Run("MATCH (a:Actor) WHERE a.id IN ['before-full', 'while-full', 'after-full'] RETURN a.id ORDER BY a.id").Rows.Select(r => r[0]);
        Assert.Equal(["after-full", "before-full"], ids);
        Assert.Equal(0L, reopened.Run("MATCH (p:Probe) RETURN count(p)").Rows[0][0]);
    }

    /// <summary>A store whose writes fail as the engine's fail on a full disk, while <see cref="Full"/> is set.</summary>
    private sealed class FullDiskRunner(ICypherRunner inner) : ICypherRunner
    {
        private volatile bool _full;

        public bool Full
        {
            get => _full;
            set => _full = value;
        }

        public string Description => inner.Description;

        public bool Exclusive => inner.Exclusive;

        private static AppFailure NoSpace() => new(FailureKind.StoreFull,
            "The disk holding the store is full: this write was not committed, and nothing of it was kept; what was committed before is safe.");

        public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            inner.ReadAsync(query, parameters, cancellationToken);

        public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            Full ? throw NoSpace() : inner.WriteAsync(query, parameters, cancellationToken);

        public Task<string> ServerAgentAsync(CancellationToken cancellationToken) => inner.ServerAgentAsync(cancellationToken);

        public Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken) =>
            Full ? throw NoSpace() : inner.RunScriptAsync(script, check, cancellationToken);

        public Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
            inner.TryScriptAsync(script, read, cancellationToken);

        public void Dispose() => inner.Dispose();
    }
}
