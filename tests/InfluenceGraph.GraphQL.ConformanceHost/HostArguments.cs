namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>The command line: one optional folder, the rest (--key value, --key=value) for ASP.NET's configuration.</summary>
public static class HostArguments
{
    public static (string? Examples, string[] AspNetArgs) Split(string[] args)
    {
        string? examples = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
                if (!args[i].Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                    rest.Add(args[++i]);
            }
            else
            {
                examples = args[i];
            }
        }
        return (examples, rest.ToArray());
    }

    /// <summary>The folder holding InfluenceGraph.sln, searched upwards from here and from the program's own folder.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                    return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
