using System.Globalization;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfluenceGraph.Server.Tests.Browser.Scale;

/// <summary>The explorer on the seed plus 5,000 synthetic actors and 20,000 relations.</summary>
[Collection(LargeGraphCollection.Name)]
public sealed class FiveThousandActorsTests(FiveThousandActors graph, ITestOutputHelper output) : IClassFixture<FiveThousandActors>
{
    [ChromiumFact]
    public async Task FiveThousandActorsDrawTheirOverviewWithoutALongTaskAndCountWhatIsHidden()
    {
        var overview = (await graph.QueryAsync("{ overview(top: 500) { actors { id } hiddenActors totalActors } }")).Data["overview"]!;
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);

        var load = await LargeGraphSession.MeasureLoadAsync(page);
        output.WriteLine($"5,000 actors / 20,000 relations (added in {graph.Generation.TotalSeconds:0.0} s): {load}");
        Assert.True(load.LongestTaskMs <= 200, $"A task of {load.LongestTaskMs} ms blocked the main thread during load and first layout.");
        Assert.Equal(overview["actors"].Items().Count(), load.Nodes);
        // The canvas draws every edge each frame: the overview draws its strongest 2,000 (edge-budget.js), and the
        // scope line counts the claims it leaves out.
        Assert.InRange(load.Edges, 1, 2000);
        Assert.Matches(@"and [\d,]+ of [\d,]+ relations", await page.InnerTextAsync("#scope"));
        var total = overview["totalActors"]!.GetValue<int>();
        Assert.Contains($"Showing 500 of {total.ToString("N0", CultureInfo.InvariantCulture)} actors", await page.InnerTextAsync("#scope"), StringComparison.Ordinal);
        await LargeGraphSession.ScreenshotAsync(page, "scale-5000-overview.png");

        var (fps, longest) = await LargeGraphSession.MeasurePanZoomAsync(page);
        output.WriteLine($"pan and zoom: {fps:0} frames per second, longest task {longest:0} ms");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task ExportingTheOverviewWithItsClaimsShowsProgressWithoutALongTask()
    {
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);
        await LargeGraphSession.MeasureLoadAsync(page);
        await page.EvaluateAsync("""
            () => {
              window.__longTasks.length = 0;
              window.__progress = [];
              const status = document.getElementById('export-progress');
              new MutationObserver(() => window.__progress.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);

        await page.ClickAsync(".export-menu summary");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export='gexf']"), new PageRunAndWaitForDownloadOptions { Timeout = 120_000 });
        var gexf = System.Xml.Linq.XDocument.Load(await download.PathAsync());

        var claims = await page.EvaluateAsync<int>("() => window.influenceGraph.cy.edges().toArray().reduce((n, e) => n + e.data('relationIds').length, 0)");
        Assert.Equal(claims, gexf.Descendants((System.Xml.Linq.XNamespace)"http://gexf.net/1.3" + "edge").Count());
        var progress = await page.EvaluateAsync<string[]>("() => window.__progress");
        Assert.Contains(progress, p => p.StartsWith("Exporting: claims", StringComparison.Ordinal));
        var longest = await page.EvaluateAsync<double>("() => Math.max(0, ...window.__longTasks.map(t => t.duration))");
        output.WriteLine($"GEXF export of {claims} claims: longest task {longest:0} ms");
        Assert.True(longest <= 200, $"A task of {longest} ms blocked the main thread during the export.");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task ChangingTheFilterWhileTheLayoutRunsCancelsItAndDrawsTheNewOverview()
    {
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);
        // Straight away, while the first layout may still be running: confirmed claims only.
        await page.SelectOptionAsync("#narrative", "confirmed");
        await page.EvaluateAsync("() => window.influenceGraph.idle()");
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");
        var confirmed = (await graph.QueryAsync("{ overview(top: 500, status: [CONFIRMED]) { actors { id } } }")).Data["overview"]!;
        var drawn = await page.EvaluateAsync<string[]>("() => window.influenceGraph.cy.nodes().map(n => n.id())");
        Assert.Equal(confirmed["actors"].Items().Select(a => a.Str("id")).Order(), drawn.Order());
        Assert.False(await page.EvaluateAsync<bool>("() => window.influenceGraph.layout.running"));
        Assert.Empty(errors);
    }
}
