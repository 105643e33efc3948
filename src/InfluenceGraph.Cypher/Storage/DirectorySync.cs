using System.Runtime.InteropServices;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Forces a directory's entries (a rename, a newly created file) to disk. On Linux a rename is durable only once its
/// directory is fsynced: without this, a power cut after compaction could bring the old snapshot back beside the
/// already-emptied journal. .NET cannot open a directory as a stream, so this calls the C library directly.
/// Windows (NTFS journals its metadata) needs nothing here.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows()) return;
        var fd = Open(directory, ReadOnly);
        if (fd < 0) throw new IOException($"Cannot open directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Fsync(fd) != 0) throw new IOException($"Cannot flush directory '{directory}' (errno {Marshal.GetLastPInvokeError()})");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);
}
