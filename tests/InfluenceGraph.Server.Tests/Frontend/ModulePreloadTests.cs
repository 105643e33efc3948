using System.Text.RegularExpressions;

namespace InfluenceGraph.Server.Tests.Frontend;

/// <summary>
/// The explorer page lists every module main.js reaches as a modulepreload link, so the browser fetches them all at
/// once instead of one level of imports after another (four levels, about 250 ms before the first query). The list
/// is kept by hand: these tests keep it equal to the modules the page imports.
/// </summary>
public sealed partial class ModulePreloadTests
{
    private static readonly string Root = Infrastructure.RepositoryPaths.Root;

    [Fact]
    public void ExplorerPage_PreloadsEveryModuleMainImports_AndNoOther()
    {
        var html = File.ReadAllText(Path.Combine(Root, "wwwroot", "index.html"));
        var preloaded = PreloadLinks().Matches(html).Select(m => m.Groups["href"].Value).ToHashSet(StringComparer.Ordinal);

        var imported = ModulesReachedFrom("/js/main.js");

        Assert.Contains("/js/graph.js", imported);
        Assert.Contains("/js/export-chunks.js", imported); // three imports away from main.js
        Assert.Empty(imported.Except(preloaded).Order(StringComparer.Ordinal));
        Assert.Empty(preloaded.Except(imported).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ImportScan_FindsMultiLineAndReExports_AndSkipsComments()
    {
        const string source = """
            // import { x } from './commented.js';
            /* import { y } from './blocked.js'; */
            import {
              a,
              b,
            } from './multi.js';
            import c from "./double.js";
            export { d } from './again.js';
            const text = 'from ./not-an-import.js';
            """;

        Assert.Equal(["./multi.js", "./double.js", "./again.js"], StaticImports(source));
    }

    /// <summary>The site paths of the modules `entry` imports, directly or through others (not `entry` itself).</summary>
    private static HashSet<string> ModulesReachedFrom(string entry)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([entry]);
        while (pending.TryPop(out var module))
        {
            var file = Path.Combine(Root, "wwwroot", module.TrimStart('/'));
            Assert.True(File.Exists(file), $"{module} is imported but is not in wwwroot.");
            var folder = module[..(module.LastIndexOf('/') + 1)];
            foreach (var specifier in StaticImports(File.ReadAllText(file)))
            {
                var path = new Uri(new Uri("http://page" + folder), specifier).AbsolutePath;
                if (reached.Add(path)) pending.Push(path);
            }
        }
        return reached;
    }

    /// <summary>The specifiers of a module's static `import ... from` and `export ... from` declarations.</summary>
    private static List<string> StaticImports(string source)
    {
        var code = Comments().Replace(source, "");
        return Declarations().Matches(code).Select(m => m.Groups["spec"].Value).ToList();
    }

    [GeneratedRegex(@"/\*.*?\*/|^\s*//[^\n]*", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"^\s*(?:import|export)\b[^;'""]*?\bfrom\s+(?<q>['""])(?<spec>[^'""]+)\k<q>", RegexOptions.Multiline)]
    private static partial Regex Declarations();

    [GeneratedRegex(@"<link\b[^>]*\brel=""modulepreload""[^>]*\bhref=""(?<href>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex PreloadLinks();
}
