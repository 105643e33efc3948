using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class RequestPipelineTests
{
    [Fact]
    public async Task Pipeline_SyntaxError_IsParseErrorWithoutData()
    {
        var result = await Run.Query("{ hero { name }");
        Assert.Equal(ExecutionStatus.ParseError, result.Status);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":16}]}]}""", result.ToJson());
    }

    [Fact]
    public async Task Pipeline_InvalidDocument_IsValidationError()
    {
        var result = await Run.Query("{ hero { starshipz } }");
        Assert.Equal(ExecutionStatus.ValidationError, result.Status);
        Assert.False(result.HasData);
        Assert.Equal("Cannot query field \"starshipz\" on type \"Character\".", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Pipeline_OperationName_SelectsOperation() =>
        Assert.Equal("""{"data":{"hero":{"id":"2001"}}}""", await Run.Json("query A { hero { name } } query B { hero { id } }", operationName: "B"));

    [Theory]
    [InlineData("query A { hero { name } } query B { hero { id } }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hero { name } }", "C", "Unknown operation named \"C\".")]
    public async Task Pipeline_OperationSelectionFailure_IsOperationNotFound(string query, string? operationName, string message)
    {
        var result = await Run.Query(query, operationName: operationName);
        Assert.Equal(ExecutionStatus.OperationNotFound, result.Status);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Pipeline_OnlyFragments_IsValidationError()
    {
        var result = await Run.Query("fragment F on Query { hero { id } }");
        Assert.Equal(ExecutionStatus.ValidationError, result.Status);
        Assert.Equal("Fragment \"F\" is never used.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Pipeline_MutationWhereOnlyQueriesAllowed_IsNotAllowed()
    {
        var result = await Run.Query("mutation { append(item: \"x\") }", options: new ExecutionOptions { AllowedOperations = new HashSet<OperationKind> { OperationKind.Query } });
        Assert.Equal(ExecutionStatus.OperationNotAllowed, result.Status);
        Assert.Equal("Can only perform a mutation operation from a POST request.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Pipeline_LongDocument_IsLimitExceeded()
    {
        var result = await Run.Query("{ hero { name } }" + new string(' ', 200), options: new ExecutionOptions { MaxDocumentLength = 100 });
        Assert.Equal(ExecutionStatus.LimitExceeded, result.Status);
    }

    [Fact]
    public async Task Pipeline_TooManyTokens_IsLimitExceededEvenWhenCached()
    {
        const string query = "{ hero { name id } }";
        Assert.Equal(ExecutionStatus.Ok, (await Run.Query(query)).Status);
        var result = await Run.Query(query, options: new ExecutionOptions { MaxTokens = 5 });
        Assert.Equal(ExecutionStatus.LimitExceeded, result.Status);
        Assert.Equal(ExecutionStatus.LimitExceeded, (await Run.Query("{ hero { name id appearsIn } }", options: new ExecutionOptions { MaxTokens = 5 })).Status);
    }

    [Fact]
    public async Task Pipeline_DeepQuery_IsLimitExceeded()
    {
        var query = "{ hero { friends { friends { friends { friends { name } } } } } }";
        Assert.Equal(ExecutionStatus.Ok, (await Run.Query(query)).Status);
        var result = await Run.Query(query, options: new ExecutionOptions { MaxDepth = 4 });
        Assert.Equal(ExecutionStatus.LimitExceeded, result.Status);
        Assert.Equal("Query depth 6 exceeds the maximum depth of 4.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Pipeline_IntrospectionQuery_FitsDefaultDepth() =>
        Assert.Equal(ExecutionStatus.Ok, (await Run.Query(IntrospectionQuery.Text)).Status);

    [Fact]
    public async Task Pipeline_SubscriptionWithoutRoot_IsValidationError() =>
        Assert.Equal(ExecutionStatus.ValidationError, (await Run.Query("subscription { hero { id } }")).Status);

    [Fact]
    public async Task Pipeline_Cancellation_StopsExecution()
    {
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Run.StarWarsExecutor.ExecuteAsync(new GraphQLRequest("{ slow(ms: 5000) }"), cancellationToken: source.Token));
    }
}
