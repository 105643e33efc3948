using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class RelationWordingTests
{
    private const string Rows = """
        title => [...document.querySelectorAll('#side-panel .panel-section')]
          .filter(s => s.querySelector('h3')?.textContent.startsWith(title))
          .flatMap(s => [...s.querySelectorAll('.rel-text')].map(t => t.textContent.replace(/\s+/g, ' ').trim()))
        """;

    [ChromiumFact]
    public async Task IncomingRelationsNameTheActorThatActsFirst()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync("#sel=actor:pakistan");
        var page = session.Page;
        await Assertions.Expect(page.Locator("#side-panel .panel-title").First).ToHaveTextAsync("Pakistan");

        var incoming = await page.EvaluateAsync<string[]>(Rows, "Acted on by");
        Assert.Contains("China supplies arms to it", incoming);
        Assert.DoesNotContain(incoming, row => row.StartsWith("Supplies arms to", StringComparison.Ordinal));
        Assert.All(incoming, row => Assert.EndsWith(" it", row, StringComparison.Ordinal));
        var outgoing = await page.EvaluateAsync<string[]>(Rows, "Acts on");
        Assert.Contains(outgoing, row => row.StartsWith("Attacks ", StringComparison.Ordinal));
        await session.ScreenshotAsync("actor-incoming-wording.png");

        // A type whose name is not a verb reads as one: "India is member of it".
        await page.EvaluateAsync("() => { location.hash = 'sel=actor:quad'; }");
        await Assertions.Expect(page.Locator("#side-panel .panel-title").First).ToHaveTextAsync("Quadrilateral Security Dialogue");
        Assert.Contains("India is member of it", await page.EvaluateAsync<string[]>(Rows, "Acted on by"));
        var tip = await page.Locator("#side-panel .link-row", new PageLocatorOptions { HasText = "India is member of it" }).First.GetAttributeAsync("title");
        Assert.Equal("India is a member of the alliance or grouping Quadrilateral Security Dialogue", tip);
        Assert.Empty(session.ConsoleErrors);
    }
}
