using System.Diagnostics;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>The GraphQL conformance kit beside the repository (../shared/conformance/graphql) and node to run it.</summary>
public static class ConformanceKit
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Directory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "conformance", "graphql"));

    public static string Examples => Path.Combine(Directory, "examples");

    /// <summary>Why the kit cannot run here, or null when it can. Under CI (CI=true) it must run, so there is no reason.</summary>
    public static string? MissingReason()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            return null;
        if (FindOnPath("node") is null)
            return "node is not installed; the GraphQL conformance kit needs it.";
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
            return "The GraphQL conformance kit's packages are not installed (run npm ci in ../shared/conformance/graphql).";
        return null;
    }

    /// <summary>Runs <c>node script args...</c> in the kit's folder; the exit code and everything it printed.</summary>
    public static async Task<(int Exit, string Output)> NodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {string.Join(' ', arguments)} did not finish within 3 minutes.");
        }
        return (process.ExitCode, await output + await error);
    }

    private static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The tests must run inside the repository: no InfluenceGraph.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test that drives the conformance kit under node: skipped, saying why, only outside CI when node or the kit is missing.</summary>
public sealed class ConformanceKitFactAttribute : FactAttribute
{
    public ConformanceKitFactAttribute() => Skip = ConformanceKit.MissingReason();
}

/// <summary>The theory form of <see cref="ConformanceKitFactAttribute"/>.</summary>
public sealed class ConformanceKitTheoryAttribute : TheoryAttribute
{
    public ConformanceKitTheoryAttribute() => Skip = ConformanceKit.MissingReason();
}
