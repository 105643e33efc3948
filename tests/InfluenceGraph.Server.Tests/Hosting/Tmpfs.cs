using System.Diagnostics;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>
/// A small tmpfs of its own, to fill or to mount read-only: the real ENOSPC and EROFS, where mounting is allowed
/// (Linux, as root or with CAP_SYS_ADMIN). <see cref="Unavailable"/> says why not otherwise.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why no tmpfs can be mounted here; null when one can.</summary>
    public static string? Unavailable { get; } = Probe();

    public static Tmpfs Mount(long bytes, bool readOnly = false)
    {
        var path = TempDirectory.Create("influencegraph-tmpfs");
        var (code, error) = Run("mount", "-t", "tmpfs", "-o", $"size={bytes}{(readOnly ? ",ro" : "")},mode=0755", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed ({code}): {error}");
        }
        return new Tmpfs(path);
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        TempDirectory.Delete(Path);
    }

    /// <summary>Writes a file until the file system is full, to the last byte; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var file = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        foreach (var size in new[] { 64 * 1024, 4096, 1 })
        {
            var block = new byte[size];
            try
            {
                while (true) file.Write(block);
            }
            catch (IOException)
            {
            }
        }
        return filler;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "needs Linux tmpfs";
        try
        {
            using var probe = Mount(64 * 1024);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "mounting a tmpfs is not allowed here (needs root or CAP_SYS_ADMIN): " + e.Message;
        }
    }

    internal static (int Code, string Error) Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Trim());
    }
}

/// <summary>Runs only where <see cref="Tmpfs"/> can mount; otherwise skips and says why.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } reason) Skip = reason;
    }
}
