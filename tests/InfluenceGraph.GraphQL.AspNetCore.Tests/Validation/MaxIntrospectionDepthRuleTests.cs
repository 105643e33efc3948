using System.Diagnostics;
using System.Text;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Validation;

/// <summary>Introspection may nest fields, interfaces, possibleTypes and inputFields at most three levels, as graphql-js allows.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());

    private static Task<GraphQLOutcome> RunAsync(string query) => TestRuns.OutcomeAsync(Runner, query, new GraphQLExecutionSettings { MaxTokens = 100_000 });

    [Fact]
    public async Task MaxIntrospectionDepth_ThreeLevelsOfFields_IsRefused()
    {
        var outcome = await RunAsync("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        Assert.Equal("Maximum introspection depth exceeded", Assert.Single(outcome.Result.Errors!).Message);
    }

    [Fact]
    public async Task MaxIntrospectionDepth_TwoLevels_Runs()
    {
        var outcome = await RunAsync("{ __schema { types { fields { type { fields { name } } } } } }");

        Assert.Equal(GraphQLOutcomeKind.Executed, outcome.Kind);
    }

    [Fact]
    public async Task MaxIntrospectionDepth_ThroughFragments_IsRefused()
    {
        var outcome = await RunAsync("""
            { __type(name: "Row") { ...A } }
            fragment A on __Type { fields { type { ...B } } }
            fragment B on __Type { interfaces { ...C } }
            fragment C on __Type { possibleTypes { name } }
            """);

        Assert.Equal("Maximum introspection depth exceeded", Assert.Single(outcome.Result.Errors!).Message);
    }

    [Fact]
    public async Task MaxIntrospectionDepth_FragmentSpreadManyTimes_IsCheckedOncePerDepth()
    {
        // Fragments that each spread the one before twice, inside __type: checked once per (fragment, depth), not 2^30 times.
        var text = new StringBuilder("{ __type(name: \"Row\") { ...F30 } } fragment F0 on __Type { name }");
        for (var i = 1; i <= 30; i++)
            text.Append($" fragment F{i} on __Type {{ a: ofType {{ ...F{i - 1} }} b: ofType {{ ...F{i - 1} }} }}");
        var clock = Stopwatch.StartNew();

        await RunAsync(text.ToString());

        Assert.True(clock.ElapsedMilliseconds < 5_000, $"validation took {clock.ElapsedMilliseconds} ms");
    }
}
