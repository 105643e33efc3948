using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class HistoryTests
{
    private const string Title = "#side-panel[data-open='true'] .panel-title";

    [ChromiumFact]
    public async Task BackReturnsToThePreviousSelectionAndANewHashIsFollowed()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var page = session.Page;
        var start = page.Url;

        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('india').emit('tap')");
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("India");
        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('pakistan').emit('tap')");
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("Pakistan");

        // Back stays in the page and shows the actor chosen before.
        await page.GoBackAsync();
        Assert.StartsWith(start.Split('#')[0], page.Url, StringComparison.Ordinal);
        Assert.Contains("sel=actor:india", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("India");
        Assert.Equal("india", await page.EvaluateAsync<string>("() => window.influenceGraph.cy.nodes(':selected').id()"));

        // Forward brings the second choice back; a view switch is an entry of its own.
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("Pakistan");
        await page.ClickAsync("#tab-matrix");
        await page.GoBackAsync();
        await Assertions.Expect(page.Locator(".views")).ToHaveAttributeAsync("data-view", "graph");

        // A hash set in the open tab (a link state naming an actor) opens that actor's panel.
        await page.EvaluateAsync("() => { location.hash = 'sel=actor:china'; }");
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("China");
        Assert.Equal("china", await page.EvaluateAsync<string>("() => window.influenceGraph.cy.nodes(':selected').id()"));

        // A hash with filters applies them: only confirmed relations are drawn.
        await page.EvaluateAsync("() => { location.hash = 'status=CONFIRMED&sel=actor:india'; }");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#status-filters input:checked')].map(i => i.value).join() === 'CONFIRMED'");
        await session.IdleAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.influenceGraph.cy.edges().filter(e => e.data('status') !== 'CONFIRMED').length"));
        await Assertions.Expect(page.Locator(Title)).ToHaveTextAsync("India");
        await session.ScreenshotAsync("history-hash.png");
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task BackAndForwardTakeColourByBlocOffAndOnAgain()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var page = session.Page;
        const string Coloured = "() => window.influenceGraph.cy.nodes('.by-bloc').length";

        await page.CheckAsync("#color-blocs");
        await page.WaitForFunctionAsync($"() => ({Coloured})() > 0");
        Assert.Contains("blocs=1", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await page.WaitForFunctionAsync($"() => ({Coloured})() === 0");
        Assert.False(await page.IsCheckedAsync("#color-blocs"));

        await page.GoForwardAsync();
        await page.WaitForFunctionAsync($"() => ({Coloured})() > 0");
        Assert.True(await page.IsCheckedAsync("#color-blocs"));
        Assert.Empty(session.ConsoleErrors);
    }
}
