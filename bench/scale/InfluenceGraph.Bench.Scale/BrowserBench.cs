using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace InfluenceGraph.Bench.Scale;

/// <summary>
/// The browser half: the explorer page in Debian's Chromium (headless, driven by Playwright through ExecutablePath;
/// no browser is downloaded), one fresh browser context per round. Per round: time to first draw (the page's own
/// mark, window.influenceGraph.timings.firstDraw, set when body[data-ready] turns true), when the layout stopped, the
/// longest task (a PerformanceObserver on 'longtask' installed before the page's scripts), frames per second while a
/// script pans (cy.panBy) and then zooms (cy.zoom) on every animation frame and while the mouse drags the background
/// and turns the wheel (input events, as a person pans and zooms), the JS heap (CDP Performance.getMetrics),
/// and the time to expand the top actor's neighbourhood (a tap on its node, as a click does). The first round's
/// GraphQL requests are written out for the HTTP half to replay.
/// </summary>
internal static class BrowserBench
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private const string InitScript = """
        window.__longTasks = [];
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        """;

    // Pans for `ms` then zooms in and out for `ms`, one step per animation frame; counts frames and the longest gap.
    private const string PanZoomScript = """
        async ms => {
          const cy = window.influenceGraph.cy;
          const mark = window.__longTasks.length;
          const panZoomStartMs = performance.now();
          const center = { x: cy.width() / 2, y: cy.height() / 2 };
          const run = (step) => new Promise(resolve => {
            let frames = 0, last = performance.now(), worst = 0, i = 0;
            const start = last;
            const tick = now => {
              worst = Math.max(worst, now - last); last = now; frames++;
              step(i++);
              if (now - start < ms) requestAnimationFrame(tick); else resolve({ frames, seconds: (now - start) / 1000, worstFrameMs: worst });
            };
            requestAnimationFrame(tick);
          });
          const pan = await run(i => cy.panBy({ x: (i % 120 < 60 ? 6 : -6), y: (i % 120 < 60 ? 3 : -3) }));
          const z0 = cy.zoom();
          const zoom = await run(i => cy.zoom({ level: z0 * (1 + 0.6 * Math.sin(i / 15)), renderedPosition: center }));
          cy.zoom({ level: z0, renderedPosition: center });
          const tasks = window.__longTasks.slice(mark);
          return {
            panFps: pan.frames / pan.seconds, panWorstFrameMs: pan.worstFrameMs,
            zoomFps: zoom.frames / zoom.seconds, zoomWorstFrameMs: zoom.worstFrameMs,
            longestTaskMs: Math.max(0, ...tasks.map(t => t.duration)), panZoomStartMs, panZoomEndMs: performance.now(),
          };
        }
        """;

    private const string ReadState = """
        () => {
          const h = window.influenceGraph, t = window.__longTasks;
          return {
            ready: document.body.dataset.ready === 'true',
            firstDrawMs: h.timings.firstDraw ?? null, metaMs: h.timings.meta ?? null, overviewMs: h.timings.overview ?? null,
            drawnMs: h.timings.drawn ?? null, nowMs: performance.now(),
            longestTaskMs: Math.max(0, ...t.map(x => x.duration)), longTasks: t.length,
            longTasksOver200: t.filter(x => x.duration > 200).length, longTaskTotalMs: t.reduce((s, x) => s + x.duration, 0),
            renderer: h.renderer ?? null, layoutEngine: h.layout?.engine ?? null, layoutRunning: h.layout?.running ?? null,
            layoutProgress: h.layout?.progress ?? null,
            nodes: h.cy ? h.cy.nodes().length : 0, edges: h.cy ? h.cy.edges().length : 0,
            scope: document.getElementById('scope')?.textContent?.trim().slice(0, 200) ?? null,
            banner: (() => { const b = document.getElementById('error-banner'); return b && !b.hidden ? b.textContent.trim().slice(0, 200) : null; })(),
          };
        }
        """;

    public static async Task<int> RunAsync(Options o)
    {
        var url = o.Required("url").TrimEnd('/') + "/";
        var rounds = o.Int("rounds", 3);
        var readyTimeout = o.Double("ready-timeout", 180);
        var layoutTimeout = o.Double("layout-timeout", 60);
        var chromium = o.Str("chromium", "/usr/bin/chromium");
        var result = new JsonObject { ["url"] = url, ["started"] = DateTime.UtcNow.ToString("O") };
        var list = new JsonArray();
        result["rounds"] = list;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ChromiumArgs, Timeout = 60_000,
        });
        result["browser"] = browser.Version;
        for (var round = 1; round <= rounds; round++)
        {
            var r = await RoundAsync(browser, url, readyTimeout, layoutTimeout, round == 1 ? o.Str("queries-out", "") : "");
            r["round"] = round;
            list.Add(r);
            Console.WriteLine($"browser round {round}: first draw {r["firstDrawMs"]?.ToJsonString() ?? "-"} ms, longest task {r["longestTaskMs"]?.ToJsonString()} ms, " +
                $"pan {r["panFps"]?.ToJsonString() ?? "-"} fps, zoom {r["zoomFps"]?.ToJsonString() ?? "-"} fps (API), drag {r["dragPanFps"]?.ToJsonString() ?? "-"} fps, wheel {r["wheelZoomFps"]?.ToJsonString() ?? "-"} fps, {r["nodes"]} nodes / {r["edges"]} edges");
        }
        result["finished"] = DateTime.UtcNow.ToString("O");
        var output = o.Required("out");
        File.WriteAllText(output, result.ToJsonString(Json.Options));
        Console.WriteLine($"browser: wrote {output}");
        return 0;
    }

    private static async Task<JsonObject> RoundAsync(IBrowser browser, string url, double readyTimeout, double layoutTimeout, string queriesOut)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error") errors.Add(m.Text);
            else if (Environment.GetEnvironmentVariable("BENCH_CONSOLE") == "1") Console.WriteLine($"  console.{m.Type}: {m.Text}");
        };
        page.PageError += (_, e) => errors.Add(e);
        var requests = new List<JsonObject>();
        var clock = Stopwatch.StartNew();
        page.Request += (_, request) =>
        {
            if (request.Method != "POST" || !request.Url.Contains("/graphql", StringComparison.Ordinal)) return;
            var body = request.PostData ?? "";
            string? name = null;
            try { name = JsonNode.Parse(body)?["operationName"]?.GetValue<string>(); } catch (JsonException) { }
            lock (requests)
                requests.Add(new JsonObject { ["operationName"] = name, ["atMs"] = clock.Elapsed.TotalMilliseconds, ["body"] = body });
        };
        await page.AddInitScriptAsync(InitScript);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");

        // BROWSER_PROFILE=file: the main thread's CPU profile from navigation to the first draw (the last round's), for
        // bench/scale/cpu-profile.py or Chromium's DevTools.
        var profileOut = Environment.GetEnvironmentVariable("BROWSER_PROFILE");
        if (!string.IsNullOrEmpty(profileOut))
        {
            await cdp.SendAsync("Profiler.enable");
            await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 250 });
            await cdp.SendAsync("Profiler.start");
        }
        var r = new JsonObject();
        clock.Restart();
        await page.GotoAsync(url, new PageGotoOptions { Timeout = 120_000 });
        var ready = true;
        try
        {
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null,
                new PageWaitForFunctionOptions { Timeout = (float)(readyTimeout * 1000), PollingInterval = 50 });
        }
        catch (TimeoutException)
        {
            ready = false;
        }
        if (!string.IsNullOrEmpty(profileOut))
        {
            var profile = await cdp.SendAsync("Profiler.stop");
            if (profile is { } p) File.WriteAllText(profileOut, p.GetProperty("profile").GetRawText());
        }
        r["readyWithinTimeout"] = ready;
        r["readyTimeoutS"] = readyTimeout;
        r["wallToReadyMs"] = clock.Elapsed.TotalMilliseconds;
        var requestsAtReady = requests.Count;

        if (ready)
        {
            // The layout refines after the first draw; wait for it to stop (bounded), then for the page's pending work.
            var layoutClock = Stopwatch.StartNew();
            try
            {
                await page.EvaluateAsync($"() => Promise.race([Promise.resolve(window.influenceGraph.layoutDone()), new Promise(r => setTimeout(r, {layoutTimeout * 1000}))])");
                await page.EvaluateAsync("() => window.influenceGraph.idle()");
            }
            catch (PlaywrightException e)
            {
                errors.Add("waiting for the layout: " + e.Message);
            }
            r["layoutWaitMs"] = layoutClock.Elapsed.TotalMilliseconds;
            r["layoutDoneAtMs"] = await page.EvaluateAsync<double>("() => performance.now()");
            // The edges of a large drawing join once its layout stops, a slice per frame: the drawing is complete when
            // the layout has stopped and the count of edges has not changed for a second (bounded wait).
            var edges = await page.EvaluateAsync<JsonElement>($$"""
                async () => {
                  const h = window.influenceGraph, deadline = performance.now() + {{layoutTimeout * 1000}};
                  let count = -1, changed = performance.now();
                  while (performance.now() < deadline) {
                    const now = h.cy.edges().length;
                    if (now !== count) { count = now; changed = performance.now(); }
                    else if (!h.layout?.running && performance.now() - changed > 1000) break;
                    await new Promise(r => setTimeout(r, 100));
                  }
                  return { edgesDrawnAtMs: count > 0 ? changed : null, settled: performance.now() < deadline };
                }
                """);
            r["drawingSettled"] = edges.GetProperty("settled").GetBoolean();
            r["edgesDrawnAtMs"] = JsonNode.Parse(edges.GetProperty("edgesDrawnAtMs").GetRawText());
            await page.WaitForTimeoutAsync(1000);
        }
        var state = await page.EvaluateAsync<JsonElement>(ReadState);
        foreach (var p in state.EnumerateObject())
            if (!p.Name.StartsWith('$'))
                r[p.Name] = JsonNode.Parse(p.Value.GetRawText());
        r["heapAfterLoadMb"] = await HeapMbAsync(cdp);
        r["requestsAtReady"] = requestsAtReady;
        int startRequests;
        lock (requests) startRequests = requests.Count;

        if (ready)
        {
            var fps = await page.EvaluateAsync<JsonElement>(PanZoomScript, 2500);
            foreach (var p in fps.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
                r[p.Name == "longestTaskMs" ? "panZoomLongestTaskMs" : p.Name] = JsonNode.Parse(p.Value.GetRawText());
            r["heapAfterPanZoomMb"] = await HeapMbAsync(cdp);
            foreach (var (name, value) in await PanZoomByInputAsync(page, 2500))
                r[name] = value;

            // Expand: a tap on the actor with most leverage, as a click does (a partial drawing adds its neighbours).
            var expand = await page.EvaluateAsync<JsonElement>("""
                async () => {
                  const h = window.influenceGraph, cy = h.cy;
                  const node = cy.nodes().max(n => n.data('leverage') ?? 0).ele ?? cy.nodes()[0];
                  if (!node) return { expandMs: null };
                  const before = cy.nodes().length, expansions = h.expansions, start = performance.now();
                  node.emit('tap');
                  await new Promise(r => setTimeout(r, 0));
                  await h.idle();
                  const deadline = start + 30000;
                  while (h.expansions === expansions && performance.now() < deadline && document.body.classList.contains('busy')) await new Promise(r => setTimeout(r, 20));
                  return { expandStartMs: start, expandMs: performance.now() - start, expanded: h.expansions > expansions, nodesBefore: before, nodesAfter: cy.nodes().length, actor: node.id() };
                }
                """);
            foreach (var p in expand.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
                r[p.Name] = JsonNode.Parse(p.Value.GetRawText());
            var after = await page.EvaluateAsync<JsonElement>(ReadState);
            r["longestTaskOverallMs"] = JsonNode.Parse(after.GetProperty("longestTaskMs").GetRawText());
            r["longTasksOver200Overall"] = JsonNode.Parse(after.GetProperty("longTasksOver200").GetRawText());
        }
        // Every long task (start, duration in ms since navigation), to tell which phase blocked the main thread.
        r["longTaskList"] = JsonNode.Parse((await page.EvaluateAsync<JsonElement>("() => window.__longTasks.map(t => [Math.round(t.start), Math.round(t.duration)])")).GetRawText());
        r["errors"] = new JsonArray([.. errors.Take(10).Select(e => (JsonNode)JsonValue.Create(e.Length > 300 ? e[..300] : e))]);
        JsonObject[] sent;
        lock (requests) sent = [.. requests];
        r["requests"] = sent.Length;
        r["operations"] = new JsonArray([.. sent.Select(q => (JsonNode)JsonValue.Create(q["operationName"]?.GetValue<string>() ?? "?")).Distinct(new NodeText())]);
        // What the page sent until its layout stopped is its start; what followed (the tap) an interaction.
        if (queriesOut.Length > 0)
            File.WriteAllText(queriesOut, new JsonArray([.. sent.Select((q, i) =>
            {
                var copy = (JsonObject)q.DeepClone();
                copy["phase"] = i < startRequests ? "start" : "interaction";
                return (JsonNode)copy;
            })]).ToJsonString(Json.Options));
        return r;
    }

    private const string CountFrames = """
        () => {
          const f = window.__frames = { n: 0, worst: 0, last: 0, on: true, start: performance.now(), mark: window.__longTasks.length };
          const tick = now => { if (f.last) f.worst = Math.max(f.worst, now - f.last); f.last = now; f.n++; if (f.on) requestAnimationFrame(tick); };
          requestAnimationFrame(tick);
        }
        """;

    private const string StopFrames = """
        () => {
          const f = window.__frames; f.on = false;
          const tasks = window.__longTasks.slice(f.mark);
          return { fps: f.n / ((performance.now() - f.start) / 1000), worstFrameMs: f.worst, startMs: f.start, endMs: performance.now(),
                   longestTaskMs: Math.max(0, ...tasks.map(t => t.duration)) };
        }
        """;

    /// <summary>
    /// Pan and zoom as a person does, with input events (Playwright's mouse: a drag on the background, then the wheel
    /// over the drawing's centre), for `ms` each, counting frames. Cytoscape treats these gestures differently from
    /// cy.panBy/cy.zoom: while one lasts it moves a picture of the drawing (textureOnViewport) instead of redrawing it.
    /// </summary>
    private static async Task<List<(string, JsonNode?)>> PanZoomByInputAsync(IPage page, int ms)
    {
        var result = new List<(string, JsonNode?)>();
        var box = await page.Locator("#cy").BoundingBoxAsync();
        if (box is null) return result;
        // The drag starts in the drawing's top-left corner, where the fitted drawing leaves background.
        float x0 = box.X + 4, y0 = box.Y + 4;
        await page.Mouse.MoveAsync(x0, y0);
        await page.EvaluateAsync(CountFrames);
        await page.Mouse.DownAsync();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.ElapsedMilliseconds < ms; i++)
        {
            var k = i % 120 < 60 ? i % 60 : 60 - i % 60;
            await page.Mouse.MoveAsync(x0 + k * 6, y0 + k * 3);
        }
        await page.Mouse.UpAsync();
        var pan = await page.EvaluateAsync<JsonElement>(StopFrames);
        await page.WaitForTimeoutAsync(500);
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.EvaluateAsync(CountFrames);
        clock.Restart();
        for (var i = 0; clock.ElapsedMilliseconds < ms; i++)
            await page.Mouse.WheelAsync(0, i / 10 % 2 == 0 ? -60 : 60);
        var zoom = await page.EvaluateAsync<JsonElement>(StopFrames);
        await page.WaitForTimeoutAsync(500);
        foreach (var (prefix, m) in new[] { ("dragPan", pan), ("wheelZoom", zoom) })
            foreach (var p in m.EnumerateObject().Where(p => !p.Name.StartsWith('$')))
                result.Add((prefix + char.ToUpperInvariant(p.Name[0]) + p.Name[1..], JsonNode.Parse(p.Value.GetRawText())));
        return result;
    }

    private static async Task<double?> HeapMbAsync(ICDPSession cdp)
    {
        var metrics = await cdp.SendAsync("Performance.getMetrics");
        if (metrics is not { } m) return null;
        foreach (var entry in m.GetProperty("metrics").EnumerateArray())
            if (entry.GetProperty("name").GetString() == "JSHeapUsedSize")
                return Math.Round(entry.GetProperty("value").GetDouble() / 1e6, 1);
        return null;
    }

    private sealed class NodeText : IEqualityComparer<JsonNode>
    {
        public bool Equals(JsonNode? x, JsonNode? y) => x?.ToJsonString() == y?.ToJsonString();

        public int GetHashCode(JsonNode obj) => obj.ToJsonString().GetHashCode(StringComparison.Ordinal);
    }
}
