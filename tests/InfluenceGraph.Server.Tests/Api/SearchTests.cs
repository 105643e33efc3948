using System.Text.Json.Nodes;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>Search finds text in names, aliases, descriptions and quotes, actors first, in pages.</summary>
public sealed class SearchTests : IDisposable
{
    private const string Hits = "nodes { field excerpt actor { id } relation { id } } pageInfo { endCursor hasNextPage } totalCount";

    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonNode> SearchAsync(string text, int first = 20, string? after = null)
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(),
            $"query ($text: String!, $first: Int, $after: String) {{ search(text: $text, first: $first, after: $after) {{ {Hits} }} }}", new { text, first, after });
        Assert.True(response.Errors is null, response.Body.ToJsonString());
        return response.Data["search"]!;
    }

    [Fact]
    public async Task Rafale_FindsFranceByItsDescriptionAndTheRelationsWhoseQuotesNameIt()
    {
        var found = await SearchAsync("rafale");

        var hits = found["nodes"].Items().ToList();
        Assert.Equal("DESCRIPTION", hits[0].Str("field"));
        Assert.Equal("france", hits[0]["actor"].Str("id"));
        var quoted = hits.Where(h => h.Str("field") == "QUOTE").Select(h => h["relation"].Str("id")).ToList();
        Assert.Contains("fp-032", quoted);
        Assert.Contains("fp-033", quoted);
        Assert.All(hits.Where(h => h.Str("field") == "QUOTE"), h => Assert.Contains("Rafale", h.Str("excerpt"), StringComparison.Ordinal));
        Assert.Equal(hits.Count, found["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task IndusWaters_FindsTheTreatySuspensionByItsQuote()
    {
        var found = await SearchAsync("Indus Waters");

        Assert.Contains(found["nodes"].Items(), h => h.Str("field") == "QUOTE" && h["relation"].Str("id") == "fp-038");
    }

    [Fact]
    public async Task ANameMatch_ComesBeforeDescriptionsAndQuotes()
    {
        var hits = (await SearchAsync("pakistan", 1000))["nodes"].Items().Select(h => h.Str("field")).ToList();

        Assert.Equal("NAME", hits[0]);
        var order = new[] { "NAME", "ALIAS", "DESCRIPTION", "QUOTE" };
        Assert.Equal(hits.OrderBy(f => Array.IndexOf(order, f)), hits);
    }

    [Fact]
    public async Task Pages_TogetherAreTheWholeSearchInItsOrder()
    {
        var whole = await SearchAsync("india", 1000);
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = await SearchAsync("india", 7, after);
            paged.AddRange(page["nodes"].Items().Select(Key));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"].Str("endCursor") : null;
        }
        while (after is not null);

        Assert.True(whole["totalCount"]!.GetValue<int>() > 7);
        Assert.Equal(whole["nodes"].Items().Select(Key), paged);

        static string Key(JsonNode hit) => hit.Str("field") + ":" + (hit["actor"]?.Str("id") ?? hit["relation"].Str("id"));
    }

    [Theory]
    [InlineData(" a ", "2 to 200 characters")]
    [InlineData("", "2 to 200 characters")]
    public async Task TooShortText_IsRefusedNamingTheBounds(string text, string expected)
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), "query ($t: String!) { search(text: $t) { totalCount } }", new { t = text });

        Assert.Contains(expected, response.Errors![0]!.Str("message"), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", response.Errors[0]!["extensions"].Str("code"));
    }

    [Fact]
    public void Excerpt_KeepsTheMatchWithContextCutAtSpaces()
    {
        var quote = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}")) + " Rafale " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"tail{i}"));

        var excerpt = TextSearch.Excerpt(quote, "rafale");

        Assert.StartsWith("…word", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.Contains(" Rafale ", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= "rafale".Length + 2 * TextSearch.ExcerptContext + 2, excerpt);
    }

    [Fact]
    public void Find_BuildsOnlyTheAskedPageButCountsEveryHit()
    {
        var relations = Enumerable.Range(0, 50_000)
            .Select(i => new Relation($"r{i:D6}", "SUPPORTS", "a", "b", 0.5, ClaimStatuses.Confirmed, [], null, null, i % 2 == 0 ? "the tea" : "coffee", "s"))
            .ToList();

        var found = TextSearch.Find([], relations, "TEA", 24_990, 20);

        Assert.Equal(25_000, found.TotalCount);
        Assert.Equal(10, found.Hits.Count);
        Assert.False(found.HasMore);
        Assert.Equal("r049980", found.Hits[0].Relation!.Id);
    }
}
