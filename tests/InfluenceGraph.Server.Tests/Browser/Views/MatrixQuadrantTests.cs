using InfluenceGraph.Server.Tests.Infrastructure;
using System.Text.Json;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class MatrixQuadrantTests
{
    /// <summary>Each dot's quadrant, its alignment, and the shaded region its centre is drawn in.</summary>
    private const string ReadRegions = """
        () => {
          const regions = ['q-a-high', 'q-b-high', 'q-a-low', 'q-b-low', 'q-unaligned', 'q-none']
            .map(c => ({ c, b: document.querySelector(`#matrix .${c}`).getBoundingClientRect() }));
          return [...document.querySelectorAll('#matrix .matrix-point')].map(g => {
            const r = g.querySelector('circle').getBoundingClientRect();
            const x = r.x + r.width / 2, y = r.y + r.height / 2;
            const inside = regions.filter(({ b }) => x >= b.left - 1.5 && x <= b.right + 1.5 && y >= b.top - 1.5 && y <= b.bottom + 1.5).map(({ c }) => c);
            return { id: g.dataset.id, quadrant: g.dataset.quadrant, aligned: g.dataset.alignment !== '', inside };
          });
        }
        """;

    private static readonly Dictionary<string, string> RegionOf = new()
    {
        ["Key ally"] = "q-a-high", ["Key opponent"] = "q-b-high", ["Minor ally"] = "q-a-low", ["Minor opponent"] = "q-b-low", ["Unaligned"] = "q-unaligned",
    };

    [ChromiumFact]
    public async Task ActorsWithAlignmentUnderATenthSitInTheUnalignedBandAsTheApisMatrixSays()
    {
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""{ matrix(poles: ["india", "pakistan"]) { actor { id } quadrant } }""");
        var expected = api.Data["matrix"].Items().ToDictionary(p => p["actor"]!.Str("id"), p => p.Str("quadrant"));
        await session.OpenAsync("#view=matrix");
        // The dots glide to their places.
        await session.Page.WaitForTimeoutAsync(900);

        var dots = await session.Page.EvaluateAsync<JsonElement>(ReadRegions);
        Assert.Equal(expected.Count, dots.GetArrayLength());
        foreach (var dot in dots.EnumerateArray())
        {
            var id = dot.GetProperty("id").GetString()!;
            Assert.Equal(expected[id], dot.GetProperty("quadrant").GetString());
            var inside = dot.GetProperty("inside").EnumerateArray().Select(c => c.GetString()).ToList();
            var region = dot.GetProperty("aligned").GetBoolean() ? RegionOf[expected[id]] : "q-none";
            Assert.True(inside.Contains(region), $"{id} ({expected[id]}) is drawn in [{string.Join(", ", inside)}], not {region}");
        }
        // The README's own examples: |alignment| < 0.1.
        foreach (var id in new[] { "united-states", "marco-rubio" })
            Assert.Equal("Unaligned", expected[id]);
        await session.ScreenshotAsync("matrix-unaligned.png");
        Assert.Empty(session.ConsoleErrors);
    }
}
