using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class CompareDefaultsTests
{
    [ChromiumFact]
    public async Task CompareOpensOnTheTwoPolesAccountsAndFollowsThePolePickers()
    {
        await using var session = await ViewSession.StartAsync();
        var poles = (await session.QueryAsync("{ defaultPoles }")).Data["defaultPoles"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        var api = await session.QueryAsync(
            "query ($a: ID, $b: ID, $poles: [ID!]) { compareNarratives(a: { claimedBy: $a }, b: { claimedBy: $b }, poles: $poles) { actor { id } leverageDelta alignmentDelta } }",
            new { a = poles[0], b = poles[1], poles });
        var moved = api.Data["compareNarratives"].Items()
            .Where(s => Math.Abs(s["leverageDelta"]!.GetValue<double>()) > 0.005 || Math.Abs(s["alignmentDelta"]?.GetValue<double>() ?? 0) > 0.005)
            .Select(s => s["actor"].Str("id")).ToList();
        await session.OpenAsync();
        var page = session.Page;

        await page.ClickAsync("#show-compare");
        await Assertions.Expect(page.Locator("#compare-a")).ToHaveValueAsync($"claimed:{poles[0]}");
        await Assertions.Expect(page.Locator("#compare-b")).ToHaveValueAsync($"claimed:{poles[1]}");
        await page.Locator(".compare-list").WaitForAsync();
        var listed = await page.Locator(".compare-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.actorId)");
        Assert.Equal(moved.Order(), listed.Order());
        await session.ScreenshotAsync("compare-defaults.png");

        // Another pole chosen in the pickers: the comparison opens on its account.
        await page.SelectOptionAsync("#pole-b", "china");
        await session.IdleAsync();
        await page.ClickAsync("#show-compare");
        await Assertions.Expect(page.Locator("#compare-a")).ToHaveValueAsync($"claimed:{poles[0]}");
        await Assertions.Expect(page.Locator("#compare-b")).ToHaveValueAsync("claimed:china");
        Assert.Empty(session.ConsoleErrors);
    }
}
