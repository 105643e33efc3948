using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class BlocsViewTests
{
    [ChromiumFact]
    public async Task ColourByBlocPaintsEachBlocOneColourAndListsTheFrustratedRelations()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("{ blocs { groups { id } frustrated { id } } }");
        var groups = api.Data["blocs"]!["groups"].Items().Select(g => g.Items().Select(a => a.Str("id")).ToList()).ToList();
        await session.OpenAsync();
        var page = session.Page;

        await page.CheckAsync("#color-blocs");
        await page.Locator(".frustrated-list").WaitForAsync();
        var colours = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(window.influenceGraph.cy.nodes('.by-bloc').map(n => [n.id(), n.data('blocColor')]))");
        var groupColours = groups.Select(g => g.Select(id => colours[id]).Distinct().Single()).ToList();
        Assert.Equal(groupColours.Count, groupColours.Distinct().Count());
        var listed = await page.Locator(".frustrated-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)");
        Assert.Equal(api.Data["blocs"]!["frustrated"].Items().Select(r => r.Str("id")).Order(), listed.Order());
        Assert.Contains("blocs=1", await page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        await session.ScreenshotAsync("blocs.png");

        await page.UncheckAsync("#color-blocs");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes('.by-bloc').length"));
        Assert.Empty(session.ConsoleErrors);
    }
}
