using System.Text.Json;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class MatrixViewTests
{
    private const string Metrics = """
        query ($asOf: Date) { actors { id leverage(asOf: $asOf) alignment(poles: ["india", "pakistan"], asOf: $asOf) } }
        """;

    /// <summary>Each dot's id with the leverage and alignment it was placed by, and where it is drawn.</summary>
    private const string ReadDots = """
        () => [...document.querySelectorAll('#matrix .matrix-point')].map(g => ({
          id: g.dataset.id, leverage: Number(g.dataset.leverage),
          alignment: g.dataset.alignment === '' ? null : Number(g.dataset.alignment), transform: g.style.transform }))
        """;

    [ChromiumFact]
    public async Task MatrixPlacesOneDotPerActorByTheApisMetricsAndSelectsWithTheGraph()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync(Metrics);
        var expected = api.Data["actors"].Items().ToDictionary(a => a.Str("id"));
        await session.OpenAsync();

        await session.Page.ClickAsync("#tab-matrix");
        var dots = await session.Page.EvaluateAsync<JsonElement>(ReadDots);
        Assert.Equal(expected.Count, dots.GetArrayLength());
        foreach (var dot in dots.EnumerateArray())
        {
            var actor = expected[dot.GetProperty("id").GetString()!];
            Assert.Equal(actor["leverage"]!.GetValue<double>(), dot.GetProperty("leverage").GetDouble(), 6);
            var alignment = actor["alignment"]?.GetValue<double>();
            if (alignment is null)
                Assert.Equal(JsonValueKind.Null, dot.GetProperty("alignment").ValueKind);
            else
                Assert.Equal(alignment.Value, dot.GetProperty("alignment").GetDouble(), 6);
        }
        // The first pole sits at the far right of the alignment axis, the second at the far left.
        var india = await session.Page.Locator("#matrix [data-id='india'] circle").BoundingBoxAsync();
        var pakistan = await session.Page.Locator("#matrix [data-id='pakistan'] circle").BoundingBoxAsync();
        Assert.True(india!.X > pakistan!.X + 300, $"India at x={india.X}, Pakistan at x={pakistan.X}");
        await session.ScreenshotAsync("matrix.png");

        // A dot selects its actor in the graph; the graph's selection marks the dot.
        await session.Page.Locator("#matrix [data-id='china']").DispatchEventAsync("click");
        Assert.Equal("china", await session.Page.EvaluateAsync<string>("() => window.influenceGraph.cy.nodes(':selected').id()"));
        Assert.Equal("China", (await session.Page.Locator("#side-panel .panel-title").First.InnerTextAsync()).Trim());
        await session.Page.ClickAsync("#tab-split");
        await session.Page.EvaluateAsync("() => window.influenceGraph.cy.getElementById('united-states').emit('tap')");
        await session.Page.Locator("#matrix [data-id='united-states'].selected").WaitForAsync();
        Assert.Equal(0, await session.Page.Locator("#matrix [data-id='china'].selected").CountAsync());
        await session.ScreenshotAsync("matrix-split.png");
        Assert.Empty(session.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task MatrixDotsMoveWithTheDateSliderToTheApisMetricsOnThatDay()
    {
        await using var session = await ViewSession.StartAsync();
        await session.OpenAsync("#view=matrix");
        var before = await session.Page.EvaluateAsync<JsonElement>(ReadDots);

        // The slider's first position is the earliest dated relation: far fewer relations hold on that day.
        await session.Page.EvalOnSelectorAsync("#as-of", "s => { s.value = s.min; s.dispatchEvent(new Event('change')); }");
        await session.IdleAsync();
        var asOf = (await session.Page.InnerTextAsync("#as-of-value")).Trim();
        var api = await session.QueryAsync(Metrics, new { asOf });
        var expected = api.Data["actors"].Items().ToDictionary(a => a.Str("id"), a => a["leverage"]!.GetValue<double>());
        var after = await session.Page.EvaluateAsync<JsonElement>(ReadDots);

        var moved = 0;
        foreach (var dot in after.EnumerateArray())
        {
            var id = dot.GetProperty("id").GetString()!;
            Assert.Equal(expected[id], dot.GetProperty("leverage").GetDouble(), 6);
            var old = before.EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);
            if (old.GetProperty("transform").GetString() != dot.GetProperty("transform").GetString())
                moved++;
        }
        Assert.True(moved > 0, "No dot moved when the date changed.");
        Assert.Contains($"asOf={asOf}", await session.Page.EvaluateAsync<string>("() => location.hash"), StringComparison.Ordinal);
        await session.Page.WaitForTimeoutAsync(900);
        await session.ScreenshotAsync("matrix-early-date.png");
        Assert.Empty(session.ConsoleErrors);
    }
}
