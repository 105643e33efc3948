using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class ActorPanelTests
{
    [ChromiumFact]
    public async Task ActorPanelExplainsLeverageAndAlignmentAndShowsPairwiseLeverageAsTheApiAnswers()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""
            { actor(id: "united-states") {
                leverageBreakdown { relation { id } amount }
                alignmentBreakdown(poles: ["india", "pakistan"]) { relation { id } pull } }
              pairwiseLeverage(holder: "united-states", subject: "pakistan") { value } }
            """);
        await session.OpenAsync();
        var page = session.Page;

        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('united-states').emit('tap')");
        await page.Locator(".leverage-breakdown").WaitForAsync();
        var top = api.Data["actor"]!["leverageBreakdown"].Items().MaxBy(c => c["amount"]!.GetValue<double>())!["relation"].Str("id");
        Assert.Equal(top, await page.Locator(".leverage-breakdown li").First.GetAttributeAsync("data-relation-id"));
        var pulls = api.Data["actor"]!["alignmentBreakdown"].Items().ToList();
        Assert.Equal(Math.Min(10, pulls.Count), await page.Locator(".alignment-breakdown li").CountAsync());

        await page.SelectOptionAsync("#leverage-over-target", "pakistan");
        await page.Locator(".pairwise-value").WaitForAsync();
        var value = (await page.Locator(".pairwise-value").InnerTextAsync()).Trim();
        Assert.Equal(api.Data["pairwiseLeverage"]!["value"]!.GetValue<double>().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), value);
        await session.ScreenshotAsync("actor-breakdown.png");
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task ReachAndMediatorsShowTheApisPathsAndCandidatesWithEvidence()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""
            { strongestPaths(from: "india", to: "pakistan", k: 3) { relations { id } }
              mediators(a: "india", b: "pakistan") { actor { id } } }
            """);
        await session.OpenAsync();
        var page = session.Page;

        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('india').emit('tap')");
        await page.Locator(".reach .picker button").ClickAsync();
        await page.Locator(".reach-out .path").First.WaitForAsync();
        var paths = api.Data["strongestPaths"].Items().ToList();
        Assert.Equal(paths.Count, await page.Locator(".reach-out .path").CountAsync());
        Assert.Equal(paths[0]["relations"].Items().Count(), await page.Locator(".reach-out .path").First.Locator(".path-steps > li").CountAsync());
        Assert.True(await page.Locator(".reach-out .evidence-step").CountAsync() > 0, "No step shows its evidence.");

        await page.Locator(".mediate .picker button").ClickAsync();
        await page.Locator(".mediator-list").WaitForAsync();
        var expected = api.Data["mediators"].Items().Take(8).Select(m => m["actor"].Str("id")).ToList();
        var listed = await page.Locator(".mediator-list > li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.actorId)");
        Assert.Equal(expected, listed);
        await page.Locator(".mediate").ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync("actor-mediators.png");
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task HubsRelationLists_ShowAHundredRowsAtFirst_AndMoreOnRequest()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var page = session.Page;

        // The page's own panel, given 250 ties out of one actor and 3 into it, as an expansion of a hub draws them.
        var result = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            async () => {
              const { SidePanel } = await import('/js/panel.js');
              const root = document.createElement('aside');
              root.innerHTML = '<div class="panel-body"></div>';
              document.body.append(root);
              const panel = new SidePanel(root, { catalog: [], typeColor: () => '#999', onActor: () => {}, onEdge: () => {}, onClose: () => {} });
              const tie = (i, source, target) => ({ id: `e${i}`, source, target, type: 'SUPPORTS', status: 'CONFIRMED', count: 1 });
              const edges = [...Array.from({ length: 250 }, (_, i) => tie(i, 'hub', `a${i}`)), ...[0, 1, 2].map(i => tie(300 + i, `b${i}`, 'hub'))];
              panel.showActor({ id: 'hub', name: 'Hub', kind: 'STATE', leverage: 0.5, alignment: 0 }, edges, new Map(), ['india', 'pakistan']);
              const [out, into] = root.querySelectorAll('.relation-list');
              const [more, intoMore] = root.querySelectorAll('.show-more');
              const label = more.textContent;
              const seen = [out.children.length, more.hidden ? 0 : 1, intoMore.hidden ? 0 : 1, into.children.length];
              more.click();
              seen.push(out.children.length, more.hidden ? 0 : 1);
              more.click();
              seen.push(out.children.length, more.hidden ? 0 : 1);
              root.remove();
              return { seen, label };
            }
            """);

        Assert.Equal([100, 1, 0, 3, 200, 1, 250, 0], result.GetProperty("seen").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("Show 100 more (150 not listed)", result.GetProperty("label").GetString());
        Assert.Empty(session.ConsoleErrors);
    }
}
