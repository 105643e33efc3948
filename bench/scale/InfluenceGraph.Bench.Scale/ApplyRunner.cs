using System.Diagnostics;
using System.Text.Json.Nodes;

namespace InfluenceGraph.Bench.Scale;

/// <summary>
/// `apply --server=DLL --data=DIR --graph=DIR --out=FILE`: runs the app's own `cypher apply` on a fresh data directory
/// with every generated file (the app seeds the new store from cypher/ first), as a child process started in the
/// current directory (the repository root, where the app finds cypher/). Times each file by when its "Applied" line
/// arrives, samples the child's RSS, and measures the store's size on disk.
/// </summary>
internal static class ApplyRunner
{
    public static async Task<int> RunAsync(Options o)
    {
        var data = Path.GetFullPath(o.Required("data"));
        var graph = o.Required("graph");
        var manifest = Manifest.Read(graph);
        if (Directory.Exists(data)) Directory.Delete(data, true);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(o.Required("server"));
        start.ArgumentList.Add("cypher");
        start.ArgumentList.Add("apply");
        foreach (var f in manifest.Files) start.ArgumentList.Add(Path.Combine(graph, f));
        start.ArgumentList.Add("--Store:DataDir=" + data);
        foreach (var (k, v) in ServerEnvironment(o.Str("env", ""))) start.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        using var sampler = new RssSampler(process.Id);
        var hwm = 0.0;
        var hwmTask = Task.Run(async () =>
        {
            while (!process.HasExited)
            {
                var m = ProcMemory.Read(process.Id);
                if (!double.IsNaN(m.HwmMb)) hwm = Math.Max(hwm, m.HwmMb);
                await Task.Delay(200);
            }
        });
        var files = new JsonArray();
        var last = 0.0;
        var stderr = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            var at = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"  [{at,7:0.0} s] {line}");
            if (line.StartsWith("The store was new", StringComparison.Ordinal))
            {
                files.Add(new JsonObject { ["file"] = "seed (cypher/)", ["seconds"] = at - last });
                last = at;
            }
            else if (line.StartsWith("Applied ", StringComparison.Ordinal))
            {
                var name = Path.GetFileName(line["Applied ".Length..line.IndexOf(" (", StringComparison.Ordinal)]);
                files.Add(new JsonObject { ["file"] = name, ["seconds"] = at - last });
                last = at;
            }
        }
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await hwmTask;
        var (maxRss, _) = sampler.Stop();
        var err = await stderr;
        if (err.Length > 0) Console.Error.Write(err);
        var disk = Directory.Exists(data) ? Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6 : 0;
        var result = new JsonObject
        {
            ["exitCode"] = process.ExitCode, ["seconds"] = seconds, ["files"] = files, ["maxRssMb"] = Peak(maxRss, hwm),
            ["diskMb"] = disk, ["relationsPerFile"] = o.Int("per-file", 100_000), ["batch"] = o.Int("batch", 0),
        };
        File.WriteAllText(o.Required("out"), result.ToJsonString(Json.Options));
        Console.WriteLine($"apply: exit {process.ExitCode} after {seconds:0.0} s, peak RSS {Peak(maxRss, hwm):0} MB, {disk:0} MB on disk");
        return process.ExitCode;
    }

    private static double Peak(double a, double b) => double.IsNaN(a) ? b : double.IsNaN(b) ? a : Math.Max(a, b);

    /// <summary>"NAME=VALUE NAME=VALUE" (SERVER_ENV in run.sh) as pairs.</summary>
    public static IEnumerable<(string, string)> ServerEnvironment(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Where(p => p.Length == 2).Select(p => (p[0], p[1]));
}
