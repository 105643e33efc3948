using System.Collections.Concurrent;
using System.Diagnostics;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>The runner's bound on operations at once: the rest wait their turn, within their own timeout.</summary>
public sealed class ExecutionGateTests
{
    private static readonly GraphQLExecutionSettings Minute = new() { Timeout = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task WithOneTurn_TwoSlowRequestsRunOneAfterTheOther()
    {
        var naps = new Naps();
        var runner = new GraphQLRunner(naps.Schema(), gate: new ExecutionGate(1));

        var first = runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 300, tag: \"a\") }"), Minute, CancellationToken.None);
        var second = runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 300, tag: \"b\") }"), Minute, CancellationToken.None);
        await Task.WhenAll(first, second);

        Assert.Null((await first).Result.Errors);
        Assert.Null((await second).Result.Errors);
        var a = naps.Spans["a"];
        var b = naps.Spans["b"];
        Assert.True(a.End <= b.Start || b.End <= a.Start, $"the naps overlapped: a {a}, b {b}");
    }

    [Fact]
    public async Task WithoutABound_TwoSlowRequestsRunAtOnce()
    {
        var naps = new Naps();
        var runner = new GraphQLRunner(naps.Schema());

        await Task.WhenAll(
            runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 300, tag: \"a\") }"), Minute, CancellationToken.None),
            runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 300, tag: \"b\") }"), Minute, CancellationToken.None));

        var a = naps.Spans["a"];
        var b = naps.Spans["b"];
        Assert.True(a.Start < b.End && b.Start < a.End, $"the naps did not overlap: a {a}, b {b}");
    }

    [Fact]
    public async Task QueuedRequest_StillTimesOut_AndNeverRuns()
    {
        var naps = new Naps();
        var gate = new ExecutionGate(1);
        var runner = new GraphQLRunner(naps.Schema(), gate: gate);
        using var holderGone = new CancellationTokenSource();
        var holder = runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 60000, tag: \"holder\") }"), Minute, holderGone.Token);
        await naps.Started("holder");

        var clock = Stopwatch.StartNew();
        var queued = await runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 1, tag: \"queued\") }"),
            new GraphQLExecutionSettings { Timeout = TimeSpan.FromMilliseconds(300) }, CancellationToken.None);
        clock.Stop();

        Assert.Equal(GraphQLOutcomeKind.Executed, queued.Kind);
        Assert.Null(queued.Result.Data);
        Assert.Equal("EXECUTION_TIMEOUT", queued.Result.Errors![0].Extensions!["code"]);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        Assert.False(naps.Spans.ContainsKey("queued"));
        Assert.Equal(1, gate.Running);

        await holderGone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holder);
        // The caller is let go at once; the abandoned work gives its turn back when its resolver sees the cancellation.
        var released = Stopwatch.StartNew();
        while (gate.Running != 0 && released.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(10);
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task RequestThatLeaves_LetsTheNextOneRun()
    {
        var naps = new Naps();
        var runner = new GraphQLRunner(naps.Schema(), gate: new ExecutionGate(1));
        using var holderGone = new CancellationTokenSource();
        var holder = runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 60000, tag: \"holder\", leave: true) }"), Minute, holderGone.Token);
        await naps.Started("holder");

        var next = await runner.ExecuteAsync(TestRuns.Request("{ nap(ms: 1, tag: \"next\") }"),
            new GraphQLExecutionSettings { Timeout = TimeSpan.FromSeconds(10) }, CancellationToken.None);

        Assert.Null(next.Result.Errors);
        await holderGone.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holder);
    }

    [Fact]
    public void NegativeBound_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionGate(-1));

    /// <summary>A schema whose nap field waits, records when it ran under its tag, and may give its turn back first.</summary>
    private sealed class Naps
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _started = new();

        public ConcurrentDictionary<string, (TimeSpan Start, TimeSpan End)> Spans { get; } = new();

        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public Task Started(string tag) => _started.GetOrAdd(tag, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task.WaitAsync(TimeSpan.FromSeconds(10));

        public ISchema Schema()
        {
            var builder = new SdlSchemaBuilder();
            builder.Types.For("Query").FieldFor("nap").Resolver = new FuncFieldResolver<object>(async c =>
            {
                var tag = c.GetArgument<string>("tag");
                if (c.GetArgument<bool?>("leave") == true)
                    ExecutionGate.Leave();
                var start = _clock.Elapsed;
                _started.GetOrAdd(tag, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                await Task.Delay(c.GetArgument<int>("ms"), c.CancellationToken);
                Spans[tag] = (start, _clock.Elapsed);
                return 1;
            });
            var schema = builder.Build("type Query { nap(ms: Int!, tag: String!, leave: Boolean): Int }");
            schema.Initialize();
            return schema;
        }
    }
}
