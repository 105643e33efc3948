namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Validation;

/// <summary>Spec 5.1.1: a request holds operations and fragments only.</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());

    [Fact]
    public async Task ExecutableDefinitions_TypeDefinitionInARequest_IsRefusedAtIt()
    {
        var outcome = await TestRuns.OutcomeAsync(Runner, "{ row { n } }\ntype Extra { x: Int }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        var error = Assert.Single(outcome.Result.Errors!);
        Assert.Equal("The \"Extra\" definition is not executable.", error.Message);
        Assert.Equal(2, error.Locations![0].Line);
    }

    [Fact]
    public async Task ExecutableDefinitions_OperationsAndFragments_Pass()
    {
        var outcome = await TestRuns.OutcomeAsync(Runner, "{ row { ...F } } fragment F on Row { n }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.Executed, outcome.Kind);
    }
}
