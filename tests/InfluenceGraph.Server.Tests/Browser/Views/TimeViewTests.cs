using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class TimeViewTests
{
    private const string DrawnClaims = "() => window.influenceGraph.cy.edges().flatMap(e => e.data('relationIds'))";

    [ChromiumFact]
    public async Task PlayStepsThroughTheDatedRelationsAndDrawsWhatHoldsOnEachDay()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ relations { since until } }");
        var dates = api.Data["relations"].Items().SelectMany(r => new[] { r.Str("since"), r.Str("until") })
            .Where(d => d.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        await session.OpenAsync();
        var page = session.Page;

        // Record every date the slider shows while playing.
        await page.EvaluateAsync("""
            () => { window.shown = []; new MutationObserver(() => window.shown.push(document.getElementById('as-of-value').textContent))
              .observe(document.getElementById('as-of-value'), { childList: true, characterData: true, subtree: true }); }
            """);
        await page.ClickAsync("#play");
        Assert.Equal("true", await page.GetAttributeAsync("#play", "aria-pressed"));
        await page.WaitForFunctionAsync("d => window.shown.includes(d)", dates[1], new PageWaitForFunctionOptions { Timeout = 30_000 });
        await session.ScreenshotAsync("time-playing.png");
        await page.ClickAsync("#play");
        Assert.Equal("false", await page.GetAttributeAsync("#play", "aria-pressed"));
        var shown = await page.EvaluateAsync<string[]>("() => window.shown");
        Assert.Equal(dates.Take(shown.Length), shown);

        // Paused, the page stays on its date and draws what the API answers for that day.
        var stoppedAt = (await page.InnerTextAsync("#as-of-value")).Trim();
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(stoppedAt, (await page.InnerTextAsync("#as-of-value")).Trim());
        await session.IdleAsync();
        var expected = await session.QueryAsync("query ($d: Date) { relations(asOf: $d) { id } }", new { d = stoppedAt });
        var drawn = await page.EvaluateAsync<string[]>(DrawnClaims);
        Assert.Equal(expected.Data["relations"].Items().Select(r => r.Str("id")).Order(), drawn.Order());
        Assert.Empty(session.ConsoleErrors);
    }
}
