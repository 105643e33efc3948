using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class ActorPanelFilterTests
{
    private const string Type = "ATTACKS";

    [ChromiumFact]
    public async Task TheBreakdownsListOnlyRelationsThatPassTheFiltersAndAPoleIsSaidToBeOne()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ relations { id type from { id } to { id } } }");
        var relations = api.Data["relations"].Items().Select(r => (Id: r.Str("id"), Type: r.Str("type"), From: r["from"]!.Str("id"), To: r["to"]!.Str("id"))).ToList();
        var ofType = relations.Where(r => r.Type == Type).Select(r => r.Id).ToHashSet();
        // The actor with most relations, none of them of the filtered type.
        var untouched = relations.SelectMany(r => new[] { r.From, r.To }).Distinct()
            .Where(a => !relations.Any(r => r.Type == Type && (r.From == a || r.To == a)))
            .MaxBy(a => relations.Count(r => r.From == a || r.To == a))!;

        await session.OpenAsync($"#types={Type}&sel=actor:{untouched}");
        var page = session.Page;
        await page.Locator("#side-panel").GetByText("No relations pass the current filters.").WaitForAsync();
        await page.Locator(".leverage-breakdown").WaitForAsync();
        Assert.Equal(0, await page.Locator(".leverage-breakdown li").CountAsync());
        Assert.Equal(0, await page.Locator(".alignment-breakdown li").CountAsync());
        await session.ScreenshotAsync("actor-filtered-out.png");

        // An actor with relations of that type: every term listed is one of them.
        await page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('india').emit('tap')");
        await page.Locator(".leverage-breakdown li").First.WaitForAsync();
        var listed = await page.Locator(".leverage-breakdown li, .alignment-breakdown li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)");
        Assert.NotEmpty(listed);
        Assert.All(listed, id => Assert.Contains(id, ofType));

        // A pole's alignment is not explained by relations: it is the pole.
        // The new hash drops the type filter: the panel shows Pakistan once the redraw it starts is done.
        await page.EvaluateAsync("""
            () => new Promise(followed => { addEventListener('hashchange', followed, { once: true }); location.hash = 'sel=actor:pakistan'; })
              .then(() => window.influenceGraph.idle())
            """);
        await Assertions.Expect(page.Locator(".alignment-breakdown")).ToContainTextAsync("A pole: its alignment is \u22121 by definition",
            new LocatorAssertionsToContainTextOptions { Timeout = 15_000 });
        await page.Locator(".alignment-breakdown").ScrollIntoViewIfNeededAsync();
        await session.ScreenshotAsync("actor-pole.png");
        Assert.Empty(session.ConsoleErrors);
    }
}
