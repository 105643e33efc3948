using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>
/// Makes a directory one this process may not write: its permission bits for an ordinary user, the immutable
/// attribute (chattr +i) for root, whom permission bits do not bind. <see cref="Unavailable"/> says why neither works.
/// </summary>
internal static class WriteDenial
{
    private static readonly bool AsRoot = !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>Why no directory can be denied to this process here; null when one can.</summary>
    public static string? Unavailable { get; } = OperatingSystem.IsWindows() ? "Unix permission bits and attributes only" : Probe();

    /// <summary>Denies writes to <paramref name="directory"/> until the result is disposed.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static IDisposable Deny(string directory)
    {
        if (AsRoot)
        {
            var (code, error) = Tmpfs.Run("chattr", "+i", directory);
            if (code != 0) throw new InvalidOperationException($"chattr +i failed ({code}): {error}");
            return new Undo(() => Tmpfs.Run("chattr", "-i", directory));
        }
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return new Undo(() => File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? Probe()
    {
        if (!AsRoot) return null;
        var probe = TempDirectory.Create("influencegraph-deny");
        try
        {
            using (Deny(probe))
            {
                try
                {
                    File.WriteAllText(System.IO.Path.Combine(probe, "probe"), "");
                    return "root writes into an immutable directory on this file system";
                }
                catch (UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "root writes whatever the permission bits say, and the immutable attribute is not available here: " + e.Message;
        }
        finally
        {
            TempDirectory.Delete(probe);
        }
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

/// <summary>Runs only where <see cref="WriteDenial"/> can deny a directory to this process; otherwise skips and says why.</summary>
public sealed class WriteDenialFactAttribute : FactAttribute
{
    public WriteDenialFactAttribute()
    {
        if (WriteDenial.Unavailable is { } reason) Skip = reason;
    }
}
