using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InfluenceGraph.Server.Tests.Frontend;

/// <summary>
/// The front-end libraries come "via LibMan": libman.json names every file, and the files are committed (LibMan's
/// restore is off by default, see README). These tests keep the manifest and the committed files in step, check
/// each file byte for byte against the npm package of the same version, and keep the pages free of CDNs.
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

    [NpmPackageFact]
    public async Task EveryCommittedLibraryFile_IsByteIdenticalToItsFileInTheNpmPackageOfThatVersion()
    {
        var work = Path.Combine(Path.GetTempPath(), $"libman-npm-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            var mismatches = new List<string>();
            foreach (var library in ReadManifest().GroupBy(f => f.Library))
            {
                var package = await PackAsync(library.Key, work);
                foreach (var (_, path) in library)
                {
                    // The file's path inside the package is its path under the library's destination folder.
                    var inPackage = path[(DestinationOf(library.Key).Length)..];
                    var committed = await File.ReadAllBytesAsync(Path.Combine(Root, path));
                    if (!package.TryGetValue(inPackage, out var expected))
                        mismatches.Add($"{library.Key}: {inPackage} is not in the npm package");
                    else if (!SameBytes(expected, committed))
                        mismatches.Add($"{library.Key}: {path} differs from {inPackage} in the npm package");
                }
            }
            Assert.Empty(mismatches);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // `npm pack name@version` fetches the package's tarball; its files sit under "package/".
    private static async Task<Dictionary<string, byte[]>> PackAsync(string library, string work)
    {
        var start = new ProcessStartInfo("npm") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "pack", library, "--silent", "--pack-destination", work })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"npm pack {library} failed: {error}");
        var tarball = Path.Combine(work, output.Trim().Split('\n').Last().Trim());

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.StartsWith("package/", StringComparison.Ordinal))
                continue;
            using var bytes = new MemoryStream();
            entry.DataStream.CopyTo(bytes);
            files[entry.Name["package/".Length..]] = bytes.ToArray();
        }
        return files;
    }

    private static bool SameBytes(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    private static string DestinationOf(string library)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "libman.json")));
        return doc.RootElement.GetProperty("libraries").EnumerateArray()
            .First(l => l.GetProperty("library").GetString() == library).GetProperty("destination").GetString()!;
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
