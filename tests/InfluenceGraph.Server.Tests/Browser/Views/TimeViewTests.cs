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
        // The days on which what holds changes: a relation begins, or has just ended (the day after its until).
        var dates = api.Data["relations"].Items().SelectMany(r => new[] { r.Str("since"), DayAfter(r.Str("until")) })
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

    [ChromiumFact]
    public async Task OnAChosenDayUndatedRelationsCountOnlyWhenTheBoxIsTicked_AndTheSliderStepsThroughTheCrisisDays()
    {
        await using var session = await ViewSession.StartAsync();
        const string Day = "2025-05-07";
        var api = await session.QueryAsync("""
            query ($d: Date) { dated: relations(asOf: $d) { id } withUndated: relations(asOf: $d, includeUndated: true) { id } all: relations { id since } }
            """, new { d = Day });
        var dated = api.Data["dated"].Items().Select(r => r.Str("id")).Order().ToList();
        var withUndated = api.Data["withUndated"].Items().Select(r => r.Str("id")).Order().ToList();
        var undated = api.Data["all"].Items().Where(r => r.Str("since").Length == 0).Select(r => r.Str("id")).ToList();
        Assert.NotEmpty(undated);
        Assert.Equal(dated.Concat(undated).Order(), withUndated);

        await session.OpenAsync($"#asOf={Day}");
        var page = session.Page;
        Assert.Equal(dated, (await page.EvaluateAsync<string[]>(DrawnClaims)).Order());
        Assert.False(await page.IsCheckedAsync("#include-undated"));

        await page.CheckAsync("#include-undated");
        await session.IdleAsync();
        Assert.Equal(withUndated, (await page.EvaluateAsync<string[]>(DrawnClaims)).Order());
        Assert.Contains("undated=1", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);

        // The slider's steps are days on which something changes: the weeks of the crisis are steps of their own,
        // however early the oldest relation began.
        var steps = await page.EvalOnSelectorAsync<int>("#as-of", "s => Number(s.max)");
        await page.EvalOnSelectorAsync("#as-of", "s => { s.value = String(Number(s.max) - 1); s.dispatchEvent(new Event('change')); }");
        await session.IdleAsync();
        var last = (await page.InnerTextAsync("#as-of-value")).Trim();
        Assert.InRange(steps, 20, 400);
        Assert.StartsWith("2025-", last, StringComparison.Ordinal);
        await session.ScreenshotAsync("time-undated-toggle.png");
        Assert.Empty(session.ConsoleErrors);
    }

    private static string DayAfter(string iso) =>
        iso.Length == 0 ? "" : DateOnly.ParseExact(iso, "yyyy-MM-dd").AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
