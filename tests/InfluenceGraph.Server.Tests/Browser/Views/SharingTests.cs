using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class SharingTests
{
    [ChromiumFact]
    public async Task ALinkReproducesPolesFiltersDateSelectionViewAndPositions()
    {
        await using var session = await ViewSession.StartAsync();
        var page = session.Page;
        await session.OpenAsync("#poles=china,united-states&status=CONFIRMED,CLAIMED&asOf=2025-05-07&view=split&sel=actor:quad");

        Assert.Equal("china", await page.InputValueAsync("#pole-a"));
        Assert.Equal("united-states", await page.InputValueAsync("#pole-b"));
        Assert.Equal("2025-05-07", (await page.InnerTextAsync("#as-of-value")).Trim());
        var ticked = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#status-filters input:checked')].map(i => i.value)");
        Assert.Equal(["CONFIRMED", "CLAIMED"], ticked);
        Assert.Equal("true", await page.GetAttributeAsync("#tab-split", "aria-selected"));
        Assert.Equal("Quadrilateral Security Dialogue", (await page.Locator("#side-panel .panel-title").First.InnerTextAsync()).Trim());

        // What is drawn is what the API answers for the same filters.
        var api = await session.QueryAsync("""
            { graph(status: [CONFIRMED, CLAIMED], asOf: "2025-05-07") { actors { id alignment(poles: ["china", "united-states"], asOf: "2025-05-07", status: [CONFIRMED, CLAIMED]) } relations { id } } }
            """);
        var relationIds = await page.EvaluateAsync<string[]>("() => window.influenceGraph.cy.edges().flatMap(e => e.data('relationIds'))");
        Assert.Equal(api.Data["graph"]!["relations"].Items().Select(r => r.Str("id")).Order(), relationIds.Order());
        var chinaColour = await page.EvaluateAsync<double>("() => window.influenceGraph.cy.getElementById('china').data('alignment')");
        Assert.Equal(1.0, chinaColour, 9);
        await session.ScreenshotAsync("shared-link.png");

        // Move a node: the link carries the new position, and a second page opened on it draws it there.
        await page.EvaluateAsync("""
            () => { const n = window.influenceGraph.cy.getElementById('pakistan'); n.position({ x: 1234, y: -567 }); n.emit('dragfree'); }
            """);
        var link = await page.EvaluateAsync<string>("() => location.href");
        Assert.Contains("pakistan~1234~-567", link, StringComparison.Ordinal);
        var positions = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(Object.fromEntries(window.influenceGraph.cy.nodes().map(n => [n.id(), n.position()])))")).RootElement;
        var second = await page.Context.NewPageAsync();
        await second.GotoAsync(link);
        await second.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var reopened = JsonDocument.Parse(await second.EvaluateAsync<string>("() => JSON.stringify(Object.fromEntries(window.influenceGraph.cy.nodes().map(n => [n.id(), n.position()])))")).RootElement;
        foreach (var node in positions.EnumerateObject())
        {
            Assert.Equal(Math.Round(node.Value.GetProperty("x").GetDouble()), reopened.GetProperty(node.Name).GetProperty("x").GetDouble(), 0);
            Assert.Equal(Math.Round(node.Value.GetProperty("y").GetDouble()), reopened.GetProperty(node.Name).GetProperty("y").GetDouble(), 0);
        }
        Assert.Equal("Quadrilateral Security Dialogue", (await second.Locator("#side-panel .panel-title").First.InnerTextAsync()).Trim());
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task ExportsMatchTheDrawnGraphAndTheApisMetrics()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var api = await session.QueryAsync("""{ actors { id name leverage } relations { id } }""");
        var actors = api.Data["actors"].Items().ToList();

        var json = JsonDocument.Parse(await ExportAsync(session.Page, "json"));
        var elements = json.RootElement.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(actors.Count, elements.Count(e => e.GetProperty("group").GetString() == "nodes"));
        var exportedClaims = elements.Where(e => e.GetProperty("group").GetString() == "edges")
            .SelectMany(e => e.GetProperty("data").GetProperty("relationIds").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(api.Data["relations"].Items().Select(r => r.Str("id")).Order(), exportedClaims.Order());

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Parse(await ExportAsync(session.Page, "graphml"));
        Assert.Equal(actors.Count, graphml.Descendants(g + "node").Count());
        Assert.Equal(elements.Count(e => e.GetProperty("group").GetString() == "edges"), graphml.Descendants(g + "edge").Count());

        var csv = (await ExportAsync(session.Page, "csv")).TrimEnd('\n').Split('\n');
        Assert.Equal("id,name,kind,leverage,alignment,bloc", csv[0]);
        Assert.Equal(actors.Count, csv.Length - 1);
        var top = actors.MaxBy(a => a["leverage"]!.GetValue<double>())!;
        Assert.StartsWith(top.Str("id") + ",", csv[1], StringComparison.Ordinal);

        var svg = XDocument.Parse(await ExportAsync(session.Page, "svg"));
        XNamespace s = "http://www.w3.org/2000/svg";
        Assert.Equal(actors.Count, svg.Descendants(s + "text").Count());
        var png = await ExportBytesAsync(session.Page, "png");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4).ToArray());

        // In the matrix view the image exports are of the matrix.
        await session.Page.ClickAsync("#tab-matrix");
        var matrixSvg = XDocument.Parse(await ExportAsync(session.Page, "svg"));
        Assert.Equal(actors.Count, matrixSvg.Descendants(s + "circle").Count());
        var matrixPng = await ExportBytesAsync(session.Page, "png");
        Assert.Equal(0x89, matrixPng[0]);
        await session.Page.ClickAsync(".export-menu summary");
        await session.ScreenshotAsync("export-menu.png");
        Assert.Empty(session.ConsoleErrors);
    }

    private static async Task<string> ExportAsync(IPage page, string kind) => Encoding.UTF8.GetString(await ExportBytesAsync(page, kind));

    private static async Task<byte[]> ExportBytesAsync(IPage page, string kind)
    {
        await page.ClickAsync(".export-menu summary");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-export='{kind}']"));
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
