using System.Diagnostics;
using System.Globalization;

namespace InfluenceGraph.Cypher.Tests.Crash;

/// <summary>
/// One run of the crash child (built beside the tests, started with <c>dotnet</c>): collects the numbers it
/// acknowledged and whether it was inside a compaction, and kills it with SIGKILL.
/// </summary>
internal sealed class CrashChildProcess : IDisposable
{
    public const string AssemblyName = "InfluenceGraph.Cypher.CrashChild.dll";

    private readonly Process _process;
    private readonly Task _stdout;
    private readonly Task<string> _stderr;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<long> _acknowledged = [];
    private readonly object _gate = new();
    private bool _compacting;

    private CrashChildProcess(Process process)
    {
        _process = process;
        _stdout = Task.Run(ReadStdout);
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static string ChildPath => System.IO.Path.Combine(AppContext.BaseDirectory, AssemblyName);

    public static CrashChildProcess Start(string dataDirectory, int compactEvery)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            // The child exits when its standard input closes, so it never outlives this process.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ChildPath);
        info.ArgumentList.Add(dataDirectory);
        info.ArgumentList.Add(compactEvery.ToString(CultureInfo.InvariantCulture));
        return new CrashChildProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start the crash child"));
    }

    /// <summary>The numbers the child printed ACK for (all of them once the child has exited and its output is drained).</summary>
    public IReadOnlyList<long> Acknowledged
    {
        get
        {
            lock (_gate) return [.. _acknowledged];
        }
    }

    /// <summary>True when the last line read was "COMPACT" without its "COMPACTED".</summary>
    public bool InsideCompaction
    {
        get
        {
            lock (_gate) return _compacting;
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until the child has opened the store (printed READY); false if it exited or timed out first.</summary>
    public bool WaitReady(TimeSpan timeout) => _ready.Task.Wait(timeout);

    /// <summary>SIGKILL (Process.Kill sends SIGKILL on Unix), then waits for exit and drains the output.</summary>
    public void KillAndDrain()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        _process.WaitForExit();
        _stdout.Wait();
    }

    /// <summary>Waits for the child to exit by itself; returns its exit code and standard error.</summary>
    public (int ExitCode, string Error) WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) KillAndDrain();
        _stdout.Wait();
        return (_process.ExitCode, _stderr.Result);
    }

    public string StandardError => _stderr.IsCompleted ? _stderr.Result : "";

    public void Dispose() => _process.Dispose();

    private void ReadStdout()
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            lock (_gate)
            {
                if (line.StartsWith("ACK ", StringComparison.Ordinal)) _acknowledged.Add(long.Parse(line[4..], CultureInfo.InvariantCulture));
                else if (line == "COMPACT") _compacting = true;
                else if (line == "COMPACTED") _compacting = false;
            }
            if (line.StartsWith("READY", StringComparison.Ordinal)) _ready.TrySetResult();
        }
        _ready.TrySetResult();
    }

    // `dotnet test` tells child processes where the host it runs on lives; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
