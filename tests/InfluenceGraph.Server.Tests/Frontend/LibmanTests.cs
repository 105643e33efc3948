using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfluenceGraph.Server.Tests.Frontend;

/// <summary>
/// The front-end libraries come "via LibMan": libman.json names every file, and the files are committed.
/// These tests keep the manifest and the committed files in step, and keep the pages free of CDNs.
/// </summary>
public sealed class LibmanTests
{
    private static readonly string Root = Infrastructure.RepositoryPaths.Root;

    public static TheoryData<string, string> ManifestFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (library, path) in ReadManifest())
            data.Add(library, path);
        return data;
    }

    [Fact]
    public void Manifest_NamesEveryLibraryThePagesLoad_WithExactVersions()
    {
        var libraries = ReadManifest().Select(f => f.Library).Distinct().ToList();

        foreach (var name in new[] { "cytoscape", "cytoscape-fcose", "cose-base", "layout-base", "graphiql", "react", "react-dom" })
            Assert.Contains(libraries, l => l.StartsWith(name + "@", StringComparison.Ordinal));
        Assert.All(libraries, l => Assert.Matches(@"^[a-z0-9-]+@\d+\.\d+\.\d+$", l));
    }

    [Theory]
    [MemberData(nameof(ManifestFiles))]
    public void ManifestFile_IsCommittedUnderItsDestination_AndNotEmpty(string library, string path)
    {
        var full = Path.Combine(Root, path);

        Assert.True(File.Exists(full), $"{library}: {path} is named in libman.json but missing.");
        Assert.True(new FileInfo(full).Length > 0, $"{library}: {path} is empty.");
    }

    [Theory]
    [InlineData("wwwroot/index.html")]
    [InlineData("wwwroot/graphiql/index.html")]
    public void Page_LoadsScriptsAndStylesheets_OnlyFromOurOrigin(string page)
    {
        var html = File.ReadAllText(Path.Combine(Root, page));
        var sources = ResourceUrls(html).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, url => Assert.False(IsCrossOrigin(url), $"{page} loads {url} from another origin."));
    }

    [Theory]
    [InlineData("wwwroot/index.html")]
    [InlineData("wwwroot/graphiql/index.html")]
    public void Page_LoadsOnlyFilesThatExist(string page)
    {
        var html = File.ReadAllText(Path.Combine(Root, page));

        foreach (var url in ResourceUrls(html).Where(u => u.StartsWith('/')))
        {
            var file = Path.Combine(Root, "wwwroot", url.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(file), $"{page} loads {url}, which is not in wwwroot.");
        }
    }

    [Fact]
    public void PageScan_CdnScript_IsReportedAsCrossOrigin()
    {
        const string html = """<script src="https://unpkg.com/cytoscape/dist/cytoscape.min.js"></script><link rel="stylesheet" href="//cdn.example/x.css">""";

        var sources = ResourceUrls(html).ToList();

        Assert.Equal(2, sources.Count);
        Assert.All(sources, url => Assert.True(IsCrossOrigin(url)));
    }

    // LibMan keeps a file's path inside the package under the destination folder:
    // "dist/cytoscape.min.js" with destination "wwwroot/lib/cytoscape/" lands in wwwroot/lib/cytoscape/dist/.
    private static IEnumerable<(string Library, string Path)> ReadManifest()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "libman.json")));
        foreach (var lib in doc.RootElement.GetProperty("libraries").EnumerateArray())
        {
            var library = lib.GetProperty("library").GetString()!;
            var destination = lib.GetProperty("destination").GetString()!;
            foreach (var file in lib.GetProperty("files").EnumerateArray())
                yield return (library, Path.Combine(destination, file.GetString()!).Replace('\\', '/'));
        }
    }

    // The pages are ours and small; the src/href attributes of <script> and <link> tags are all that load code or styles.
    private static IEnumerable<string> ResourceUrls(string html)
    {
        foreach (Match tag in Regex.Matches(html, @"<(script|link)\b[^>]*>", RegexOptions.IgnoreCase))
        {
            var attribute = tag.Groups[1].Value.Equals("script", StringComparison.OrdinalIgnoreCase) ? "src" : "href";
            var value = Regex.Match(tag.Value, attribute + @"\s*=\s*[""']([^""']*)[""']", RegexOptions.IgnoreCase);
            if (value.Success && !value.Groups[1].Value.StartsWith("data:", StringComparison.Ordinal))
                yield return value.Groups[1].Value;
        }
    }

    private static bool IsCrossOrigin(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal);
}
