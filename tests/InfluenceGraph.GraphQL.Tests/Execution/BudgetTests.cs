namespace InfluenceGraph.GraphQL.Tests.Execution;

/// <summary>The cost budget (static, before execution) and the execution timeout (cancels resolvers).</summary>
public sealed class BudgetTests
{
    private static readonly GraphQLExecutor Executor = new(new SchemaBuilder()
        .Object("Item", null, t =>
        {
            t.Field("id", "ID!");
            t.Field("children", "[Item!]!").Argument("first", "Int").Resolve(_ => Array.Empty<object>());
        })
        .Object("Query", null, t =>
        {
            t.Field("items", "[Item!]!").Argument("first", "Int").Argument("limit", "Int", defaultValue: 3).Resolve(_ => Array.Empty<object>());
            t.Field("item", "Item").Resolve(_ => null);
            t.Field("fast", "Int").Resolve(_ => 1);
            t.Field("slow", "Int").ResolveAsync(async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return 2;
            });
            t.Field("stubborn", "Int").ResolveAsync(async _ =>
            {
                await Task.Delay(2_000, CancellationToken.None);
                return 3;
            });
        })
        .Build());

    [Theory]
    [InlineData("{ fast }", 1)]
    [InlineData("{ item { id } }", 2)]
    [InlineData("{ items(first: 5) { id } }", 6)]
    [InlineData("{ items { id } }", 4)]
    [InlineData("{ items(first: 2) { id children(first: 10) { id } } }", 25)]
    [InlineData("{ item { children { id } } }", 14)]
    [InlineData("{ ...F } fragment F on Query { items(first: 2) { id } }", 3)]
    [InlineData("{ __schema { types { fields { name } } } fast }", 2)]
    public async Task Cost_OfOperation_CountsFieldsTimesListSizes(string query, long expected)
    {
        var options = new ExecutionOptions { MaxCost = 0, DefaultListSize = 12 };
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query), options);
        var error = Assert.Single(result.Errors);
        Assert.Equal(expected, error.Extensions!["cost"]);
    }

    [Fact]
    public async Task Cost_OverBudget_RejectedBeforeExecutionWithCostAndLimit()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 100 };
        var request = new GraphQLRequest("query Q($n: Int) { items(first: $n) { id children(first: $n) { id } } }", variables);
        var result = await Executor.ExecuteAsync(request, new ExecutionOptions { MaxCost = 1_000 });
        Assert.Equal(ExecutionStatus.LimitExceeded, result.Status);
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Query cost 10201 exceeds the maximum cost of 1000.", error.Message);
        Assert.Equal("COST_LIMIT_EXCEEDED", error.Extensions!["code"]);
    }

    [Fact]
    public async Task Cost_WithinBudget_Executes()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ items(first: 2) { id } fast }"), new ExecutionOptions { MaxCost = 4 });
        Assert.Equal("""{"data":{"items":[],"fast":1}}""", result.ToJson());
    }

    [Fact]
    public async Task Timeout_SlowResolver_CancelledAndReportedWithCode()
    {
        var started = DateTime.UtcNow;
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ fast slow }"), new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.5));
        Assert.Equal(ExecutionStatus.Ok, result.Status);
        Assert.Equal("""{"errors":[{"message":"Execution exceeded 200 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task Timeout_ResolverIgnoringToken_AnswerDoesNotWaitForIt()
    {
        var started = DateTime.UtcNow;
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ stubborn }"), new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(100) });
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.5));
        Assert.Equal("EXECUTION_TIMEOUT", Assert.Single(result.Errors).Extensions!["code"]);
    }

    [Fact]
    public async Task Timeout_FastQuery_Unaffected()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ fast }"), new ExecutionOptions { Timeout = TimeSpan.FromSeconds(5) });
        Assert.Equal("""{"data":{"fast":1}}""", result.ToJson());
    }

    [Fact]
    public async Task Timeout_CallerCancels_CancellationNotReportedAsTimeout()
    {
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor.ExecuteAsync(new GraphQLRequest("{ slow }"), new ExecutionOptions { Timeout = TimeSpan.FromSeconds(10) }, caller.Token));
    }
}
