using System.Diagnostics;
using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Tests.Faults;

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
        var path = TestSupport.TempDirectory();
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
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Writes a file until the file system is full; returns its path (delete it to free the space).</summary>
    public string Fill()
    {
        var filler = System.IO.Path.Combine(Path, "filler.bin");
        using var file = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var block = new byte[4096];
        try
        {
            while (true) file.Write(block);
        }
        catch (IOException)
        {
        }
        try
        {
            while (true) file.Write(block, 0, 1);
        }
        catch (IOException)
        {
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

    private static (int Code, string Error) Run(string program, params string[] args)
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

/// <summary>
/// The journal's file, failing as a full disk makes it fail while <see cref="Full"/> is set: a write puts part of its
/// bytes down, then throws the IOException .NET raises for ENOSPC (HResult 28 on Unix, ERROR_DISK_FULL on Windows);
/// fsync fails the same way. With <see cref="CutFails"/> set, shortening the file fails too.
/// </summary>
internal sealed class FullDiskFiles : StoreFiles
{
    public bool Full { get; set; }

    public bool CutFails { get; set; }

    public static IOException NoSpace(string path) =>
        new($"No space left on device : '{path}'", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28);

    public override FileStream OpenJournal(string path) => new Stream(this, path);

    private sealed class Stream(FullDiskFiles disk, string path)
        : FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None)
    {
        // Bytes written while full and not cut off since: fsync cannot put them down either.
        private bool _unplaced;

        // A FileStream subclass gets span writes through this overload too.
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (!disk.Full)
            {
                base.Write(buffer, offset, count);
                return;
            }
            base.Write(buffer, offset, count / 2);
            _unplaced = true;
            throw NoSpace(Name);
        }

        public override void Flush(bool flushToDisk)
        {
            if (disk.Full && _unplaced) throw NoSpace(Name);
            base.Flush(flushToDisk);
        }

        public override void SetLength(long value)
        {
            if (disk.CutFails) throw NoSpace(Name);
            base.SetLength(value);
            _unplaced = false;
        }
    }
}
