using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace InfluenceGraph.Server.Tests.Browser.Scale;

/// <summary>
/// The explorer on the seed plus 2,000 synthetic actors and 8,000 relations, where the page that drew everything on
/// the main thread froze for over a minute: it draws the API's overview without a long task, says what it leaves
/// out, and adds what is asked for.
/// </summary>
[Collection(LargeGraphCollection.Name)]
public sealed class TwoThousandActorsTests(TwoThousandActors graph, ITestOutputHelper output)
{
    private const string Overview = """
        { overview(top: 500) { actors { id } edges { count } hiddenActors hiddenRelations totalActors totalRelations } }
        """;

    private const string DrawnIds = "() => window.influenceGraph.cy.nodes().map(n => n.id())";

    [ChromiumFact]
    public async Task TwoThousandActorsDrawWithoutALongTaskAndExpandOnClick()
    {
        var overview = (await graph.QueryAsync(Overview)).Data["overview"]!;
        var shown = overview["actors"].Items().Select(a => a.Str("id")).ToHashSet();
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);

        var load = await LargeGraphSession.MeasureLoadAsync(page);
        output.WriteLine($"2,000 actors / 8,000 relations (added in {graph.Generation.TotalSeconds:0.0} s): {load}");
        Assert.True(load.LongestTaskMs <= 200, $"A task of {load.LongestTaskMs} ms blocked the main thread during load and first layout.");
        // The overview is drawn: every actor the API shows, nothing else, and the count of what it hides.
        Assert.Equal(shown.Order(), (await page.EvaluateAsync<string[]>(DrawnIds)).Order());
        var total = overview["totalActors"]!.GetValue<int>();
        var scope = await page.InnerTextAsync("#scope");
        Assert.Contains($"Showing 500 of {total.ToString("N0", CultureInfo.InvariantCulture)} actors", scope, StringComparison.Ordinal);
        Assert.Contains($"of {overview["totalRelations"]!.GetValue<int>().ToString("N0", CultureInfo.InvariantCulture)} relations", scope, StringComparison.Ordinal);
        Assert.Equal(overview["hiddenActors"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), await page.GetAttributeAsync("#scope", "data-hidden-actors"));
        // A dashed outline marks exactly the actors without a drawn edge, also once the edges that waited for the
        // layout have joined.
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");
        var misdrawn = await page.EvaluateAsync<string[]>(
            "() => window.influenceGraph.cy.nodes().filter(n => n.hasClass('isolated') !== (n.degree(false) === 0)).map(n => n.id())");
        Assert.Empty(misdrawn);
        await LargeGraphSession.ScreenshotAsync(page, "scale-2000-overview.png");

        // A click on an actor adds its best neighbours not drawn yet, as the API ranks and explains them.
        var actor = await FirstActorWithHiddenNeighboursAsync(shown);
        var expected = (await graph.QueryAsync("""
            query ($id: ID!, $exclude: [ID!]) { expand(id: $id, first: 25, exclude: $exclude) { neighbours { actor { id } reason } hiddenNeighbours } }
            """, new { id = actor, exclude = shown.Where(id => id != actor).ToArray() })).Data["expand"]!;
        var neighbours = expected["neighbours"].Items().Select(n => (Id: n["actor"].Str("id"), Reason: n.Str("reason"))).ToList();
        Assert.NotEmpty(neighbours);
        await page.EvaluateAsync("id => window.influenceGraph.cy.getElementById(id).emit('tap')", actor);
        await page.WaitForFunctionAsync("() => window.influenceGraph.expansions >= 1", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.EvaluateAsync("() => window.influenceGraph.idle()");
        var drawn = (await page.EvaluateAsync<string[]>(DrawnIds)).ToHashSet();
        Assert.All(neighbours, n => Assert.Contains(n.Id, drawn));
        Assert.Equal(shown.Count + neighbours.Count, drawn.Count);
        var listed = await page.Locator(".neighbour-list li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => [li.dataset.actorId, li.querySelector('.neighbour-reason').textContent])");
        Assert.Equal(neighbours.Select(n => new[] { n.Id, n.Reason }), listed);
        var hidden = expected["hiddenNeighbours"]!.GetValue<int>();
        if (hidden > 0)
            Assert.StartsWith($"{hidden.ToString("N0", CultureInfo.InvariantCulture)} more", await page.InnerTextAsync(".expand-more"), StringComparison.Ordinal);
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");
        await LargeGraphSession.ScreenshotAsync(page, "scale-2000-expanded.png");

        var (fps, longest) = await LargeGraphSession.MeasurePanZoomAsync(page);
        output.WriteLine($"pan and zoom: {fps:0} frames per second, longest task {longest:0} ms");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task AnEdgeShowsItsClaimsWhenClickedAndSearchAddsAnActorTheOverviewLeavesOut()
    {
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");

        // The edge that merges most claims: its quotes are read from the API when it is chosen.
        var edge = await page.EvaluateAsync<JsonElement>("""
            () => { const edges = window.influenceGraph.cy.edges();
              if (edges.empty()) return { id: null, edges: 0, nodes: window.influenceGraph.cy.nodes().length, layout: window.influenceGraph.layout };
              const e = edges.max(e => e.data('count')).ele;
              return { id: e.id(), source: e.data('source'), type: e.data('type'), ids: e.data('relationIds') }; }
            """);
        Assert.True(edge.GetProperty("id").ValueKind == JsonValueKind.String, "No edge drawn: " + edge);
        var ids = edge.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToHashSet();
        var claims = (await graph.QueryAsync("""
            query ($actor: ID!, $types: [String!]) { relationsPage(actor: $actor, types: $types, first: 500) {
              nodes { id evidence { quote source { publisher } } } } }
            """, new { actor = edge.GetProperty("source").GetString(), types = new[] { edge.GetProperty("type").GetString() } }))
            .Data["relationsPage"]!["nodes"].Items().Where(r => ids.Contains(r.Str("id"))).Select(r => r["evidence"]![0]!).ToList();
        Assert.Equal(ids.Count, claims.Count);
        await page.EvaluateAsync("id => window.influenceGraph.cy.getElementById(id).emit('tap')", edge.GetProperty("id").GetString());
        await page.Locator("#side-panel .evidence-quote").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        var quotes = await page.Locator("#side-panel .evidence-quote").AllInnerTextsAsync();
        Assert.Equal(claims.Select(e => $"\u201c{e.Str("quote")}\u201d").Order(), quotes.Order());
        // Each quote names its source, looked up by id in the sources the page asked for once.
        var captions = await page.Locator("#side-panel .source").AllInnerTextsAsync();
        Assert.Equal(claims.Count, captions.Count);
        Assert.All(claims, e => Assert.Contains(captions, c => c.Contains(e["source"].Str("publisher"), StringComparison.Ordinal)));

        // Search asks the API: an actor the overview leaves out is found and, chosen, added with its ties.
        var drawn = (await page.EvaluateAsync<string[]>(DrawnIds)).ToHashSet();
        var missing = Enumerable.Range(0, 2000).Reverse().Select(SyntheticGraph.ActorId).First(id => !drawn.Contains(id));
        var name = "Synthetic actor " + int.Parse(missing[4..], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        await page.FillAsync("#search", name);
        await page.PressAsync("#search", "Enter");
        var result = page.Locator($".search-results li[data-actor-id='{missing}'] button");
        await result.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await result.ClickAsync();
        await page.WaitForFunctionAsync("id => window.influenceGraph.cy.getElementById(id).selected()", missing, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal(drawn.Count + 1, await page.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes().length"));
        Assert.Equal(name, (await page.Locator("#side-panel .panel-title").First.InnerTextAsync()).Trim());
        await LargeGraphSession.ScreenshotAsync(page, "scale-2000-search.png");
        Assert.Empty(errors);
    }

    [ChromiumFact]
    public async Task AnalysisViewsSayWhatTheyLeaveOutOrWhyTheyCannotAnswerAtThisSize()
    {
        var api = await graph.QueryAsync("""
            { contestedPage(first: 1) { totalCount } actorsPage(first: 0) { totalCount } }
            """);
        var blocs = await graph.QueryAsync("{ blocs { groups { id } } }");
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");

        // Blocs: the API refuses a graph this large, and the panel says so in its words, with how to narrow it.
        Assert.Equal("TOO_LARGE", blocs.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        await page.CheckAsync("#color-blocs");
        await page.Locator(".limit-quote").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Equal(blocs.FirstError, (await page.InnerTextAsync(".limit-quote")).Trim());
        await LargeGraphSession.ScreenshotAsync(page, "scale-2000-blocs.png");
        await page.UncheckAsync("#color-blocs");

        // Contested: a page of them, and how many there are.
        var contested = api.Data["contestedPage"]!["totalCount"]!.GetValue<int>();
        await page.ClickAsync("#show-contested");
        await page.Locator(".contested-list").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        Assert.Contains(contested.ToString("N0", CultureInfo.InvariantCulture), await page.InnerTextAsync("#side-panel .panel-title"), StringComparison.Ordinal);
        Assert.Equal(Math.Min(300, contested), await page.Locator(".contested-list li").CountAsync());

        // Compare: every actor's shift, the ones that move most listed.
        await page.ClickAsync("#show-compare");
        await page.Locator(".compare-list").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var actors = api.Data["actorsPage"]!["totalCount"]!.GetValue<int>();
        Assert.EndsWith($"of {actors.ToString("N0", CultureInfo.InvariantCulture)} actors move", (await page.InnerTextAsync(".compare-results h3")).Trim(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".compare-list li").CountAsync() <= 300);

        // The matrix places the drawn actors and says that is what it shows.
        await page.ClickAsync("#tab-matrix");
        var drawn = await page.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes().length");
        Assert.Equal(drawn, await page.Locator("#matrix .matrix-point").CountAsync());
        Assert.Contains($"of {actors.ToString("N0", CultureInfo.InvariantCulture)}", await page.InnerTextAsync("#matrix .matrix-note"), StringComparison.Ordinal);
        await LargeGraphSession.ScreenshotAsync(page, "scale-2000-matrix.png");
        Assert.Empty(errors);
    }

    // The drawn actor with most leverage that has neighbours the overview leaves out.
    private async Task<string> FirstActorWithHiddenNeighboursAsync(HashSet<string> shown)
    {
        var top = (await graph.QueryAsync("{ overview(top: 20) { actors { id } } }")).Data["overview"]!["actors"].Items().Select(a => a.Str("id"));
        foreach (var id in top)
        {
            var expansion = await graph.QueryAsync("query ($id: ID!, $exclude: [ID!]) { expand(id: $id, first: 1, exclude: $exclude) { neighbours { actor { id } } } }",
                new { id, exclude = shown.Where(a => a != id).ToArray() });
            if (expansion.Data["expand"]!["neighbours"].Items().Any())
                return id;
        }
        throw new InvalidOperationException("No drawn actor has neighbours left out of the overview.");
    }
}
