using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class NarrowScreenTests
{
    /// <summary>Visible elements that reach past the viewport's right edge (what would make the page scroll sideways).</summary>
    private const string Overflowing = """
        () => [...document.querySelectorAll('body *')].filter(e => {
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') return false;
          // Drawers closed off-screen are moved by a transform and clipped by their container; they are not counted.
          if (e.closest('.side-panel:not([data-open="true"]), .controls')) return false;
          return r.right > window.innerWidth + 0.5;
        }).map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
        """;

    [ChromiumFact]
    public async Task AtPhoneWidthNothingScrollsSidewaysBothPolePickersShowAndThePanelIsADrawer()
    {
        await using var session = await ViewSession.StartAsync(390, 844);
        await session.OpenAsync();
        var page = session.Page;
        await session.ScreenshotAsync("narrow.png");

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390,
            "The page scrolls sideways: " + string.Join("; ", await page.EvaluateAsync<string[]>(Overflowing)));
        Assert.Empty(await page.EvaluateAsync<string[]>(Overflowing));
        foreach (var picker in new[] { "#pole-a", "#pole-b" })
        {
            var box = await page.Locator(picker).BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"{picker} is cut off: {box?.X} + {box?.Width}");
        }

        // The panel opens over the graph as a drawer, inside the screen, and closes again.
        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('india').emit('tap')");
        var panel = page.Locator("#side-panel");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-open", "true");
        await page.WaitForTimeoutAsync(400);
        var open = await panel.BoundingBoxAsync();
        Assert.True(open!.X >= 0 && open.X + open.Width <= 390.5, $"The open panel spans {open.X} to {open.X + open.Width}");
        Assert.Equal("absolute", await panel.EvaluateAsync<string>("p => getComputedStyle(p).position"));
        // Over the graph and its toolbars: what is drawn at the panel's top corners is the panel.
        Assert.True(await panel.EvaluateAsync<bool>("""
            p => { const r = p.getBoundingClientRect();
              return [[r.left + 12, r.top + 12], [r.right - 12, r.top + 12], [r.left + 12, r.top + 60]]
                .every(([x, y]) => document.elementFromPoint(x, y)?.closest('#side-panel') === p); }
            """), "Something is drawn over the open panel.");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390);
        await session.ScreenshotAsync("narrow-panel.png");
        await page.ClickAsync("#side-panel .panel-close");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-open", "false");
        Assert.Empty(session.ConsoleErrors);
    }
}
