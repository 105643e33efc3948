using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser;

public sealed class LiveUpdateTests
{
    [ChromiumFact]
    public async Task PageDrawsAnEdgeAddedThroughTheApiWithoutAReload()
    {
        await using var app = new InfluenceGraphFactory(kestrel: true);
        app.StartServer();
        var client = app.CreateClient();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(client.BaseAddress!.ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        // A reload would lose this marker: the edge must arrive in the same page.
        await page.EvaluateAsync("() => { window.liveMarker = 'still here'; }");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.influenceGraph.cy.getElementById('japan|SUPPLIES_ARMS_TO|india').length"));

        var added = await GraphQLClient.PostAsync(client, """
            mutation { addRelation(input: {id: "live-1", type: "SUPPLIES_ARMS_TO", from: "japan", to: "india",
              quote: "a new sourced claim", source: "fp-2025-ceasefire-baseline"}) { id } }
            """, apiKey: InfluenceGraphFactory.ApiKey);
        Assert.Null(added.Errors);

        await page.WaitForFunctionAsync("() => window.influenceGraph.cy.getElementById('japan|SUPPLIES_ARMS_TO|india').length === 1",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal("still here", await page.EvaluateAsync<string>("() => window.liveMarker"));
    }
}
