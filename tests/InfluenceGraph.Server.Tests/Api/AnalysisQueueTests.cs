using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>Expensive analyses take turns: beyond the queue a request is told to retry (429, Retry-After), and plain reads go on.</summary>
public sealed class AnalysisQueueTests
{
    private const string Paths = "{ strongestPaths(from: \"china\", to: \"india\") { actors { id } } }";

    [Fact]
    public async Task Run_BeyondTheRunningAndTheQueued_IsRefusedAsBusyWithARetryAfter()
    {
        var queue = new AnalysisQueue(concurrent: 1, queued: 0, TimeSpan.FromSeconds(5));
        using var release = new ManualResetEventSlim();
        var running = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(30))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        var busy = Assert.Throws<AppFailure>(() => queue.Run(() => 1));

        release.Set();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(FailureKind.Busy, busy.Kind);
        Assert.NotNull(busy.RetryAfter);
        Assert.Contains("GraphQL:MaxQueuedAnalyses", busy.Message, StringComparison.Ordinal);
        Assert.Equal(2, queue.Run(() => 2));
    }

    [Fact]
    public async Task Run_Queued_WaitsForItsTurnAndRuns()
    {
        var queue = new AnalysisQueue(concurrent: 1, queued: 1, TimeSpan.FromSeconds(20));
        using var release = new ManualResetEventSlim();
        var running = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(30))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        var waiting = Task.Run(() => queue.Run(() => 42));
        SpinWait.SpinUntil(() => queue.Waiting == 1, TimeSpan.FromSeconds(10));
        Assert.False(waiting.IsCompleted);
        release.Set();

        Assert.Equal(42, await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Run_WaitingPastTheLimit_IsRefusedNamingTheWait()
    {
        var queue = new AnalysisQueue(concurrent: 1, queued: 4, TimeSpan.FromMilliseconds(50));
        using var release = new ManualResetEventSlim();
        var running = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(30))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        var busy = Assert.Throws<AppFailure>(() => queue.Run(() => 1));

        release.Set();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(FailureKind.Busy, busy.Kind);
        Assert.Contains("GraphQL:AnalysisWaitMs", busy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InsideAnAnalysis_RunsInTheSameTurnInsteadOfWaitingForItself()
    {
        var queue = new AnalysisQueue(concurrent: 1, queued: 0, TimeSpan.FromMilliseconds(50));

        var value = queue.Run(() => queue.Run(() => 7) + queue.RunInBackground(() => 1));

        Assert.Equal(8, value);
    }

    [Fact]
    public async Task RunInBackground_IsNeverRefusedButWaitsForATurn()
    {
        var queue = new AnalysisQueue(concurrent: 1, queued: 0, TimeSpan.Zero);
        using var release = new ManualResetEventSlim();
        var running = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(30))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        var background = Task.Run(() => queue.RunInBackground(() => 5));
        await Task.Delay(100);
        Assert.False(background.IsCompleted);
        release.Set();

        Assert.Equal(5, await background.WaitAsync(TimeSpan.FromSeconds(10)));
        await running;
    }

    [Fact]
    public async Task Http_AnalysisWhileTheQueueIsFull_Answers429WithRetryAfterAndPlainReadsStillAnswer()
    {
        await using var app = new InfluenceGraphFactory();
        await using var busyApp = app.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:MaxConcurrentAnalyses", "1")
            .UseSetting("GraphQL:MaxQueuedAnalyses", "0"));
        var client = busyApp.CreateClient();
        var queue = busyApp.Services.GetRequiredService<InfluenceStore>().Analyses;
        using var release = new ManualResetEventSlim();
        var blocking = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(60))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        try
        {
            using var refused = await client.PostAsJsonAsync("/graphql", new { query = Paths });
            var read = await GraphQLClient.PostAsync(client, "{ actors { id } }");

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
            Assert.True(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture) >= 1);
            var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.Equal("BUSY", body["errors"]![0]!["extensions"].Str("code"));
            Assert.Contains("busy", body["errors"]![0].Str("message"), StringComparison.Ordinal);
            Assert.True(read.Errors is null, read.Body.ToJsonString());
        }
        finally
        {
            release.Set();
            await blocking;
        }
        var after = await GraphQLClient.PostAsync(client, Paths);
        Assert.True(after.Errors is null, after.Body.ToJsonString());
    }

    [Fact]
    public async Task Http_WithOneExecutionTurn_AnAnalysisWaitingForItsTurnDoesNotHoldUpPlainReads()
    {
        await using var app = new InfluenceGraphFactory();
        await using var oneTurn = app.WithWebHostBuilder(b => b
            .UseSetting("GraphQL:MaxConcurrentExecutions", "1")
            .UseSetting("GraphQL:MaxConcurrentAnalyses", "1")
            .UseSetting("GraphQL:MaxQueuedAnalyses", "4")
            .UseSetting("GraphQL:AnalysisWaitMs", "60000"));
        var client = oneTurn.CreateClient();
        Assert.Equal(1, oneTurn.Services.GetRequiredService<GraphQLRunner>().Gate.Concurrent);
        var queue = oneTurn.Services.GetRequiredService<InfluenceStore>().Analyses;
        using var release = new ManualResetEventSlim();
        var blocking = Task.Run(() => queue.Run(() => release.Wait(TimeSpan.FromSeconds(60))));
        SpinWait.SpinUntil(() => queue.Running == 1, TimeSpan.FromSeconds(10));

        Task<GraphQLClient.Response> waiting;
        try
        {
            waiting = GraphQLClient.PostAsync(client, Paths);
            Assert.True(SpinWait.SpinUntil(() => queue.Waiting == 1, TimeSpan.FromSeconds(10)), "the analysis never queued");
            var read = await GraphQLClient.PostAsync(client, "{ actors { id } }").WaitAsync(TimeSpan.FromSeconds(20));
            Assert.True(read.Errors is null, read.Body.ToJsonString());
            Assert.False(waiting.IsCompleted);
        }
        finally
        {
            release.Set();
            await blocking;
        }
        var analysis = await waiting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(analysis.Errors is null, analysis.Body.ToJsonString());
    }

    [Fact]
    public async Task ExecutionTurns_DefaultToTheCores()
    {
        await using var app = new InfluenceGraphFactory();

        Assert.Equal(Environment.ProcessorCount, app.Services.GetRequiredService<GraphQLRunner>().Gate.Concurrent);
    }
}
