namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Tells apart the file-system failures the store reports in their own words. .NET raises them all as IOException
/// (or UnauthorizedAccessException for EACCES and EPERM); on Unix the HResult is the errno itself, on Windows the
/// Win32 error as an HRESULT. Values checked on Linux by filling a 1 MiB tmpfs (ENOSPC: 28), mounting one read-only
/// (EROFS: 30) and opening a locked file twice (EWOULDBLOCK: 11).
/// </summary>
internal static class IoFaults
{
    // errno values, the same on Linux, macOS and the BSDs unless noted.
    private const int Enospc = 28;
    private const int Erofs = 30;
    private const int Edquot = 122; // Linux; macOS and the BSDs use 69
    private const int EdquotBsd = 69;
    private const int EwouldblockLinux = 11;
    private const int EwouldblockBsd = 35;

    // Win32 errors as HRESULTs (0x8007xxxx).
    private const int ErrorDiskFull = unchecked((int)0x80070070);
    private const int ErrorHandleDiskFull = unchecked((int)0x80070027);
    private const int ErrorWriteProtect = unchecked((int)0x80070013);
    private const int ErrorSharingViolation = unchecked((int)0x80070020);
    private const int ErrorLockViolation = unchecked((int)0x80070021);

    /// <summary>No space left on the device (or the user's disk quota is used up).</summary>
    public static bool IsDiskFull(Exception e) => e is IOException io && (OperatingSystem.IsWindows()
        ? io.HResult is ErrorDiskFull or ErrorHandleDiskFull
        : io.HResult == Enospc || io.HResult == (OperatingSystem.IsLinux() ? Edquot : EdquotBsd));

    /// <summary>This user may not write here: permissions, or a file system mounted read-only.</summary>
    public static bool IsNotWritable(Exception e) => e is UnauthorizedAccessException
        || e is IOException io && io.HResult == (OperatingSystem.IsWindows() ? ErrorWriteProtect : Erofs);

    /// <summary>Another process (or another open database in this one) holds the file's exclusive lock.</summary>
    public static bool IsLockConflict(Exception e) => e is IOException io && (OperatingSystem.IsWindows()
        ? io.HResult is ErrorSharingViolation or ErrorLockViolation
        : io.HResult == (OperatingSystem.IsLinux() ? EwouldblockLinux : EwouldblockBsd));
}
