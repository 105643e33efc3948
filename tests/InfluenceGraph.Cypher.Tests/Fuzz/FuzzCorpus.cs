using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Tests.Fuzz;

/// <summary>
/// The texts the fuzzer mutates: every statement of the seed scripts (cypher/*.cypher) and every doc string of the
/// openCypher TCK feature files (../shared/conformance/tck/features, or the folder in TCK_FEATURES).
/// </summary>
internal static class FuzzCorpus
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "InfluenceGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("InfluenceGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static string TckFeaturesDirectory() =>
        Environment.GetEnvironmentVariable("TCK_FEATURES") is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(configured)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "conformance", "tck", "features"));

    /// <summary>Each statement of each seed script, split at the lexer's ';' tokens.</summary>
    public static List<string> SeedStatements()
    {
        var statements = new List<string>();
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot(), "cypher"), "*.cypher").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var start = 0;
            foreach (var token in Lexer.Tokenize(text))
            {
                if (!token.IsSymbol(";") && token.Kind != TokenKind.End) continue;
                var statement = text[start..token.Offset].Trim();
                if (statement.Length > 0) statements.Add(statement);
                start = token.Offset + token.Length;
            }
        }
        return statements;
    }

    /// <summary>The doc strings (between lines of three double quotes) of every .feature file under the folder.</summary>
    public static List<string> TckQueries(string featuresDirectory)
    {
        var queries = new List<string>();
        foreach (var file in Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            List<string>? current = null;
            foreach (var line in File.ReadLines(file))
            {
                if (line.Trim() == "\"\"\"")
                {
                    if (current is null) current = [];
                    else
                    {
                        queries.Add(string.Join("\n", current));
                        current = null;
                    }
                }
                else current?.Add(line.Trim());
            }
        }
        return queries;
    }
}
