using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>Cursor pages over the lists that grow with the data, the limits on page and list sizes, and the cost of real list sizes.</summary>
public sealed class PaginationTests : IDisposable
{
    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), query, variables);
        Assert.True(response.Errors is null, response.Body.ToJsonString());
        return response.Data;
    }

    private async Task<List<JsonNode>> AllPagesAsync(string field, string arguments, int first)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        for (var pages = 0; pages < 1_000; pages++)
        {
            var page = (await DataAsync($$"""query ($after: String) { page: {{field}}({{arguments}} first: {{first}}, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } totalCount } }""",
                new { after }))["page"]!;
            nodes.AddRange(page["nodes"].Items());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return nodes;
            after = page["pageInfo"].Str("endCursor");
        }
        throw new InvalidOperationException("The pages never ended.");
    }

    [Fact]
    public async Task ActorsPages_TogetherAreTheActorsListInItsOrder()
    {
        var all = (await DataAsync("{ actors { id } }"))["actors"].Items().Select(a => a.Str("id")).ToList();

        var paged = await AllPagesAsync("actorsPage", "", 7);

        Assert.Equal(all, paged.Select(a => a.Str("id")));
    }

    [Fact]
    public async Task RelationsPages_WithAFilter_AreTheFilteredRelationsInIdOrder()
    {
        var all = (await DataAsync("""{ relations(asOf: "2025-05-08", status: [CONFIRMED]) { id } }"""))["relations"].Items().Select(r => r.Str("id")).ToList();

        var paged = await AllPagesAsync("relationsPage", """asOf: "2025-05-08", status: [CONFIRMED],""", 10);

        Assert.NotEmpty(all);
        Assert.Equal(all, paged.Select(r => r.Str("id")));
    }

    [Fact]
    public async Task TotalCount_IsTheWholeListsLength()
    {
        var page = (await DataAsync("{ actorsPage(first: 3) { nodes { id } totalCount pageInfo { hasNextPage } } }"))["actorsPage"]!;

        Assert.Equal(3, page["nodes"].Items().Count());
        Assert.Equal(SeedOracle.ActorIds.Count, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Cursor_StaysInStepAcrossWrites_NoRelationSkippedOrRepeated()
    {
        var client = _factory.CreateClient();
        var first = (await DataAsync("{ relationsPage(first: 20) { nodes { id } pageInfo { endCursor } } }"))["relationsPage"]!;
        var firstIds = first["nodes"].Items().Select(r => r.Str("id")).ToList();
        var source = (await DataAsync("{ sources { id } }"))["sources"].Items().First().Str("id");
        const string add = "mutation ($i: RelationInput!) { addRelation(input: $i) { id } }";
        foreach (var id in new[] { "aaa-before-the-cursor", "zzz-after-the-cursor" })
        {
            var added = await GraphQLClient.PostAsync(client, add,
                new { i = new { id, type = "SUPPORTS", from = "france", to = "india", quote = "France supports India", source } }, InfluenceGraphFactory.ApiKey);
            Assert.Null(added.Errors);
        }

        var rest = new List<string>();
        string? after = first["pageInfo"].Str("endCursor");
        while (after is not null)
        {
            var page = (await DataAsync("query ($after: String) { relationsPage(first: 50, after: $after) { nodes { id } pageInfo { endCursor hasNextPage } } }", new { after }))["relationsPage"]!;
            rest.AddRange(page["nodes"].Items().Select(r => r.Str("id")));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"].Str("endCursor") : null;
        }

        var all = (await DataAsync("{ relations { id } }"))["relations"].Items().Select(r => r.Str("id")).ToList();
        Assert.Equal(all.Where(id => string.CompareOrdinal(id, firstIds[^1]) > 0), rest);
        Assert.Contains("zzz-after-the-cursor", rest);
        Assert.DoesNotContain("aaa-before-the-cursor", rest);
    }

    [Fact]
    public async Task PageLargerThanTheMaximum_IsRefusedNamingTheLimit()
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ actorsPage(first: 5000) { nodes { id } } }");

        Assert.Equal("'first' must be between 0 and 1000 (GraphQL:MaxPageSize), not 5000.", response.FirstError);
        Assert.Equal("BAD_USER_INPUT", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task CursorOfAnotherList_IsRefused()
    {
        var actors = (await DataAsync("{ actorsPage(first: 2) { pageInfo { endCursor } } }"))["actorsPage"]!["pageInfo"].Str("endCursor");

        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), "query ($a: String) { relationsPage(after: $a) { nodes { id } } }", new { a = actors });

        Assert.Contains("'after' is not a cursor of relations", response.FirstError);
    }

    [Fact]
    public async Task Evidence_SourceId_IsItsSourcesId()
    {
        var relations = (await DataAsync("{ relations { evidence { sourceId source { id } } } }"))["relations"].Items().ToList();

        Assert.All(relations, r => Assert.Equal(r["evidence"]![0]!["source"].Str("id"), r["evidence"]![0].Str("sourceId")));
    }

    [Fact]
    public async Task JsonAnswers_AreCompressedWithBrotliOrGzip()
    {
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"{ relations { id evidence { quote } } }"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await _factory.CreateClient().SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [Fact]
    public async Task Overview_ShowsTheTopActorsByLeverageAndCountsWhatItHides()
    {
        var data = await DataAsync("""
            { overview(top: 5) { actors { id leverage } edges { from to type count relationIds } hiddenActors hiddenRelations totalActors totalRelations }
              actors { id leverage } }
            """);
        var overview = data["overview"]!;
        var shown = overview["actors"].Items().Select(a => a.Str("id")).ToList();
        var expected = data["actors"].Items().OrderByDescending(a => a["leverage"]!.GetValue<double>()).ThenBy(a => a.Str("id"), StringComparer.Ordinal)
            .Take(5).Select(a => a.Str("id")).ToList();
        var edges = overview["edges"].Items().ToList();

        Assert.Equal(expected, shown);
        Assert.All(edges, e => Assert.True(shown.Contains(e.Str("from")) && shown.Contains(e.Str("to")), e.ToJsonString()));
        Assert.All(edges, e => Assert.Equal(e["count"]!.GetValue<int>(), e["relationIds"].Items().Count()));
        Assert.Equal(SeedOracle.ActorIds.Count - 5, overview["hiddenActors"]!.GetValue<int>());
        Assert.Equal(SeedOracle.RelationIds.Count, overview["totalRelations"]!.GetValue<int>());
        Assert.Equal(SeedOracle.RelationIds.Count - edges.Sum(e => e["count"]!.GetValue<int>()), overview["hiddenRelations"]!.GetValue<int>());
    }

    [Fact]
    public async Task Overview_WithMaxEdges_KeepsEveryActorsStrongestEdgeAndCountsTheClaimsLeftOut()
    {
        var data = await DataAsync("""
            { all: overview(top: 12) { edges { from to type count } totalRelations }
              bounded: overview(top: 12, maxEdges: 14) { actors { id } edges { from to type count } hiddenRelations totalRelations } }
            """);
        var all = data["all"]!["edges"].Items().Select(e => (From: e.Str("from"), To: e.Str("to"), Type: e.Str("type"), Count: e["count"]!.GetValue<int>())).ToList();
        var bounded = data["bounded"]!["edges"].Items().Select(e => (From: e.Str("from"), To: e.Str("to"), Type: e.Str("type"), Count: e["count"]!.GetValue<int>())).ToList();

        Assert.True(all.Count > 14, $"the test needs more than 14 edges among the top 12, found {all.Count}");
        Assert.Equal(14, bounded.Count);
        Assert.Subset(all.ToHashSet(), bounded.ToHashSet());
        var tied = all.SelectMany(e => new[] { e.From, e.To }).Distinct();
        Assert.All(tied, actor => Assert.Contains(bounded, e => e.From == actor || e.To == actor));
        Assert.Equal(data["bounded"]!["totalRelations"]!.GetValue<int>() - bounded.Sum(e => e.Count), data["bounded"]!["hiddenRelations"]!.GetValue<int>());
    }

    [Fact]
    public async Task Expand_RanksNeighboursByScoreExplainsThemAndLeavesOutTheExcluded()
    {
        var data = await DataAsync("""{ expand(id: "india", first: 3, exclude: ["pakistan"]) { neighbours { actor { id } score claims reason } edges { from to } hiddenNeighbours } }""");
        var expansion = data["expand"]!;
        var neighbours = expansion["neighbours"].Items().ToList();
        var scores = neighbours.Select(n => n["score"]!.GetValue<double>()).ToList();

        Assert.Equal(3, neighbours.Count);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.DoesNotContain(neighbours, n => n["actor"].Str("id") == "pakistan");
        Assert.All(neighbours, n => Assert.Matches(@"^leverage \d\.\d\d; \d+ claims?: ", n.Str("reason")));
        Assert.Contains(expansion["edges"].Items(), e => e.Str("from") == "pakistan" || e.Str("to") == "pakistan");
        Assert.All(expansion["edges"].Items(), e => Assert.True(e.Str("from") == "india" || e.Str("to") == "india"));
        Assert.True(expansion["hiddenNeighbours"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task UnpaginatedListBeyondTheLimit_NamesThePaginatedFieldAndTruncatesNothing()
    {
        await using var small = _factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:MaxListItems", "20"));

        var response = await GraphQLClient.PostAsync(small.CreateClient(), "{ actors { id } }");

        Assert.Null(response.Body["data"]?["actors"]);
        Assert.Contains("ask actorsPage(first, after) instead", response.FirstError);
        Assert.Equal("TOO_LARGE", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Breakdowns_First_AreTheLargestRows_AndBeyondTheLimitWithoutFirstAnError()
    {
        // One host per data folder: the limit of 3 applies to a whole breakdown, not to one asked for with 'first'.
        await using var small = _factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:MaxListItems", "3"));
        var client = small.CreateClient();

        var all = await GraphQLClient.PostAsync(client,
            """{ actor(id: "china") { leverageBreakdown(first: 1000) { amount } alignmentBreakdown(first: 1000) { pull } } }""");
        var cut = await GraphQLClient.PostAsync(client,
            """{ actor(id: "china") { leverageBreakdown(first: 3) { amount } alignmentBreakdown(first: 2) { pull } } }""");
        var refused = await GraphQLClient.PostAsync(client, """{ actor(id: "china") { leverageBreakdown { amount } } }""");

        var amounts = all.Body["data"]!["actor"]!["leverageBreakdown"].Items().Select(r => r["amount"]!.GetValue<double>()).ToList();
        var pulls = all.Body["data"]!["actor"]!["alignmentBreakdown"].Items().Select(r => r["pull"]!.GetValue<double>()).ToList();
        Assert.True(amounts.Count > 3 && pulls.Count > 3, all.Body.ToJsonString());
        Assert.Equal(amounts.Take(3), cut.Body["data"]!["actor"]!["leverageBreakdown"].Items().Select(r => r["amount"]!.GetValue<double>()));
        Assert.Equal(pulls.Take(2), cut.Body["data"]!["actor"]!["alignmentBreakdown"].Items().Select(r => r["pull"]!.GetValue<double>()));
        Assert.Contains("ask leverageBreakdown(first: ...) for the largest instead", refused.FirstError);
        Assert.Equal("TOO_LARGE", refused.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ManyAliasedLists_CostTheirRealLength_AndAreRefusedBeforeRunning()
    {
        await using var strict = _factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:MaxCost", "3000"));
        var client = strict.CreateClient();
        await GraphQLClient.PostAsync(client, "{ actors { id } }");
        // 90 copies of a 40-actor list under one root field, within the alias and root-field limits: 90 * (1 + 40) > 3000.
        var aliases = string.Join(" ", Enumerable.Range(0, 90).Select(i => $"a{i}: actors {{ id }}"));

        var response = await GraphQLClient.PostAsync(client, "{ graph { " + aliases + " } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
        Assert.Equal("COST_LIMIT_EXCEEDED", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BlocsOverTheirSizeLimit_SayFilterFirstInsteadOfRunning()
    {
        await using var small = _factory.WithWebHostBuilder(b => b.UseSetting("GraphQL:MaxBlocActors", "10"));

        var all = await GraphQLClient.PostAsync(small.CreateClient(), "{ blocs { groups { id } } }");
        var narrow = await GraphQLClient.PostAsync(small.CreateClient(), """{ blocs(claimedBy: "india", status: [CLAIMED]) { groups { id } } }""");

        Assert.StartsWith("Too large for blocs: filter first.", all.FirstError);
        Assert.Equal("TOO_LARGE", all.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(narrow.Errors is null, narrow.Body.ToJsonString());
    }
}
