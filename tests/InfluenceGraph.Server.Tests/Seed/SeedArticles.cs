using System.Text;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Seed;

/// <summary>The two articles the seed is drawn from (../shared/seeds beside the repository), by Source id.</summary>
public static class SeedArticles
{
    // Source id -> file-name prefix of its article in ../shared/seeds.
    private static readonly IReadOnlyDictionary<string, string> FilePrefixBySource = new Dictionary<string, string>
    {
        ["sav-2025-pahalgam-crisis"] = "000_",
        ["fp-2025-ceasefire-baseline"] = "004_",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Normalised = new(Load);

    public static IReadOnlyCollection<string> SourceIds => FilePrefixBySource.Keys.ToList();

    public static string Folder => Path.Combine(RepositoryPaths.Shared, "seeds");

    /// <summary>The article of a Source id, normalised with <see cref="Normalise"/>.</summary>
    public static string NormalisedText(string sourceId) => Normalised.Value[sourceId];

    /// <summary>
    /// Makes a quote comparable with its article: the articles use typographic quotes, apostrophes and dashes and
    /// wrap lines where they like, while a quote may be typed with ASCII ones on one line.
    /// </summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                    builder.Append(' ');
                inSpace = true;
                continue;
            }
            inSpace = false;
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }
        return builder.ToString().Trim();
    }

    private static IReadOnlyDictionary<string, string> Load()
    {
        if (!Directory.Exists(Folder))
            throw new DirectoryNotFoundException(
                $"The seed articles are missing: expected the folder {Folder} (../shared/seeds beside the repository).");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (sourceId, prefix) in FilePrefixBySource)
        {
            var file = Directory.GetFiles(Folder, prefix + "*.txt").SingleOrDefault()
                ?? throw new FileNotFoundException($"No single article {prefix}*.txt in {Folder} for source '{sourceId}'.");
            texts[sourceId] = Normalise(File.ReadAllText(file));
        }
        return texts;
    }
}
