namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The store's files hold the whole graph: only their owner may read or write them (0600), whatever mode an earlier
/// run or a copy left them with. Windows keeps its ACLs.
/// </summary>
internal static class OwnerOnly
{
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
