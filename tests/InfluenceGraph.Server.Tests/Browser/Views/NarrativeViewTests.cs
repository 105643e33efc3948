using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class NarrativeViewTests
{
    private const string DrawnClaims = "() => window.influenceGraph.cy.edges().flatMap(e => e.data('relationIds'))";
    private const string DrawnLeverage = "() => Object.fromEntries(window.influenceGraph.cy.nodes().map(n => [n.id(), n.data('leverage')]))";

    [ChromiumFact]
    public async Task ConfirmedOnlyAndEachSidesAccountDrawWhatTheApiAnswersForThatNarrative()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var page = session.Page;

        await page.SelectOptionAsync("#narrative", "confirmed");
        await session.IdleAsync();
        var confirmed = await session.QueryAsync("""
            { graph(status: [CONFIRMED]) { actors { id leverage(status: [CONFIRMED]) } relations { id } } }
            """);
        await AssertDrawnAsync(session, confirmed);
        Assert.Contains("narrative=confirmed", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);

        await page.SelectOptionAsync("#narrative", "claimed:pakistan");
        await session.IdleAsync();
        var pakistan = await session.QueryAsync("""
            { graph(claimedBy: "pakistan") { actors { id leverage(claimedBy: "pakistan") } relations { id } } }
            """);
        await AssertDrawnAsync(session, pakistan);
        Assert.Equal("Pakistan\u2019s account", await page.EvalOnSelectorAsync<string>("#narrative", "s => s.selectedOptions[0].textContent"));
        await session.ScreenshotAsync("narrative-pakistan.png");
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task ContestedRelationsGlowInTheGraphAndAreListedAsTheApiAnswers()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ contested { id from { id } type to { id } } }");
        var contested = api.Data["contested"].Items().ToList();
        Assert.NotEmpty(contested);
        await session.OpenAsync();
        var page = session.Page;

        var glowing = await page.EvaluateAsync<string[]>("() => window.influenceGraph.cy.edges('.contested').flatMap(e => e.data('relationIds'))");
        Assert.All(contested, r => Assert.Contains(r.Str("id"), glowing));
        await page.ClickAsync("#show-contested");
        await page.Locator(".contested-list").WaitForAsync();
        var listed = await page.Locator(".contested-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)");
        Assert.Equal(contested.Select(r => r.Str("id")).Order(), listed.Order());

        await session.ScreenshotAsync("narrative-contested.png");

        // An item selects its edge in the graph.
        var firstListed = await page.Locator(".contested-list li").First.GetAttributeAsync("data-edge-id");
        await page.Locator(".contested-list li button").First.ClickAsync();
        var selected = await page.EvaluateAsync<string>("() => window.influenceGraph.cy.edges(':selected').id()");
        Assert.Equal(firstListed, selected);
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task AnOpenBlocsViewFollowsTheNarrativeFilter()
    {
        await using var session = await ViewSession.StartAsync();
        const string Blocs = "query($status: [ClaimStatus!]) { blocs(status: $status) { frustrated { id } } }";
        var all = Frustrated(await session.QueryAsync(Blocs));
        var confirmed = Frustrated(await session.QueryAsync(Blocs, new { status = new[] { "CONFIRMED" } }));
        Assert.NotEqual(all, confirmed);
        await session.OpenAsync();
        var page = session.Page;

        await page.CheckAsync("#color-blocs");
        await page.Locator(".frustrated-list").WaitForAsync();
        await session.IdleAsync();
        Assert.Equal(all, await ListedAsync(page));

        // The panel stays open and is computed again for the new filter, as the API answers it.
        await page.SelectOptionAsync("#narrative", "confirmed");
        await session.IdleAsync();
        Assert.Equal(confirmed, await ListedAsync(page));
        Assert.Empty(session.ConsoleErrors);

        static List<string> Frustrated(GraphQLClient.Response response) =>
            [.. response.Data["blocs"]!["frustrated"].Items().Select(r => r.Str("id")).Order(StringComparer.Ordinal)];

        static async Task<List<string>> ListedAsync(Microsoft.Playwright.IPage page) =>
            [.. (await page.Locator(".frustrated-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)"))
                .Order(StringComparer.Ordinal)];
    }

    [ChromiumFact]
    public async Task CompareTwoNarrativesListsTheActorsThatMoveAsTheApiAnswers()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""
            { compareNarratives(a: { status: [CONFIRMED] }, b: { claimedBy: "india" }, poles: ["india", "pakistan"]) { actor { id } leverageDelta alignmentDelta } }
            """);
        var moved = api.Data["compareNarratives"].Items()
            .Where(s => Math.Abs(s["leverageDelta"]!.GetValue<double>()) > 0.005 || Math.Abs(s["alignmentDelta"]?.GetValue<double>() ?? 0) > 0.005)
            .Select(s => s["actor"].Str("id")).ToList();
        await session.OpenAsync();
        var page = session.Page;

        await page.ClickAsync("#show-compare");
        await page.SelectOptionAsync("#compare-a", "confirmed");
        await page.SelectOptionAsync("#compare-b", "claimed:india");
        await page.ClickAsync("#compare-form button[type=submit]");
        await page.Locator(".compare-list").WaitForAsync();
        var listed = await page.Locator(".compare-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.actorId)");
        Assert.Equal(moved.Order(), listed.Order());
        await session.ScreenshotAsync("narrative-compare.png");
        Assert.Empty(session.ConsoleErrors);
    }

    private static async Task AssertDrawnAsync(ViewSession session, GraphQLClient.Response api)
    {
        var drawn = await session.Page.EvaluateAsync<string[]>(DrawnClaims);
        Assert.Equal(api.Data["graph"]!["relations"].Items().Select(r => r.Str("id")).Order(), drawn.Order());
        var leverage = await session.Page.EvaluateAsync<Dictionary<string, double>>(DrawnLeverage);
        foreach (var actor in api.Data["graph"]!["actors"].Items())
            Assert.Equal(actor["leverage"]!.GetValue<double>(), leverage[actor.Str("id")], 6);
    }
}
