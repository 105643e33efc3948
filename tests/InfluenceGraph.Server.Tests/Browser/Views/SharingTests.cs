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

    // A claim of the seed told by India: its quote, source, status, claimant and date are known.
    private const string KnownClaim = "sav-003";
    private const string KnownQuote = "an entity India accuses of being linked with Pakistan-based banned group Lashkar-e-Taiba (LeT)";
    private const string KnownSourceTitle = "India-Pakistan after Pahalgam: crisis triggers, war constituencies and third-party crisis intervention";
    private const string KnownSourceUrl = "https://southasianvoices.org/geo-c-pk-r-pahalgam-crisis-05-07-2025/";

    [ChromiumFact]
    public async Task ExportsMatchTheDrawnGraphAndTheApisMetrics()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync();
        var api = await session.QueryAsync("""{ actors { id name leverage } relations { id evidence { quote } } }""");
        var actors = api.Data["actors"].Items().ToList();

        var json = JsonDocument.Parse(await ExportAsync(session.Page, "json"));
        var elements = json.RootElement.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(actors.Count, elements.Count(e => e.GetProperty("group").GetString() == "nodes"));
        var drawnEdges = elements.Where(e => e.GetProperty("group").GetString() == "edges").ToList();
        var exportedClaims = drawnEdges.SelectMany(e => e.GetProperty("data").GetProperty("claims").EnumerateArray()).ToList();
        Assert.Equal(api.Data["relations"].Items().Select(r => r.Str("id")).Order(), exportedClaims.Select(c => c.GetProperty("id").GetString()).Order());
        var claim = exportedClaims.Single(c => c.GetProperty("id").GetString() == KnownClaim);
        Assert.Equal("AFFILIATED_WITH", claim.GetProperty("type").GetString());
        Assert.Equal("CLAIMED", claim.GetProperty("status").GetString());
        Assert.Equal(["india"], claim.GetProperty("claimedBy").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal("2019-08-05", claim.GetProperty("since").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("until").ValueKind);
        Assert.Equal(0.7, claim.GetProperty("weight").GetDouble(), 9);
        var evidence = Assert.Single(claim.GetProperty("evidence").EnumerateArray().ToList());
        Assert.Equal(KnownQuote, evidence.GetProperty("quote").GetString());
        Assert.Equal(KnownSourceTitle, evidence.GetProperty("source").GetProperty("title").GetString());
        Assert.Equal(KnownSourceUrl, evidence.GetProperty("source").GetProperty("url").GetString());

        // The XML files must keep quotes with apostrophes, ampersands and non-ASCII letters exactly.
        var awkward = api.Data["relations"].Items().First(r => r["evidence"].Items().Any(ev => ev.Str("quote").Any(ch => ch is '\'' or '&' or > '~')));
        var awkwardQuote = string.Join("\n", awkward["evidence"].Items().Select(ev => ev.Str("quote")));

        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Parse(await ExportAsync(session.Page, "graphml"));
        Assert.Equal(actors.Count, graphml.Descendants(g + "node").Count());
        Assert.Equal(exportedClaims.Count, graphml.Descendants(g + "edge").Count());
        var keys = graphml.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.type")!);
        Assert.Equal("double", keys["e_weight"]);
        Assert.All(graphml.Descendants(g + "data"), d => Assert.True(keys.ContainsKey((string)d.Attribute("key")!)));
        string GraphMlField(string id, string key) => (string)graphml.Descendants(g + "edge").Single(e => (string)e.Attribute("id")! == id)
            .Elements(g + "data").Single(d => (string)d.Attribute("key")! == key);
        Assert.Equal(KnownQuote, GraphMlField(KnownClaim, "e_quote"));
        Assert.Equal(KnownSourceTitle, GraphMlField(KnownClaim, "e_sourceTitle"));
        Assert.Equal(KnownSourceUrl, GraphMlField(KnownClaim, "e_sourceUrl"));
        Assert.Equal("CLAIMED", GraphMlField(KnownClaim, "e_status"));
        Assert.Equal("india", GraphMlField(KnownClaim, "e_claimedBy"));
        Assert.Equal("2019-08-05", GraphMlField(KnownClaim, "e_since"));
        Assert.Equal(awkwardQuote, GraphMlField(awkward.Str("id"), "e_quote"));

        XNamespace x = "http://gexf.net/1.3";
        var gexf = XDocument.Parse(await ExportAsync(session.Page, "gexf"));
        Assert.Equal("1.3", (string)gexf.Root!.Attribute("version")!);
        Assert.Equal(actors.Count, gexf.Descendants(x + "node").Count());
        Assert.Equal(exportedClaims.Count, gexf.Descendants(x + "edge").Select(e => (string)e.Attribute("id")!).Distinct().Count());
        var edgeAttributes = gexf.Descendants(x + "attributes").Single(a => (string)a.Attribute("class")! == "edge")
            .Elements(x + "attribute").ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("type")!);
        Assert.Equal("double", edgeAttributes["weight"]);
        string GexfField(string id, string key) => (string)gexf.Descendants(x + "edge").Single(e => (string)e.Attribute("id")! == id)
            .Descendants(x + "attvalue").Single(v => (string)v.Attribute("for")! == key).Attribute("value")!;
        Assert.Equal(KnownQuote, GexfField(KnownClaim, "quote"));
        Assert.Equal(KnownSourceTitle, GexfField(KnownClaim, "sourceTitle"));
        Assert.Equal(KnownSourceUrl, GexfField(KnownClaim, "sourceUrl"));
        Assert.Equal("india", GexfField(KnownClaim, "claimedBy"));
        Assert.Equal("2019-08-05", GexfField(KnownClaim, "since"));
        Assert.Equal(awkwardQuote, GexfField(awkward.Str("id"), "quote"));
        Assert.True(await session.Page.IsHiddenAsync("#export-progress"));

        var csv = (await ExportAsync(session.Page, "csv")).TrimEnd('\n').Split('\n');
        Assert.Equal("id,name,kind,leverage,alignment,bloc", csv[0]);
        Assert.Equal(actors.Count, csv.Length - 1);
        var top = actors.MaxBy(a => a["leverage"]!.GetValue<double>())!;
        Assert.StartsWith(top.Str("id") + ",", csv[1], StringComparison.Ordinal);

        var svgText = await ExportAsync(session.Page, "svg");
        Directory.CreateDirectory(ViewSession.ScreenshotDirectory);
        await File.WriteAllTextAsync(Path.Combine(ViewSession.ScreenshotDirectory, "export.svg"), svgText);
        var svg = XDocument.Parse(svgText);
        XNamespace s = "http://www.w3.org/2000/svg";
        var legend = svg.Descendants(s + "g").Single(e => (string?)e.Attribute("class") == "legend");
        Assert.Equal(actors.Count, svg.Descendants(s + "text").Count(t => !t.Ancestors().Contains(legend)));
        var legendText = legend.Descendants(s + "text").Select(t => t.Value).ToList();
        Assert.Contains("Node colour: alignment", legendText);
        Assert.Contains("Edge line: status", legendText);
        Assert.Contains("Confirmed", legendText);
        Assert.Contains("Date: all dates", legendText);
        Assert.Contains("Narrative: All claims", legendText);
        Assert.Contains(legendText, t => t.StartsWith("Exported: ", StringComparison.Ordinal));
        Assert.Contains(legendText, t => t.StartsWith("InfluenceGraph", StringComparison.Ordinal));
        // Edges between the same two actors (either direction) are drawn apart, not on one line.
        var pairs = svg.Descendants(s + "path").Where(p => (string?)p.Attribute("class") == "edge")
            .GroupBy(p => string.Join("|", new[] { (string)p.Attribute("data-source")!, (string)p.Attribute("data-target")! }.Order()))
            .Where(group => group.Count() > 1).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, group => Assert.Equal(group.Count(), group.Select(p => (string)p.Attribute("d")!).Distinct().Count()));

        var png = await ExportBytesAsync(session.Page, "png");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4).ToArray());
        await File.WriteAllBytesAsync(Path.Combine(ViewSession.ScreenshotDirectory, "export.png"), png);
        var drawingWidth = await session.Page.EvaluateAsync<int>(
            "async () => (await createImageBitmap(window.influenceGraph.cy.png({ full: true, scale: 2, output: 'blob' }))).width");
        Assert.True(PngWidth(png) >= drawingWidth + 640, $"The PNG ({PngWidth(png)} px) has no room for the legend beside the drawing ({drawingWidth} px).");

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

    [ChromiumFact]
    public async Task ImageExportsAreStampedWithTheDateFiltersAndNarrative()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync("#status=CONFIRMED,CLAIMED&narrative=claimed:india&asOf=2025-05-07");

        XNamespace s = "http://www.w3.org/2000/svg";
        var svg = XDocument.Parse(await ExportAsync(session.Page, "svg"));
        var legend = svg.Descendants(s + "g").Single(e => (string?)e.Attribute("class") == "legend");
        var legendText = legend.Descendants(s + "text").Select(t => t.Value).ToList();
        Assert.Contains("Date: 2025-05-07", legendText);
        Assert.Contains("Status: Confirmed, Claimed", legendText);
        Assert.Contains("Narrative: India\u2019s account", legendText);
        Assert.Contains("Relation types: all", legendText);
        // Only the relation types drawn are keyed.
        var drawnTypes = await session.Page.EvaluateAsync<string[]>("() => [...new Set(window.influenceGraph.cy.edges().map(e => e.data('type')))]");
        var keyed = legend.Descendants(s + "line").Count() - 4;
        Assert.Equal(drawnTypes.Length, keyed);
        Assert.Empty(session.ConsoleErrors);
    }

    // The IHDR chunk's width, big-endian at byte 16.
    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];

    private static async Task<string> ExportAsync(IPage page, string kind) => Encoding.UTF8.GetString(await ExportBytesAsync(page, kind));

    private static async Task<byte[]> ExportBytesAsync(IPage page, string kind)
    {
        await page.ClickAsync(".export-menu summary");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"[data-export='{kind}']"));
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
