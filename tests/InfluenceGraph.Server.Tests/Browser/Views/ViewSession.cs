using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.Playwright;

namespace InfluenceGraph.Server.Tests.Browser.Views;

/// <summary>
/// One seeded server, one headless Chromium and one page on the explorer, for a view test. Console errors are
/// collected so a test can assert the page logged none; Dispose closes the browser and the server.
/// </summary>
public sealed class ViewSession : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly InfluenceGraphFactory _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ViewSession(InfluenceGraphFactory app, HttpClient client, IPlaywright playwright, IBrowser browser, IPage page)
    {
        _app = app;
        Client = client;
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
    }

    public HttpClient Client { get; }

    public IPage Page { get; }

    public List<string> ConsoleErrors { get; } = [];

    public static string ScreenshotDirectory => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<ViewSession> StartAsync(int width = 1500, int height = 950)
    {
        var app = new InfluenceGraphFactory(kestrel: true);
        app.StartServer();
        var client = app.CreateClient();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        return new ViewSession(app, client, playwright, browser, page);
    }

    /// <summary>Opens the explorer (with `hash` as its shared state) and waits for the first drawing.</summary>
    public async Task OpenAsync(string hash = "")
    {
        await Page.GotoAsync(new Uri(Client.BaseAddress!, "/" + hash).ToString());
        await Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
    }

    /// <summary>Waits until the last redraw the page started has finished.</summary>
    public Task IdleAsync() => Page.EvaluateAsync("() => window.influenceGraph.idle()");

    public Task<GraphQLClient.Response> QueryAsync(string query, object? variables = null) => GraphQLClient.PostAsync(Client, query, variables);

    /// <summary>Saves a screenshot of the page under screenshots/ in the test output; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        var path = Path.Combine(ScreenshotDirectory, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
