using GraphQL;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>The request pipeline around GraphQL.NET's executor: cached documents, per-request rules, operation kinds, cancellation, the timeout.</summary>
public sealed class RunnerTests
{
    [Fact]
    public async Task CachedDocument_StillRunsTheRulesThatReadTheRequest()
    {
        var runner = new GraphQLRunner(TestSchemas.Rows());
        const string query = "{ __schema { queryType { name } } }";

        var open = await TestRuns.OutcomeAsync(runner, query, new GraphQLExecutionSettings());
        var closed = await TestRuns.OutcomeAsync(runner, query, new GraphQLExecutionSettings { AllowIntrospection = false });

        Assert.Equal(GraphQLOutcomeKind.Executed, open.Kind);
        Assert.Equal(GraphQLOutcomeKind.RequestError, closed.Kind);
        Assert.Equal("Introspection queries are not allowed.", closed.Result.Errors![0].Message);
    }

    [Fact]
    public async Task InvalidDocument_IsRefusedEveryTime_NotOnlyTheFirst()
    {
        var runner = new GraphQLRunner(TestSchemas.Rows());

        var first = await TestRuns.OutcomeAsync(runner, "{ nope }", new GraphQLExecutionSettings());
        var second = await TestRuns.OutcomeAsync(runner, "{ nope }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, first.Kind);
        Assert.Equal(GraphQLOutcomeKind.RequestError, second.Kind);
        Assert.Contains("nope", second.Result.Errors![0].Message);
    }

    [Fact]
    public async Task SyntaxError_IsARequestErrorWithItsLocation()
    {
        var outcome = await TestRuns.OutcomeAsync(new GraphQLRunner(TestSchemas.Rows()), "{ rows { n ", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        Assert.Equal(1, outcome.Result.Errors![0].Locations![0].Line);
    }

    [Fact]
    public async Task Mutation_WhereOnlyQueriesAreAllowed_IsRefusedAsNotAllowed()
    {
        var outcome = await TestRuns.OutcomeAsync(new GraphQLRunner(TestSchemas.Rows()), "mutation { touch }",
            new GraphQLExecutionSettings { AllowedOperations = OperationKinds.Query });

        Assert.Equal(GraphQLOutcomeKind.OperationNotAllowed, outcome.Kind);
        Assert.Equal("Can only perform a mutation operation from a POST request.", outcome.Result.Errors![0].Message);
    }

    [Fact]
    public async Task Subscription_OnASchemaWithoutOne_IsRefusedAtTheOperation()
    {
        var outcome = await TestRuns.OutcomeAsync(new GraphQLRunner(TestSchemas.Rows()), "subscription { rows { n } }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        Assert.Equal("Schema is not configured to execute subscription operation.", outcome.Result.Errors![0].Message);
        Assert.Equal(1, outcome.Result.Errors[0].Locations![0].Column);
    }

    [Fact]
    public async Task SlowResolver_TimesOut_WithDataNullAndTheTimeoutCode()
    {
        var outcome = await TestRuns.OutcomeAsync(new GraphQLRunner(TestSchemas.Rows()), "{ slow }",
            new GraphQLExecutionSettings { Timeout = TimeSpan.FromMilliseconds(200) });

        Assert.Equal(GraphQLOutcomeKind.Executed, outcome.Kind);
        Assert.Null(outcome.Result.Data);
        Assert.Equal("EXECUTION_TIMEOUT", outcome.Result.Errors![0].Extensions!["code"]);
    }

    [Fact]
    public async Task ClientThatGoesAway_CancelsTheResolversWork()
    {
        using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var runner = new GraphQLRunner(TestSchemas.Rows());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            runner.ExecuteAsync(TestRuns.Request("{ slow }"), new GraphQLExecutionSettings { Timeout = TimeSpan.FromMinutes(1) }, gone.Token));
    }

    [Fact]
    public async Task Timeout_CoversPlanning_SoAnAlreadyExpiredBudgetNeverExecutes()
    {
        var calls = 0;
        var runner = new GraphQLRunner(TestSchemas.Rows(() => Interlocked.Increment(ref calls)));
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            runner.ExecuteAsync(TestRuns.Request("{ rows { n } }"), new GraphQLExecutionSettings { Timeout = TimeSpan.FromMinutes(1) }, gone.Token));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task UnexpectedResolverException_GoesThroughTheTranslator()
    {
        var schema = TestSchemas.Rows(() => throw new InvalidOperationException("boom"));
        var settings = new GraphQLExecutionSettings
        {
            TranslateException = context =>
            {
                context.Exception = new ExecutionError("translated: " + context.OriginalException.Message);
                return Task.CompletedTask;
            },
        };

        var json = await TestRuns.JsonAsync(new GraphQLRunner(schema), "{ rows { n } }", settings);

        Assert.Contains("\"message\":\"translated: boom\"", json);
        Assert.Contains("\"path\":[\"rows\"]", json);
    }
}
