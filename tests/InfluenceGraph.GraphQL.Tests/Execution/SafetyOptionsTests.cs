namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class SafetyOptionsTests
{
    private static readonly GraphQLExecutor Executor = new(new SchemaBuilder()
        .Object("Query", null, t =>
        {
            t.Field("crash", "String").Resolve(_ => throw new InvalidOperationException("connection string leaked"));
            t.Field("refused", "String").Resolve(_ => throw new GraphQLException("Refused"));
            t.Field("ok", "Int").Resolve(_ => 1);
        })
        .Build());

    [Fact]
    public async Task UnexpectedError_Unmasked_ShowsItsMessage()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ crash }"));
        Assert.Equal("connection string leaked", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task UnexpectedError_Masked_HidesDetailAndReportsCorrelationId()
    {
        var logged = new List<(Exception Error, string Id)>();
        var options = new ExecutionOptions { MaskUnexpectedErrors = true, OnUnexpectedError = (e, id) => logged.Add((e, id)) };
        var result = await Executor.ExecuteAsync(new GraphQLRequest("{ crash refused ok }"), options);
        Assert.Equal(["Unexpected error.", "Refused"], result.Errors.Select(e => e.Message));
        var (error, id) = Assert.Single(logged);
        Assert.Equal("connection string leaked", error.Message);
        Assert.Equal(id, result.Errors[0].Extensions!["correlationId"]);
        Assert.DoesNotContain("leaked", result.ToJson());
    }

    [Fact]
    public async Task Introspection_Disabled_RejectsSchemaAndTypeButNotTypename()
    {
        var options = new ExecutionOptions { AllowIntrospection = false };
        var rejected = await Executor.ExecuteAsync(new GraphQLRequest("{ ok ...F } fragment F on Query { __type(name: \"Query\") { name } }"), options);
        Assert.Equal(ExecutionStatus.ValidationError, rejected.Status);
        Assert.Equal(new GraphQL.Language.SourceLocation(1, 35), Assert.Single(rejected.Errors).Locations![0]);
        var allowed = await Executor.ExecuteAsync(new GraphQLRequest("{ __typename ok }"), options);
        Assert.Equal("""{"data":{"__typename":"Query","ok":1}}""", allowed.ToJson());
    }
}
