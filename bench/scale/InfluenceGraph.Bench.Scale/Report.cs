using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace InfluenceGraph.Bench.Scale;

/// <summary>
/// `table DIR [--results=FILE]`: one markdown table for one size from what run.sh left in DIR (env.json, apply.json,
/// server.json, http-cold.json, browser.json, http-page.json, http-writes.json; any may be missing), each figure with
/// the issue's target for that size where it names one; and a small summary JSON for bench/scale/results/.
/// </summary>
internal static class Report
{
    public static int Print(Options o)
    {
        var dir = o.Positional(0);
        JsonNode? Load(string name)
        {
            var path = Path.Combine(dir, name);
            return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        }
        var env = Load("env.json");
        var apply = Load("apply.json");
        var server = Load("server.json");
        var cold = Load("http-cold.json");
        var browser = Load("browser.json");
        var page = Load("http-page.json");
        var writes = Load("http-writes.json");
        var size = GraphSize.Parse(env?["size"]?.GetValue<string>() ?? Path.GetFileName(Path.GetFullPath(dir)));
        var rows = new List<Row>();
        var summary = new JsonObject { ["size"] = size.Name, ["actors"] = size.Actors, ["relations"] = size.Relations };
        void Add(string figure, string value, string target = "", bool? met = null, string key = "", double? number = null)
        {
            rows.Add(new Row(figure, value, target, met));
            if (key.Length > 0) summary[key] = number is { } n && !double.IsNaN(n) ? Math.Round(n, 1) : null;
        }
        bool small = size.Name == "small", medium = size.Name == "medium", large = size.Name == "large";

        // Load and start.
        if (apply is not null)
        {
            var s = D(apply["seconds"]);
            var generated = size.Actors + size.Relations;
            Add("`cypher apply`, seed + generated graph (one transaction per file)",
                $"{s:0.0} s ({generated / s:N0} rows/s), peak RSS {F(D(apply["maxRssMb"]), "0")} MB, store on disk {F(D(apply["diskMb"]), "0")} MB",
                key: "applySeconds", number: s);
            if (apply["files"] is JsonArray files && files.Count > 1)
            {
                var rel = files.Where(f => f!["file"]!.GetValue<string>().Contains("relations", StringComparison.Ordinal)).Select(f => D(f!["seconds"])).ToList();
                if (rel.Count > 1)
                    Add("... per relations file", $"first {rel[0]:0.0} s, last {rel[^1]:0.0} s ({rel.Count} files of up to {F(D(apply["relationsPerFile"]), "N0")})");
            }
        }
        if (server is not null)
            Add("server start until /healthz answers", $"{D(server["startSeconds"]):0.0} s, RSS {F(D(server["rssMb"]), "0")} MB", key: "startSeconds", number: D(server["startSeconds"]));
        if (cold is not null)
        {
            var totals = cold["totals"];
            Add("served graph (seed included)", $"{I(totals?["actors"]):N0} actors, {I(totals?["relations"]):N0} relations, {I(totals?["dataProblems"])} data problems",
                "0 data problems", I(totals?["dataProblems"]) == 0);
            Add("first query after start (actorsPage, snapshot)", $"{D(cold["firstQueryMs"]):0} ms", key: "firstQueryMs", number: D(cold["firstQueryMs"]));
            var coldMs = D(cold["metricsFirstPageColdMs"]);
            var all = cold["metricsAll"];
            var again = cold["metricsAllAgain"];
            Add("leverage + alignment of all actors: first page, computed cold", $"{coldMs:0} ms", "< 2 s" + (large ? "" : " (set for 100k)"), large ? coldMs < 2000 : null,
                "metricsColdMs", coldMs);
            Add("... every actor, paged by 1,000 (first pass / again)", $"{D(all?["ms"]):0} ms / {D(again?["ms"]):0} ms, {I(all?["pages"])} pages, {I(all?["withAlignment"]):N0} of {I(all?["actors"]):N0} aligned, {D(all?["bytes"]) / 1e6:0.0} MB");
        }
        Memory(cold, "after the first queries");

        // The page.
        if (browser?["rounds"] is JsonArray rounds && rounds.Count > 0)
        {
            var ready = rounds.Where(r => r!["readyWithinTimeout"]?.GetValue<bool>() == true).ToList();
            var draws = ready.Select(r => D(r!["firstDrawMs"])).ToList();
            var firstDrawTarget = small ? 1000 : medium ? 3000 : double.NaN;
            var firstDraw = Stats.Median(draws);
            Add($"page: first draw (median of {rounds.Count} rounds; max)",
                ready.Count == 0 ? $"not drawn within {D(rounds[0]!["readyTimeoutS"]):0} s" : $"{firstDraw:0} ms ({Stats.Percentile(draws, 100):0} ms)" + (ready.Count < rounds.Count ? $", {rounds.Count - ready.Count} round(s) not drawn in time" : ""),
                double.IsNaN(firstDrawTarget) ? "" : $"< {firstDrawTarget / 1000:0} s", double.IsNaN(firstDrawTarget) ? null : ready.Count == rounds.Count && firstDraw < firstDrawTarget,
                "firstDrawMs", firstDraw);
            var r0 = rounds[0]!;
            Add("... drawn", $"{I(r0["nodes"]):N0} nodes, {I(r0["edges"]):N0} edges, {S(r0["renderer"])} renderer, {S(r0["layoutEngine"])} layout; \"{S(r0["scope"])}\"");
            var layout = Stats.Median(ready.Select(r => D(r!["layoutDoneAtMs"])));
            var drawn = Stats.Median(ready.Select(r => D(r!["edgesDrawnAtMs"])));
            var edgeCounts = string.Join(", ", ready.Select(r => I(r!["edges"]).ToString("N0", CultureInfo.InvariantCulture)));
            Add("... layout stopped / last edge drawn (median, since navigation)", $"{layout:0} ms / {F(drawn, "0")} ms; edges drawn per round: {edgeCounts}" +
                (ready.Any(r => r!["drawingSettled"]?.GetValue<bool>() == false) ? " (still changing at the wait's end in some rounds)" : ""),
                key: "drawingCompleteMs", number: drawn);
            Add("... page marks (median): catalog and counts read / overview answered / nodes drawn / ready",
                $"{Stats.Median(ready.Select(r => D(r!["metaMs"]))):0} / {Stats.Median(ready.Select(r => D(r!["overviewMs"]))):0} / {Stats.Median(ready.Select(r => D(r!["drawnMs"]))):0} / {firstDraw:0} ms");
            // Which phase blocked the main thread longest: before the first draw, until the drawing was complete, pan/zoom, expand.
            double Worst(Func<JsonNode, double, bool> inPhase) => rounds.SelectMany(r => (r!["longTaskList"]?.AsArray() ?? []).Where(t => inPhase(r!, D(t![0]))).Select(t => D(t![1]))).DefaultIfEmpty(0).Max();
            var beforeDraw = Worst((r, t) => t < D(r["firstDrawMs"]) || double.IsNaN(D(r["firstDrawMs"])));
            var untilComplete = Worst((r, t) => t >= D(r["firstDrawMs"]) && (double.IsNaN(D(r["panZoomStartMs"])) || t < D(r["panZoomStartMs"])));
            var panZoom = Worst((r, t) => (t >= D(r["panZoomStartMs"]) && t < D(r["panZoomEndMs"]))
                || (t >= D(r["dragPanStartMs"]) && t < D(r["wheelZoomEndMs"])));
            var expanding = Worst((r, t) => t >= D(r["expandStartMs"]));
            Add("... longest task by phase: until first draw / until complete / pan-zoom / expand", $"{beforeDraw:0} / {untilComplete:0} / {panZoom:0} / {expanding:0} ms");
            var longest = rounds.Select(r => D(r!["longestTaskOverallMs"] ?? r!["longestTaskMs"])).DefaultIfEmpty(double.NaN).Max();
            var over200 = rounds.Sum(r => I(r!["longTasksOver200Overall"] ?? r!["longTasksOver200"]));
            Add("page: longest task, load + pan/zoom + expand (max over rounds)", $"{longest:0} ms ({over200} tasks over 200 ms in all rounds)", "<= 200 ms", longest <= 200,
                "longestTaskMs", longest);
            // Frames are counted on complete drawings only: a round whose edges never joined (see "edges drawn per round")
            // pans an easier picture.
            var complete = ready.Where(r => I(r!["edges"]) > 0).ToList();
            var lost = ready.Count - complete.Count;
            var pan = Stats.Median(complete.Select(r => D(r!["panFps"])));
            var zoom = Stats.Median(complete.Select(r => D(r!["zoomFps"])));
            var fpsText = complete.Count == 0 ? "-" : $"{pan:0} / {zoom:0} fps (worst frame {Stats.Percentile(complete.Select(r => D(r!["panWorstFrameMs"])).ToList(), 100):0} / {Stats.Percentile(complete.Select(r => D(r!["zoomWorstFrameMs"])).ToList(), 100):0} ms)";
            if (lost > 0)
                fpsText += $"; in the {lost} round(s) without edges {Stats.Median(ready.Except(complete).Select(r => D(r!["panFps"]))):0} / {Stats.Median(ready.Except(complete).Select(r => D(r!["zoomFps"]))):0} fps";
            var dragPan = Stats.Median(complete.Select(r => D(r!["dragPanFps"])));
            var wheelZoom = Stats.Median(complete.Select(r => D(r!["wheelZoomFps"])));
            Add($"page: frames per second, pan by dragging / zoom with the wheel (median of the {complete.Count} complete drawings)",
                complete.Count == 0 ? "-" : $"{dragPan:0} / {wheelZoom:0} fps (worst frame {Stats.Percentile(complete.Select(r => D(r!["dragPanWorstFrameMs"])).ToList(), 100):0} / {Stats.Percentile(complete.Select(r => D(r!["wheelZoomWorstFrameMs"])).ToList(), 100):0} ms)",
                ">= 30 fps", complete.Count == 0 ? false : Math.Min(dragPan, wheelZoom) >= 30, "inputPanFps", dragPan);
            summary["inputZoomFps"] = double.IsNaN(wheelZoom) ? null : Math.Round(wheelZoom, 1);
            // cy.panBy / cy.zoom every frame: what an animation (the fit button, a refit) costs; every frame is redrawn.
            Add($"page: frames per second, pan / zoom through Cytoscape's API, every frame redrawn (median of the {complete.Count})", fpsText,
                key: "panFps", number: pan);
            summary["zoomFps"] = double.IsNaN(zoom) ? null : Math.Round(zoom, 1);
            summary["roundsWithoutEdges"] = lost;
            var heap = Stats.Median(rounds.Select(r => D(r!["heapAfterLoadMb"])));
            var heapPan = Stats.Median(rounds.Select(r => D(r!["heapAfterPanZoomMb"])));
            Add("page: JS heap used after load / after pan-zoom (median, CDP)", $"{heap:0} MB / {F(heapPan, "0")} MB", key: "heapMb", number: heap);
            var expand = ready.Select(r => D(r!["expandMs"])).ToList();
            if (expand.Count > 0)
                Add("page: expand the top actor (tap), median", $"{Stats.Median(expand):0} ms, {I(r0["nodesBefore"]):N0} -> {I(r0["nodesAfter"]):N0} nodes" + (r0["expanded"]?.GetValue<bool>() == true ? "" : " (nothing added: the whole graph is drawn)"));
            var errors = rounds.SelectMany(r => r!["errors"]?.AsArray() ?? []).Select(e => e!.GetValue<string>()).Distinct().ToList();
            if (errors.Count > 0)
                Add("page: console errors", string.Join("; ", errors.Take(3)).Replace("|", "\\|", StringComparison.Ordinal));
        }

        // The page's queries over HTTP.
        if (page?["pageQueries"] is JsonArray queries)
        {
            var start = queries.Where(q => S(q!["phase"]) == "start").ToList();
            double raw = start.Sum(q => D(q!["bytes"])), br = start.Sum(q => D(q!["brBytes"])), gz = start.Sum(q => D(q!["gzipBytes"]));
            var slowest = start.Select(q => D(q!["brP50Ms"])).DefaultIfEmpty(double.NaN).Max();
            Add($"page queries at start ({start.Count}): total size raw / brotli / gzip", $"{Kb(raw)} / {Kb(br)} / {Kb(gz)}",
                small || medium ? "< 1 MB compressed" + (medium ? "" : " (set for 5k)") : "", medium ? br < 1e6 && gz < 1e6 : null, "pageBrBytes", br);
            Add("page queries at start: slowest p50 (brotli)", $"{slowest:0} ms", medium ? "< 150 ms p50" : "", medium ? slowest < 150 : null, "pageSlowestP50Ms", slowest);
            foreach (var q in queries)
            {
                var name = S(q!["name"]);
                var isOverview = name == "ExplorerOverview";
                var p50 = D(q["brP50Ms"]);
                var target = isOverview && large ? "< 300 ms" : "";
                Add($"... {name}{(S(q["phase"]) == "interaction" ? " (on click)" : "")}" + (q["errors"] is { } err && err.GetValueKind() != System.Text.Json.JsonValueKind.Null ? " **errors**" : ""),
                    $"{Kb(D(q["bytes"]))} raw, {Kb(D(q["brBytes"]))} br, {Kb(D(q["gzipBytes"]))} gzip; p50/p99 {p50:0}/{D(q["brP99Ms"]):0} ms br, {D(q["identityP50Ms"]):0}/{D(q["identityP99Ms"]):0} ms raw",
                    target, target.Length > 0 ? p50 < 300 : null, isOverview ? "overviewP50Ms" : "", isOverview ? p50 : null);
                if (isOverview) summary["overviewP99Ms"] = Math.Round(D(q["brP99Ms"]), 1);
            }
            var c = page["concurrentPage"];
            if (c is not null)
            {
                var peak = D(c["maxRssMb"]);
                Add($"{I(c["workers"])} concurrent clients loading the page's start queries for {D(c["seconds"]):0} s",
                    $"{D(c["perSecond"]):0.0} req/s, p50/p99 {D(c["p50Ms"]):0}/{D(c["p99Ms"]):0} ms, {I(c["failures"])} failures; server RSS peak {peak:0} MB, VmHWM {D(c["hwmMb"]):0} MB",
                    large ? "RSS < 2 GB" : "", large ? peak < 2048 : null, "concurrentPeakRssMb", peak);
            }
        }
        Memory(page, "after the page queries");

        // Writes with readers.
        if (writes?["writePhases"] is JsonArray phases)
        {
            List<JsonNode> Of(string phase) => [.. phases.Where(p => S(p!["phase"]) == phase).Select(p => p!)];
            var alone = Of("readers");
            var mixed = Of("readers+writers");
            var writersOnly = Of("writers");
            var p99Alone = Stats.Median(alone.Select(p => D(p["readP99Ms"])));
            var p99Mixed = Stats.Median(mixed.Select(p => D(p["readP99Ms"])));
            var wps = Stats.Median(mixed.Select(p => D(p["writesPerSecond"])));
            var readers = mixed.Count > 0 ? I(mixed[0]["readers"]) : 0;
            var writers = mixed.Count > 0 ? I(mixed[0]["writers"]) : 0;
            Add($"writes/s with {readers} readers running ({writers} writers; median of {mixed.Count} rounds)",
                $"{wps:0.0} ({string.Join(", ", mixed.Select(p => D(p["writesPerSecond"]).ToString("0.0", CultureInfo.InvariantCulture)))}); write p50/p99 {Stats.Median(mixed.Select(p => D(p["writeP50Ms"]))):0}/{Stats.Median(mixed.Select(p => D(p["writeP99Ms"]))):0} ms; {mixed.Sum(p => I(p["writeFailures"]))} failed",
                large ? ">= 200/s" : "", large ? wps >= 200 : null, "writesPerSecond", wps);
            if (writersOnly.Count > 0)
                Add($"writes/s, {writers} writers, no readers", $"{D(writersOnly[0]["writesPerSecond"]):0.0}", key: "writesAlonePerSecond", number: D(writersOnly[0]["writesPerSecond"]));
            Add($"readers' p99 alone / with writes (alternating rounds; medians; reader: {(S(writes["reader"]) is { Length: > 0 } rd ? rd : "metrics")})",
                $"{p99Alone:0} ms / {p99Mixed:0} ms = {p99Mixed / p99Alone:0.0}x; reads/s {Stats.Median(alone.Select(p => D(p["readsPerSecond"]))):0} / {Stats.Median(mixed.Select(p => D(p["readsPerSecond"]))):0}",
                large ? "<= 2x" : "", large ? p99Mixed <= 2 * p99Alone : null, "readP99Ratio", p99Mixed / p99Alone);
            var firstError = phases.Select(p => S(p!["firstWriteError"])).FirstOrDefault(e => e.Length > 0);
            if (firstError is not null)
                Add("... first failed write", firstError.Replace("|", "\\|", StringComparison.Ordinal));
            var peak = phases.Select(p => D(p!["maxRssMb"])).DefaultIfEmpty(double.NaN).Max();
            Add("server RSS peak during the write rounds", $"{peak:0} MB", large ? "< 2 GB" : "", large ? peak < 2048 : null, "writesPeakRssMb", peak);
        }
        Memory(writes, "after the writes");

        void Memory(JsonNode? part, string label)
        {
            if (part?["memory"] is not JsonArray marks || marks.Count == 0) return;
            var last = marks[^1]!;
            var rss = D(last["rssMb"]);
            var isAfterLoad = label == "after the first queries";
            Add($"server RSS {label} (VmRSS / VmHWM)", $"{rss:0} MB / {D(last["hwmMb"]):0} MB", large ? "< 2 GB" : "", large ? rss < 2048 : null,
                isAfterLoad ? "rssAfterLoadMb" : "", isAfterLoad ? rss : null);
        }

        var sb = new StringBuilder();
        var title = $"{char.ToUpperInvariant(size.Name[0])}{size.Name[1..]}: {size.Label} generated, on top of the seed" +
            (env is null ? "" : $" ({S(env["date"])}, {S(env["machine"])}; load average {S(env["loadBefore"])} before, {S(env["loadAfter"])} after" +
                (S(env["serverEnv"]).Length > 0 ? $"; server environment {S(env["serverEnv"])}" : "") + ")");
        sb.AppendLine(title);
        sb.AppendLine();
        sb.AppendLine("| figure | value | target | met |");
        sb.AppendLine("| --- | --- | --- | --- |");
        foreach (var r in rows)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Figure} | {r.Value} | {r.Target} | {(r.Met is null ? "" : r.Met.Value ? "yes" : "**no**")} |");
        Console.Write(sb.ToString());
        summary["targets"] = new JsonArray([.. rows.Where(r => r.Met is not null).Select(r => (JsonNode)new JsonObject { ["figure"] = r.Figure, ["value"] = r.Value, ["target"] = r.Target, ["met"] = r.Met })]);
        if (env is not null) summary["env"] = env.DeepClone();
        if (o.Str("results", "") is { Length: > 0 } results)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(results))!);
            File.WriteAllText(results, summary.ToJsonString(Json.Options));
            File.WriteAllText(Path.ChangeExtension(results, ".md"), sb.ToString());
        }
        return 0;
    }

    private sealed record Row(string Figure, string Value, string Target, bool? Met);

    private static double D(JsonNode? n)
    {
        if (n is null) return double.NaN;
        try { return n.GetValue<double>(); }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            return n.GetValueKind() == System.Text.Json.JsonValueKind.String && double.TryParse(n.GetValue<string>(), CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
        }
    }

    private static int I(JsonNode? n) => double.IsNaN(D(n)) ? 0 : (int)D(n);

    private static string S(JsonNode? n) => n is null || n.GetValueKind() == System.Text.Json.JsonValueKind.Null ? "" : n.GetValueKind() == System.Text.Json.JsonValueKind.String ? n.GetValue<string>() : n.ToJsonString();

    private static string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, CultureInfo.InvariantCulture);

    private static string Kb(double bytes) =>
        double.IsNaN(bytes) ? "-" : bytes >= 1e6 ? $"{bytes / 1e6:0.00} MB" : $"{bytes / 1e3:0.0} kB";
}
