using System.Text.Json;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Scale;

/// <summary>
/// A seeded server with a synthetic graph added (see <see cref="SyntheticGraph"/>) and one headless Chromium, shared
/// by the tests of a class; each test opens pages of its own. Every page records its long tasks (a PerformanceObserver
/// on 'longtask', installed before the page's scripts run).
/// </summary>
public abstract class LargeGraphSession : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private const string RecordLongTasks = """
        window.__longTasks = [];
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
        }).observe({ type: 'longtask', buffered: true });
        """;

    private readonly int _actors;
    private readonly int _relations;
    private InfluenceGraphFactory? _app;
    private IPlaywright? _playwright;

    protected LargeGraphSession(int actors, int relations)
    {
        _actors = actors;
        _relations = relations;
    }

    public HttpClient Client { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>How long adding the synthetic graph took.</summary>
    public TimeSpan Generation { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath))
            return; // the tests skip themselves and say why
        _app = new InfluenceGraphFactory(kestrel: true);
        _app.StartServer();
        Client = _app.CreateClient();
        var started = DateTime.UtcNow;
        await SyntheticGraph.ApplyAsync(Client, _actors, _relations);
        Generation = DateTime.UtcNow - started;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    public Task<GraphQLClient.Response> QueryAsync(string query, object? variables = null) => GraphQLClient.PostAsync(Client, query, variables);

    /// <summary>
    /// A new page on the explorer (with `hash` as its link state), once it has drawn; console errors are collected.
    /// Dispose it at the end of the test: a page left open would go on using the machine.
    /// </summary>
    public async Task<ExplorerPage> OpenAsync(string hash = "", int width = 1500, int height = 950)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(context, page);
        page.Console += (_, message) => { if (message.Type == "error") explorer.Errors.Add(message.Text); };
        page.PageError += (_, error) => explorer.Errors.Add(error);
        await page.AddInitScriptAsync(RecordLongTasks);
        await page.GotoAsync(new Uri(Client.BaseAddress!, "/" + hash).ToString());
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        return explorer;
    }

    /// <summary>One explorer page in a browser context of its own, and the errors its console reported.</summary>
    public sealed class ExplorerPage(IBrowserContext context, IPage page) : IAsyncDisposable
    {
        public IPage Page { get; } = page;

        public List<string> Errors { get; } = [];

        public ValueTask DisposeAsync() => new(context.CloseAsync());
    }

    /// <summary>Waits for the first layout to stop (and the frames after it), then reads what the page measured.</summary>
    public static async Task<Measures> MeasureLoadAsync(IPage page)
    {
        await page.EvaluateAsync("() => window.influenceGraph.layoutDone()");
        await page.EvaluateAsync("() => window.influenceGraph.idle()");
        await page.WaitForTimeoutAsync(500);
        var json = await page.EvaluateAsync<JsonElement>("""
            () => {
              const h = window.influenceGraph;
              const tasks = window.__longTasks;
              return {
                firstDraw: Math.round(h.timings.firstDraw), meta: Math.round(h.timings.meta), overview: Math.round(h.timings.overview),
                longestTask: Math.max(0, ...tasks.map(t => t.duration)), longTasks: tasks.length,
                heapMb: Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1e6), renderer: h.renderer,
                nodes: h.cy.nodes().length, edges: h.cy.edges().length,
                timeline: `catalog read at ${Math.round(h.timings.meta)} ms, overview at ${Math.round(h.timings.overview)} ms; tasks over 100 ms (start: length): `
                  + (tasks.filter(t => t.duration > 100).map(t => `${Math.round(t.start)}: ${Math.round(t.duration)}`).join(', ') || 'none'),
              };
            }
            """);
        return new Measures(json.GetProperty("firstDraw").GetDouble(), json.GetProperty("longestTask").GetDouble(), json.GetProperty("longTasks").GetInt32(),
            json.GetProperty("heapMb").GetDouble(), json.GetProperty("renderer").GetString()!, json.GetProperty("nodes").GetInt32(), json.GetProperty("edges").GetInt32(), json.GetProperty("timeline").GetString()!);
    }

    /// <summary>
    /// Pans (a mouse drag on the graph) and zooms (the wheel) for about three seconds, counting frames with
    /// requestAnimationFrame: the frames per second and the longest task meanwhile.
    /// </summary>
    public static async Task<(double Fps, double LongestTask)> MeasurePanZoomAsync(IPage page)
    {
        await page.EvaluateAsync("""
            () => { window.__frames = 0; window.__panMark = window.__longTasks.length; window.__panStart = performance.now(); window.__panStop = false;
              const tick = () => { window.__frames++; if (!window.__panStop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); }
            """);
        var box = (await page.Locator("#cy").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 40, box.Y + box.Height - 90);
        await page.Mouse.DownAsync();
        for (var i = 0; i < 60; i++)
        {
            await page.Mouse.MoveAsync(box.X + 40 + i * 6, box.Y + box.Height - 90 - i * 3);
            await page.WaitForTimeoutAsync(16);
        }
        await page.Mouse.UpAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        for (var i = 0; i < 30; i++)
        {
            await page.Mouse.WheelAsync(0, i < 15 ? -80 : 80);
            await page.WaitForTimeoutAsync(30);
        }
        var json = await page.EvaluateAsync<JsonElement>("""
            () => { window.__panStop = true; const seconds = (performance.now() - window.__panStart) / 1000;
              return { fps: window.__frames / seconds, longest: Math.max(0, ...window.__longTasks.slice(window.__panMark).map(t => t.duration)) }; }
            """);
        return (json.GetProperty("fps").GetDouble(), json.GetProperty("longest").GetDouble());
    }

    /// <summary>Saves a screenshot under screenshots/ in the test output; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Views.ViewSession.ScreenshotDirectory);
        var path = Path.Combine(Views.ViewSession.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>What a load measured; <c>Timeline</c> says when the page's marks and its longest tasks came.</summary>
    public sealed record Measures(double FirstDrawMs, double LongestTaskMs, int LongTasks, double HeapMb, string Renderer, int Nodes, int Edges, string Timeline)
    {
        public override string ToString() =>
            $"first draw {FirstDrawMs:0} ms, longest task {LongestTaskMs:0} ms ({LongTasks} over 50 ms), heap {HeapMb:0} MB, {Renderer}, {Nodes} nodes, {Edges} edges; {Timeline}";
    }
}

/// <summary>The seed with 2,000 actors and 8,000 relations added: today's page froze on graphs this size.</summary>
public sealed class TwoThousandActors() : LargeGraphSession(2000, 8000);

/// <summary>The seed with 5,000 actors and 20,000 relations added.</summary>
public sealed class FiveThousandActors() : LargeGraphSession(5000, 20000);

/// <summary>
/// Large-graph tests run one at a time, alone: their long-task and frame measurements need the machine. The
/// 2,000-actor graph is made once for all of them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeGraphCollection : ICollectionFixture<TwoThousandActors>
{
    public const string Name = "Large graphs";
}
