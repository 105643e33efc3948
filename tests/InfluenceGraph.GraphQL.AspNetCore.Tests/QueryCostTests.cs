using System.Diagnostics;
using System.Text;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>The request budgets in front of GraphQL.NET: depth and cost measured on the document, fragments once each.</summary>
public sealed class QueryCostTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());

    private static GraphQLExecutionSettings Budget(long maxCost, int maxDepth = 15) => new() { MaxCost = maxCost, MaxDepth = maxDepth, DefaultListSize = 10 };

    private static async Task<string?> FirstErrorAsync(string query, GraphQLExecutionSettings settings, string? variables = null)
    {
        var outcome = await TestRuns.OutcomeAsync(Runner, query, settings, variables);
        return outcome.Result.Errors is { Count: > 0 } errors ? errors[0].Message : null;
    }

    [Fact]
    public async Task Cost_ListWithFirst_CountsItsChildrenFirstTimes()
    {
        // rows(first: 5) { n } costs 1 + 5 * 1 = 6.
        Assert.Null(await FirstErrorAsync("{ rows(first: 5) { n } }", Budget(6)));
        Assert.Equal("Query cost 6 exceeds the maximum cost of 5.", await FirstErrorAsync("{ rows(first: 5) { n } }", Budget(5)));
    }

    [Fact]
    public async Task Cost_ListWithoutFirst_CountsTheDefaultListSize()
    {
        Assert.Equal("Query cost 11 exceeds the maximum cost of 10.", await FirstErrorAsync("{ rows { n } }", Budget(10)));
    }

    [Fact]
    public async Task Cost_PageSizeFromAVariable_IsTheVariablesValue()
    {
        Assert.Equal("Query cost 101 exceeds the maximum cost of 50.",
            await FirstErrorAsync("query ($k: Int) { rows(first: $k) { n } }", Budget(50), """{"k": 100}"""));
    }

    [Fact]
    public async Task Cost_NestedLists_Multiply()
    {
        // 1 + 4 * (1 + 1 + 3 * 1) = 21
        Assert.Equal("Query cost 21 exceeds the maximum cost of 20.", await FirstErrorAsync("{ rows(first: 4) { n rows(first: 3) { n } } }", Budget(20)));
    }

    [Fact]
    public async Task Cost_OverBudgetWithFieldsLeft_StopsAndSaysItStopped()
    {
        var message = await FirstErrorAsync("{ a: rows(first: 100) { n } b: rows(first: 100) { n } c: rows(first: 100) { n } }", Budget(50));
        Assert.Equal("Query cost exceeds the maximum cost of 50 (the analysis stopped at 101).", message);
    }

    [Fact]
    public async Task Cost_IntrospectionField_CostsOne()
    {
        Assert.Null(await FirstErrorAsync("{ __schema { types { name fields { name } } } }", Budget(2)));
    }

    [Fact]
    public async Task Depth_FragmentsExpanded_CountTowardsTheLimit()
    {
        const string query = "{ row { ...A } } fragment A on Row { next { ...B } } fragment B on Row { next { n } }";
        Assert.Null(await FirstErrorAsync(query, Budget(1_000, maxDepth: 4)));
        Assert.Equal("Query depth 4 exceeds the maximum depth of 3.", await FirstErrorAsync(query, Budget(1_000, maxDepth: 3)));
    }

    [Fact]
    public async Task Cost_FragmentChainSpreadingTheOneBeforeTwice_IsMeasuredInLinearTimeAndRefused()
    {
        // 40 fragments, each spreading the one before twice: 2^40 fields if expanded, a few hundred nodes if measured once each.
        var text = new StringBuilder("{ row { ...F40 } } fragment F0 on Row { n }");
        for (var i = 1; i <= 40; i++)
            text.Append($" fragment F{i} on Row {{ a: next {{ ...F{i - 1} }} b: next {{ ...F{i - 1} }} }}");
        var clock = Stopwatch.StartNew();

        var message = await FirstErrorAsync(text.ToString(), Budget(50_000, maxDepth: 100));

        Assert.StartsWith("Query cost", message);
        Assert.True(clock.ElapsedMilliseconds < 5_000, $"measuring took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Tokens_OverTheLimit_AreRefusedBeforeParsing()
    {
        var settings = new GraphQLExecutionSettings { MaxTokens = 10 };
        Assert.Equal("Document has more than the limit of 10 tokens.", await FirstErrorAsync("{ a: row { n } b: row { n } c: row { n } }", settings));
    }

    [Fact]
    public async Task Length_OverTheLimit_IsRefused()
    {
        var settings = new GraphQLExecutionSettings { MaxDocumentLength = 20 };
        Assert.Equal("Document is longer than the limit of 20 characters.", await FirstErrorAsync("{ rows { n } }                   ", settings));
    }
}
