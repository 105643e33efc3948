using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class LevelViewTests
{
    [ChromiumFact]
    public async Task AtStateLevelThePageDrawsTheStatesAndGroupsWithTheirRolledUpLeverage_AndTheLinkKeepsIt()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ overview(level: STATES) { actors { id leverage(level: STATES) } } }");
        var expected = api.Data["overview"]!["actors"].Items().ToDictionary(a => a.Str("id"), a => a["leverage"]!.GetValue<double>());
        var ranked = expected.OrderByDescending(p => p.Value).Select(p => p.Key).ToList();
        // Both articles put the United States and China among those with most leverage over the crisis.
        Assert.Contains("united-states", ranked.Take(4));
        Assert.Contains("china", ranked.Take(4));

        await session.OpenAsync();
        var page = session.Page;
        await page.SelectOptionAsync("#level", "STATES");
        await session.IdleAsync();
        var drawn = await page.EvaluateAsync<Dictionary<string, double>>(
            "() => Object.fromEntries(window.influenceGraph.cy.nodes().map(n => [n.id(), n.data('leverage')]))");
        Assert.Equal(expected.Keys.Order(), drawn.Keys.Order());
        Assert.All(expected, p => Assert.Equal(p.Value, drawn[p.Key], 6));
        Assert.Contains("level=states", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        await session.ScreenshotAsync("level-states.png");

        // A link with the level opens at that level.
        await session.OpenAsync("#level=states");
        Assert.Equal("STATES", await session.Page.InputValueAsync("#level"));
        Assert.Equal(expected.Count, await session.Page.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes().length"));
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task TheActorPanelRanksWhoHoldsLeverageOverTheActorAsTheApiDoes()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""{ actor(id: "pakistan") { leverageHolders(first: 8) { holder { id } value } } }""");
        var holders = api.Data["actor"]!["leverageHolders"].Items().Select(h => h["holder"]!.Str("id")).ToList();
        Assert.NotEmpty(holders);

        await session.OpenAsync("#sel=actor:pakistan");
        var listed = session.Page.Locator(".holder-list > li");
        await listed.First.WaitForAsync();
        Assert.Equal(holders, await listed.EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.actorId)"));
        await session.Page.Locator(".leverage-holders").ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync("actor-leverage-holders.png");
        Assert.Empty(session.ConsoleErrors);
    }
}
