using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class TextSearchTests
{
    [ChromiumFact]
    public async Task AWordNoActorIsNamedFindsTheRelationsWhoseQuotesHoldIt_AndChoosingOneShowsItsClaims()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""{ search(text: "Rafale", first: 50) { nodes { field relation { id type from { id } to { id } evidence { quote } } } } }""");
        var hits = api.Data["search"]!["nodes"].Items().Where(h => h.Str("field") == "QUOTE").Select(h => h["relation"]!).ToList();
        Assert.NotEmpty(hits);

        await session.OpenAsync();
        var page = session.Page;
        await page.FillAsync("#search", "Rafale");
        await page.PressAsync("#search", "Enter");
        var listed = page.Locator(".search-relations li");
        await listed.First.WaitForAsync();
        Assert.Equal(hits.Select(h => h.Str("id")), await listed.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)"));
        Assert.All(await page.Locator(".search-relations .search-excerpt").AllInnerTextsAsync(),
            text => Assert.Contains("rafale", text, StringComparison.OrdinalIgnoreCase));
        await session.ScreenshotAsync("search-quotes.png");

        await listed.First.Locator("button").ClickAsync();
        var first = hits[0];
        await page.Locator("#side-panel .evidence-quote").First.WaitForAsync();
        var selected = await page.EvaluateAsync<string[]>("() => window.influenceGraph.cy.edges(':selected').flatMap(e => e.data('relationIds'))");
        Assert.Contains(first.Str("id"), selected);
        var quote = first["evidence"]![0].Str("quote");
        Assert.Contains(await page.Locator("#side-panel .evidence-quote").AllInnerTextsAsync(), shown => shown.Contains(quote, StringComparison.Ordinal));
        Assert.Empty(session.ConsoleErrors);
    }
}
