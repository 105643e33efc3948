using System.Net;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>Query.relationsById: the claims behind drawn edges, asked for by id in bounded batches.</summary>
public sealed class RelationsByIdTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    private const string ClaimsQuery = """
        query Claims($ids: [ID!]!) {
          relationsById(ids: $ids) { id type status since until weight claimedBy { id } evidence { quote source { id title url } } } }
        """;

    [Fact]
    public async Task RelationsAreAnsweredInTheOrderAskedWithTheirEvidence()
    {
        var response = await GraphQLClient.PostAsync(app.Client, ClaimsQuery, new { ids = new[] { "sav-003", "fp-001" } });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
        var relations = response.Data["relationsById"].Items().ToList();
        Assert.Equal(["sav-003", "fp-001"], relations.Select(r => r.Str("id")));
        var claim = relations[0];
        Assert.Equal("AFFILIATED_WITH", claim.Str("type"));
        Assert.Equal("CLAIMED", claim.Str("status"));
        Assert.Equal("2019-08-05", claim.Str("since"));
        Assert.Equal(["india"], claim["claimedBy"].Items().Select(a => a.Str("id")));
        var evidence = Assert.Single(claim["evidence"].Items());
        Assert.Contains("Lashkar-e-Taiba", evidence.Str("quote"), StringComparison.Ordinal);
        Assert.Equal("sav-2025-pahalgam-crisis", evidence["source"].Str("id"));
        Assert.StartsWith("https://", evidence["source"].Str("url"), StringComparison.Ordinal);
        Assert.Equal("1999-07-26", relations[1].Str("until"));
    }

    [Fact]
    public async Task UnknownIdsAreLeftOut()
    {
        var response = await GraphQLClient.PostAsync(app.Client, ClaimsQuery, new { ids = new[] { "no-such-relation", "sav-003" } });

        Assert.Null(response.Errors);
        Assert.Equal(["sav-003"], response.Data["relationsById"].Items().Select(r => r.Str("id")));
    }

    [Fact]
    public async Task MoreIdsThanTheMaximumAreRefusedWithTheLimit()
    {
        var ids = Enumerable.Range(0, InfluenceSchema.MaxRelationsById + 1).Select(i => $"r-{i}").ToArray();

        var response = await GraphQLClient.PostAsync(app.Client, "query Claims($ids: [ID!]!) { relationsById(ids: $ids) { id } }", new { ids });

        Assert.Equal($"'ids' may name at most {InfluenceSchema.MaxRelationsById} relations, not {ids.Length}: ask in batches.", response.FirstError);
        Assert.Null(response.Body["data"]?["relationsById"]);
    }

    [Fact]
    public async Task ABatchCostsAsMuchAsItsMaximumSoAliasedCopiesAreRefused()
    {
        var copies = string.Join(" ", Enumerable.Range(0, 10).Select(i => $"c{i}: relationsById(ids: $ids) {{ id evidence {{ quote }} }}"));
        await using var factory = new InfluenceGraphFactory();
        await using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:MaxCost", "20000"));

        var one = await GraphQLClient.PostAsync(configured.CreateClient(), "query Claims($ids: [ID!]!) { relationsById(ids: $ids) { id evidence { quote } } }", new { ids = new[] { "sav-003" } });
        var many = await GraphQLClient.PostAsync(configured.CreateClient(), $"query Claims($ids: [ID!]!) {{ {copies} }}", new { ids = new[] { "sav-003" } });

        Assert.True(one.Errors is null, one.FirstError);
        Assert.Equal(HttpStatusCode.BadRequest, many.Status);
        Assert.StartsWith("Query cost", many.FirstError, StringComparison.Ordinal);
        Assert.Contains("exceeds the maximum cost of 20000", many.FirstError, StringComparison.Ordinal);
    }
}
