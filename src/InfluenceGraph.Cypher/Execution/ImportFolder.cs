using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Where a LOAD CSV URL points, confined to the import folder as Neo4j confines it to
/// <c>server.directories.import</c>: <c>file:///a/b.csv</c> is <c>a/b.csv</c> in the folder; after symbolic links
/// are followed the file must still be inside it.
/// </summary>
internal static class ImportFolder
{
    private const string Scheme = "file:";

    public static string Resolve(string url, string? folder, SourcePos pos)
    {
        if (folder is null) throw Errors.LoadCsvOff(pos);
        if (!url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) throw Errors.LoadCsvScheme(url, pos);
        var relative = Uri.UnescapeDataString(url[Scheme.Length..]).TrimStart('/');
        if (relative.Length == 0 || relative.Split('/', '\\').Contains("..")) throw Errors.LoadCsvOutside(url, pos);
        var root = RealPath(folder);
        var path = RealPath(System.IO.Path.Combine(folder, relative));
        if (!path.StartsWith(System.IO.Path.TrimEndingDirectorySeparator(root) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw Errors.LoadCsvOutside(url, pos);
        if (!File.Exists(path)) throw Errors.LoadCsvMissing(url, pos);
        return path;
    }

    // The path with every symbolic link along it followed, so a link cannot lead out of the folder unseen.
    private static string RealPath(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var current = System.IO.Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = System.IO.Path.Combine(current, part);
            FileSystemInfo entry = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (entry.LinkTarget is not null && entry.ResolveLinkTarget(returnFinalTarget: true) is { } target) next = RealPath(target.FullName);
            current = next;
        }
        return current;
    }
}
