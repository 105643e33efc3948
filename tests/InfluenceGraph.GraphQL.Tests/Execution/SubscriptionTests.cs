using System.Runtime.CompilerServices;

namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    private static readonly GraphQLExecutor Executor = new(new SchemaBuilder()
        .Object("Change", null, t =>
        {
            t.Field("id", "ID!");
            t.Field("kind", "String!");
        })
        .Object("Query", null, t => t.Field("ok", "Boolean").Resolve(_ => true))
        .Object("Subscription", null, t =>
        {
            t.Field("changed", "Change").Argument("count", "Int", null, 2).Subscribe(c => Changes(c.GetArgument<int>("count"), c.CancellationToken));
            t.Field("broken", "Change").Subscribe(_ => throw new GraphQLException("No stream for you"));
            t.Field("labelled", "String").Subscribe(c => Changes(1, c.CancellationToken)).Resolve(c => "label " + ((IReadOnlyDictionary<string, object?>)c.Source!)["id"]);
            t.Field("plain", "String");
        })
        .SubscriptionType("Subscription")
        .Build());

    private static async IAsyncEnumerable<object?> Changes(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i == 2
                ? new Dictionary<string, object?> { ["id"] = "2", ["kind"] = null }
                : new Dictionary<string, object?> { ["id"] = i.ToString(), ["kind"] = "added" };
        }
    }

    private static async Task<List<string>> Events(string query)
    {
        var result = await Executor.SubscribeAsync(new GraphQLRequest(query));
        Assert.Null(result.Error);
        var events = new List<string>();
        await foreach (var item in result.Events!)
        {
            events.Add(item.ToJson());
        }

        return events;
    }

    [Fact]
    public async Task Subscribe_Events_AreExecutedOneByOne()
    {
        var events = await Events("subscription { changed(count: 3) { id kind } }");
        Assert.Equal(
            [
                """{"data":{"changed":{"id":"1","kind":"added"}}}""",
                """{"errors":[{"message":"Cannot return null for non-nullable field Change.kind.","locations":[{"line":1,"column":39}],"path":["changed","kind"]}],"data":{"changed":null}}""",
                """{"data":{"changed":{"id":"3","kind":"added"}}}""",
            ],
            events);
    }

    [Fact]
    public async Task Subscribe_FieldWithResolver_GetsEventAsSource() =>
        Assert.Equal(["""{"data":{"labelled":"label 1"}}"""], await Events("subscription { labelled }"));

    [Fact]
    public async Task Subscribe_SourceStreamError_IsReportedWithoutEvents()
    {
        var result = await Executor.SubscribeAsync(new GraphQLRequest("subscription { broken { id } }"));
        Assert.Null(result.Events);
        Assert.Equal("""{"errors":[{"message":"No stream for you","locations":[{"line":1,"column":16}],"path":["broken"]}]}""", result.Error!.ToJson());
    }

    [Fact]
    public async Task Subscribe_FieldWithoutStream_IsReported()
    {
        var result = await Executor.SubscribeAsync(new GraphQLRequest("subscription { plain }"));
        Assert.Equal("Subscription field \"Subscription.plain\" has no event stream.", Assert.Single(result.Error!.Errors).Message);
    }

    [Fact]
    public async Task Subscribe_InvalidDocument_IsValidationError()
    {
        var result = await Executor.SubscribeAsync(new GraphQLRequest("subscription { changed { id } plain }"));
        Assert.Equal(ExecutionStatus.ValidationError, result.Error!.Status);
    }

    [Fact]
    public async Task Subscribe_QueryOperation_ReturnsItsSingleResult()
    {
        var result = await Executor.SubscribeAsync(new GraphQLRequest("{ ok }"));
        Assert.Null(result.Events);
        Assert.Equal("""{"data":{"ok":true}}""", result.Error!.ToJson());
    }

    [Fact]
    public async Task Subscribe_Cancellation_EndsTheStream()
    {
        using var source = new CancellationTokenSource();
        var result = await Executor.SubscribeAsync(new GraphQLRequest("subscription { changed(count: 100) { id } }"), cancellationToken: source.Token);
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in result.Events!.WithCancellation(source.Token))
            {
                if (++seen == 3)
                {
                    await source.CancelAsync();
                }
            }
        });
        Assert.Equal(3, seen);
    }
}
