using System.Diagnostics;
using System.Text;
using Path = System.IO.Path;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>
/// Runs the conformance kit's packstream-oracle.mjs (the JS driver's own packer) unchanged. It takes one value per
/// process in argv, so values are batched as one list per call (kept under Linux's 128 KiB argument limit) and the
/// calls run in parallel.
/// </summary>
internal static class PackStreamOracle
{
    public const int MaxArgumentBytes = 120_000;

    // node takes over a second to load the driver; more processes than cores only slow each other down.
    private static readonly SemaphoreSlim Slots = new(Math.Max(2, Environment.ProcessorCount));

    public static async Task<string> RunAsync(string mode, string argument)
    {
        await Slots.WaitAsync();
        try
        {
            return await RunOnceAsync(mode, argument);
        }
        finally
        {
            Slots.Release();
        }
    }

    private static async Task<string> RunOnceAsync(string mode, string argument)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Infrastructure.RepositoryPaths.BoltKit,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Infrastructure.RepositoryPaths.BoltKit, "packstream-oracle.mjs"));
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"oracle {mode} failed: {await error}");
        return (await output).Trim();
    }

    /// <summary>Splits items into consecutive batches whose total size stays under the argument limit.</summary>
    public static List<List<int>> Batch(IReadOnlyList<int> sizes, int limit)
    {
        var batches = new List<List<int>> { new() };
        var total = 0;
        for (var i = 0; i < sizes.Count; i++)
        {
            if (total + sizes[i] + 16 > limit && batches[^1].Count > 0)
            {
                batches.Add([]);
                total = 0;
            }
            batches[^1].Add(i);
            total += sizes[i] + 1;
        }
        return batches;
    }

    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);
}
