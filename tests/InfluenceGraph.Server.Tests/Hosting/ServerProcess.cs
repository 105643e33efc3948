using System.Diagnostics;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>
/// The server (or `cypher apply`) as its own process, as a user starts it: `dotnet InfluenceGraph.Server.dll ARGS`
/// from the test's output folder, optionally as another user (root only, through setpriv).
/// </summary>
internal static class ServerProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The unprivileged user a root test run starts children as ("nobody").</summary>
    public const int NobodyId = 65534;

    /// <summary>Why another user cannot be taken on here; null when a child can run as <see cref="NobodyId"/>.</summary>
    public static string? OtherUserUnavailable { get; } =
        !OperatingSystem.IsLinux() ? "needs Linux setpriv"
        : Environment.UserName != "root" ? "only root can start a child as another user"
        : !File.Exists("/usr/bin/setpriv") ? "setpriv is not installed"
        : null;

    public static Outcome Run(IEnumerable<string> args, TimeSpan timeout, bool asOtherUser = false)
    {
        using var process = Start(args, asOtherUser);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"the server did not exit within {timeout.TotalSeconds} s: {output.Result}{error.Result}");
        }
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts `dotnet InfluenceGraph.Server.dll ARGS` with its output and error redirected (the caller reads or drains them).</summary>
    public static Process Start(IEnumerable<string> args, bool asOtherUser = false)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo(asOtherUser ? "/usr/bin/setpriv" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (asOtherUser)
            foreach (var arg in new[] { $"--reuid={NobodyId}", $"--regid={NobodyId}", "--clear-groups", dotnet })
                info.ArgumentList.Add(arg);
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "InfluenceGraph.Server.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
    }

    /// <summary>The server's arguments for a data directory, seeded from the repository, listening on a free port.</summary>
    public static List<string> ServerArgs(string dataDirectory, params string[] more) =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--Store:DataDir={dataDirectory}",
        $"--Store:SeedDir={Path.Combine(RepositoryPaths.Root, "cypher")}",
        $"--Explorer:WebRoot={Path.Combine(RepositoryPaths.Root, "wwwroot")}",
        .. more,
    ];
}
