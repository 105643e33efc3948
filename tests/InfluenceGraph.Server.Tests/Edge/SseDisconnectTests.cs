using System.Net.Http.Headers;
using System.Net.Http.Json;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;
using InfluenceGraph.Server.Tests.StartupAndHealth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfluenceGraph.Server.Tests.Edge;

/// <summary>
/// A client closing its Server-Sent Events subscription is not an error (issue 14, item 9: it sometimes logged an
/// unhandled NotSupportedException, from disposing the event stream while its next read was still pending).
/// </summary>
public sealed class SseDisconnectTests
{
    private const string Subscription = "subscription { graphChanged { kind } }";

    [Fact]
    public async Task ClosingAnEventStreamSubscriptionLogsNoError()
    {
        var logs = new CapturedLogs();
        await using var app = new LoggedKestrelFactory(logs);
        app.StartServer();
        var store = app.Services.GetRequiredService<InfluenceStore>();
        // No draining of the unread stream on dispose (2 s by default): the connection closes at once, as a tab's does.
        using var client = new HttpClient(new SocketsHttpHandler { ResponseDrainTimeout = TimeSpan.Zero }) { BaseAddress = app.ClientOptions.BaseAddress };

        for (var i = 0; i < 5; i++)
        {
            using var leave = new CancellationTokenSource();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Subscription }) };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, leave.Token);
            await WaitAsync(() => store.Changes.SubscriberCount == 1);
            // The client goes away while the server waits for the next change.
            await leave.CancelAsync();
            response.Dispose();
            await WaitAsync(() => store.Changes.SubscriberCount == 0);
        }
        await Task.Delay(200);

        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is NotSupportedException).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}")));
    }

    /// <summary>The app on Kestrel (a real connection to close) with its log captured.</summary>
    private sealed class LoggedKestrelFactory : WebApplicationFactory<Program>
    {
        private readonly CapturedLogs _logs;
        private readonly string _dataDirectory = TempDirectory.Create("influencegraph-sse");

        public LoggedKestrelFactory(CapturedLogs logs)
        {
            _logs = logs;
            UseKestrel(0);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Store:DataDir", _dataDirectory);
            builder.UseSetting("Store:SeedDir", Path.Combine(RepositoryPaths.Root, "cypher"));
            builder.UseSetting("Explorer:WebRoot", Path.Combine(RepositoryPaths.Root, "wwwroot"));
            builder.ConfigureLogging(l => l.AddProvider(_logs));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            TempDirectory.Delete(_dataDirectory);
        }
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the subscription to change");
            await Task.Delay(10);
        }
    }
}
