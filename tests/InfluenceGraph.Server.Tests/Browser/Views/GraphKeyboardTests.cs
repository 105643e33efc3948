using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class GraphKeyboardTests
{
    [ChromiumFact]
    public async Task TabReachesTheGraphAndKeysMoveFromActorToActorByLeverageAndEnterOpensOne()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ actors { id name leverage } }");
        var byLeverage = api.Data["actors"].Items()
            .Select(a => (Id: a.Str("id"), Name: a.Str("name"), Leverage: a["leverage"]!.GetValue<double>()))
            .OrderByDescending(a => a.Leverage).ThenBy(a => a.Name, StringComparer.InvariantCulture).ToList();
        await session.OpenAsync();
        var page = session.Page;

        // Tab alone reaches the drawing.
        var tabs = 0;
        while (await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''") != "cy")
        {
            Assert.True(++tabs < 120, "Tab never reached the graph.");
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("solid", await page.EvaluateAsync<string>("() => getComputedStyle(document.getElementById('cy')).outlineStyle"));

        var announcer = page.Locator("#graph-announcer");
        Assert.Equal("polite", await announcer.GetAttributeAsync("aria-live"));
        const string Cursor = "() => window.influenceGraph.cy.nodes('.keyboard-cursor').map(n => n.id())";

        await page.Keyboard.PressAsync("n");
        Assert.Equal([byLeverage[0].Id], await page.EvaluateAsync<string[]>(Cursor));
        await Assertions.Expect(announcer).ToContainTextAsync($"{byLeverage[0].Name}: leverage");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal([byLeverage[1].Id], await page.EvaluateAsync<string[]>(Cursor));
        await Assertions.Expect(announcer).ToContainTextAsync($"{byLeverage[1].Name}: leverage");
        await Assertions.Expect(announcer).ToContainTextAsync($"2 of {byLeverage.Count} by leverage");
        await page.Keyboard.PressAsync("p");
        Assert.Equal([byLeverage[0].Id], await page.EvaluateAsync<string[]>(Cursor));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal([byLeverage[2].Id], await page.EvaluateAsync<string[]>(Cursor));
        await session.ScreenshotAsync("graph-keyboard-cursor.png");

        // Enter opens the actor under the cursor.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#side-panel[data-open='true'] .panel-title").First).ToHaveTextAsync(byLeverage[2].Name);
        Assert.Equal(byLeverage[2].Id, await page.EvaluateAsync<string>("() => window.influenceGraph.cy.nodes(':selected').id()"));
        await Assertions.Expect(announcer).ToContainTextAsync("opened in the details panel");
        Assert.Equal("cy", await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
        await session.ScreenshotAsync("graph-keyboard-open.png");

        // Escape closes it; the skip link's fragment leaves the page's state alone.
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#side-panel")).ToHaveAttributeAsync("data-open", "false");
        Assert.Empty(session.ConsoleErrors);
    }
}
