using System.Net;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>The GraphQL section of the configuration: cost budget, introspection switch, and defaults the explorer never hits.</summary>
public sealed class GraphQLLimitsTests
{
    // The explorer's costliest query: pairwise leverage with its paths, each relation with its evidence.
    private const string PairwiseQuery = """
        query Pairwise($holder: ID!, $subject: ID!) {
          pairwiseLeverage(holder: $holder, subject: $subject) {
            value paths { actors { id name } amount
              relations { id type status since until weight from { id name } to { id name } claimedBy { id name }
                evidence { quote source { title publisher } } } } } }
        """;

    private static async Task<GraphQLClient.Response> PostWithSettingsAsync(string query, object? variables, params (string Key, string Value)[] settings)
    {
        await using var factory = new InfluenceGraphFactory();
        // Only the configured copy is started: two hosts must not share one store directory.
        await using var configured = factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
                builder.UseSetting(key, value);
        });
        return await GraphQLClient.PostAsync(configured.CreateClient(), query, variables);
    }

    [Fact]
    public async Task QueriesOverTheCostBudgetAreRejectedBeforeExecution()
    {
        var response = await PostWithSettingsAsync(PairwiseQuery, new { holder = "china", subject = "india" }, ("GraphQL:MaxCost", "500"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Matches(@"^Query cost \d+ exceeds the maximum cost of 500\.$", response.FirstError);
        Assert.Equal("COST_LIMIT_EXCEEDED", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheExplorersCostliestQueryFitsTheDefaultBudget()
    {
        var response = await PostWithSettingsAsync(PairwiseQuery, new { holder = "china", subject = "india" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
        Assert.NotNull(response.Data["pairwiseLeverage"]);
    }

    [Fact]
    public async Task IntrospectionCanBeSwitchedOff()
    {
        var response = await PostWithSettingsAsync("{ __schema { queryType { name } } }", null, ("GraphQL:AllowIntrospection", "false"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        // GraphQL.NET's NoIntrospectionValidationRule, in its own words.
        Assert.Equal("Introspection queries are not allowed.", response.FirstError);
    }
}
