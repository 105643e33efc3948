using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Scale;

/// <summary>Which renderer draws: WebGL on a GPU above a thousand elements, the canvas otherwise.</summary>
[Collection(LargeGraphCollection.Name)]
public sealed class RendererTests(TwoThousandActors graph)
{
    [ChromiumFact]
    public async Task ASoftwareWebGLLeavesLargeDrawingsToTheCanvasAndWebGLStillDrawsWhenAskedFor()
    {
        await using var explorer = await graph.OpenAsync();
        var (page, errors) = (explorer.Page, explorer.Errors);
        var gpu = await page.EvaluateAsync<string?>("() => window.influenceGraph.gpu");
        // Headless Chromium without a GPU has WebGL only through SwiftShader, which draws far slower than the canvas.
        if (gpu is not null && Regex.IsMatch(gpu, "swiftshader|llvmpipe|software", RegexOptions.IgnoreCase))
            Assert.Equal("canvas", await page.EvaluateAsync<string>("() => window.influenceGraph.renderer"));
        Assert.Empty(errors);

        // Asked for, WebGL draws (here a small overview, which software WebGL can draw quickly).
        await using var second = await graph.OpenAsync("#renderer=webgl&top=40");
        var (webgl, webglErrors) = (second.Page, second.Errors);
        await webgl.EvaluateAsync("() => window.influenceGraph.layoutDone()");
        if (gpu is null)
        {
            Assert.Equal("canvas", await webgl.EvaluateAsync<string>("() => window.influenceGraph.renderer"));
            return;
        }
        Assert.Equal("webgl", await webgl.EvaluateAsync<string>("() => window.influenceGraph.renderer"));
        Assert.Equal(40, await webgl.EvaluateAsync<int>("() => window.influenceGraph.cy.nodes().length"));
        Assert.Equal(1, await webgl.Locator("#cy canvas[data-id$='-webgl']").CountAsync());
        await LargeGraphSession.ScreenshotAsync(webgl, "scale-webgl-top40.png");
        Assert.Empty(webglErrors);
    }
}
