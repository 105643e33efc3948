using System.Text.Json;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser;

public sealed class ExplorerPageTests
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        return (playwright, browser);
    }

    [ChromiumFact]
    public async Task ExplorerDrawsEveryActorAndShowsTheQuotesOfAClickedEdge()
    {
        await using var app = new InfluenceGraphFactory(kestrel: true);
        app.StartServer();
        var client = app.CreateClient();
        var api = await GraphQLClient.PostAsync(client, "{ actors { id } relations { id evidence { quote } } }");
        var quotes = api.Data["relations"].Items().ToDictionary(r => r.Str("id"), r => r["evidence"]![0].Str("quote"));
        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var consoleErrors = new List<string>();
            page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
            await page.GotoAsync(client.BaseAddress!.ToString());
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });

            var drawnNodes = await page.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes().length");
            Assert.Equal(api.Data["actors"].Items().Count(), drawnNodes);

            var target = await page.EvaluateAsync<JsonElement>(FindClickableEdge);
            Assert.True(target.ValueKind == JsonValueKind.Object, "No edge with a free midpoint to click.");
            await page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());
            var quote = page.Locator("#side-panel .evidence-quote").First;
            await quote.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

            var shown = await page.Locator("#side-panel .evidence-quote").AllInnerTextsAsync();
            var expected = target.GetProperty("relationIds").EnumerateArray().Select(id => quotes[id.GetString()!]).ToList();
            Assert.All(expected, q => Assert.Contains(shown, s => Normalize(s).Contains(Normalize(q), StringComparison.Ordinal)));

            Directory.CreateDirectory(ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "explorer.png") });
            Assert.Empty(consoleErrors);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    [ChromiumFact]
    public async Task GraphiqlLoadsFromOurOwnFilesAndRunsAQuery()
    {
        await using var app = new InfluenceGraphFactory(kestrel: true);
        app.StartServer();
        var baseAddress = app.CreateClient().BaseAddress!;
        var (playwright, browser) = await LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            var foreign = new List<string>();
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(baseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    foreign.Add(request.Url);
            };
            await page.GotoAsync(new Uri(baseAddress, "/graphiql?query=" + Uri.EscapeDataString("{ actor(id: \"quad\") { name } }")).ToString());
            await page.Locator(".graphiql-execute-button").ClickAsync(new LocatorClickOptions { Timeout = 30_000 });
            await page.Locator(".result-window").GetByText("\"name\"").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

            Directory.CreateDirectory(ScreenshotDirectory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "graphiql.png") });
            Assert.Empty(foreign);
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The longest drawn edge whose midpoint lies inside no node, in page coordinates.</summary>
    private const string FindClickableEdge = """
        () => {
          const cy = window.influenceGraph.cy;
          const box = cy.container().getBoundingClientRect();
          const free = (p) => cy.nodes().every(n => {
            const b = n.renderedBoundingBox({ includeLabels: true });
            return p.x < b.x1 - 4 || p.x > b.x2 + 4 || p.y < b.y1 - 4 || p.y > b.y2 + 4;
          });
          const inView = (p) => p.x > 10 && p.y > 10 && p.x < box.width - 10 && p.y < box.height - 10;
          let best = null;
          cy.edges().forEach(e => {
            const s = e.source().renderedPosition(), t = e.target().renderedPosition();
            const length = Math.hypot(s.x - t.x, s.y - t.y);
            const m = e.renderedMidpoint();
            if (free(m) && inView(m) && (!best || length > best.length))
              best = { length, x: box.left + m.x, y: box.top + m.y, relationIds: e.data('relationIds') };
          });
          return best;
        }
        """;
}
