using System.Globalization;
using System.Text.RegularExpressions;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Seed;

/// <summary>
/// One statement of a seed script as written: the comment block immediately above it (contiguous <c>//</c> lines, no
/// blank line between) and the statement text up to its <c>;</c>.
/// </summary>
public sealed record SeedStatement(string File, int Line, IReadOnlyList<string> Comments, string Text)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>A relationship statement of the seed scripts, with the dates it sets and the reasons written above it.</summary>
public sealed partial record SeedRelationStatement(SeedStatement Statement, string Id, string Source, DateOnly? Since, DateOnly? Until)
{
    /// <summary>
    /// The reasons in the comment block: a line "// since D, ...", "// until D, ..." or "// undated: ..." starts one, and
    /// lines indented further ("//   ...") continue it.
    /// </summary>
    public IReadOnlyList<string> Reasons => SeedScript.Reasons(Statement.Comments);

    public IReadOnlyList<SeedDateReason> DateReasons =>
        [.. Reasons.Select(r => DateReason().Match(r)).Where(m => m.Success)
            .Select(m => new SeedDateReason(m.Groups[1].Value, SeedScript.ParseDate(m.Groups[2].Value), m.Groups[3].Value, m.Groups[4].Value))];

    public bool IsMarkedUndated => Reasons.Any(r => r.StartsWith("undated: ", StringComparison.Ordinal) && r.Length > "undated: ".Length + 20);

    public override string ToString() => $"{Id} ({Statement})";

    [GeneratedRegex(@"^(since|until) (\d{4}-\d{2}-\d{2}), (article|record): (.+)$")]
    private static partial Regex DateReason();
}

/// <summary>The reason given for one date: which date (since or until), the date it names, its kind and its text.</summary>
public sealed record SeedDateReason(string Which, DateOnly Date, string Kind, string Text);

/// <summary>The seed scripts (cypher/) read as text, so tests can check what is written beside the data.</summary>
public static partial class SeedScript
{
    private static readonly Lazy<IReadOnlyList<SeedStatement>> All = new(Load);

    public static IReadOnlyList<SeedStatement> Statements => All.Value;

    public static IReadOnlyList<SeedRelationStatement> Relations =>
        [.. Statements.Select(s => (Statement: s, Merge: RelationMerge().Match(s.Text)))
            .Where(x => x.Merge.Success)
            .Select(x => new SeedRelationStatement(
                x.Statement, x.Merge.Groups[1].Value, SourceProperty().Match(x.Statement.Text).Groups[1].Value,
                DateProperty(x.Statement.Text, "since"), DateProperty(x.Statement.Text, "until")))];

    /// <summary>Source statements: the Source id, the published date it sets (if any) and the comment block above it.</summary>
    public static IReadOnlyList<(SeedStatement Statement, string Id, DateOnly? Published)> Sources =>
        [.. Statements.Select(s => (Statement: s, Merge: SourceMerge().Match(s.Text)))
            .Where(x => x.Merge.Success)
            .Select(x => (x.Statement, x.Merge.Groups[1].Value, DateProperty(x.Statement.Text, "published")))];

    /// <summary>Joins a comment block into reasons: "// " starts one, "//   " (deeper indent) continues the last.</summary>
    public static IReadOnlyList<string> Reasons(IEnumerable<string> comments)
    {
        var reasons = new List<string>();
        foreach (var line in comments)
        {
            var body = line[2..];
            if (body.StartsWith("   ", StringComparison.Ordinal) && reasons.Count > 0)
                reasons[^1] += " " + body.Trim();
            else
                reasons.Add(body.Trim());
        }
        return reasons;
    }

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The words quoted with ASCII single quotes in a reason text.</summary>
    public static IReadOnlyList<string> QuotedWords(string text) => [.. Quoted().Matches(text).Select(m => m.Groups[1].Value)];

    private static DateOnly? DateProperty(string text, string property)
    {
        var match = Regex.Match(text, $@"\.{property} = date\('(\d{{4}}-\d{{2}}-\d{{2}})'\)");
        return match.Success ? ParseDate(match.Groups[1].Value) : null;
    }

    private static IReadOnlyList<SeedStatement> Load()
    {
        var statements = new List<SeedStatement>();
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var comments = new List<string>();
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0)
                {
                    comments.Clear();
                    continue;
                }
                if (line.StartsWith("//", StringComparison.Ordinal))
                {
                    comments.Add(line);
                    continue;
                }
                var start = i;
                var text = new List<string> { line };
                while (!lines[i].TrimEnd().EndsWith(';') && i + 1 < lines.Length)
                    text.Add(lines[++i]);
                statements.Add(new SeedStatement(Path.GetFileName(file), start + 1, [.. comments], string.Join("\n", text)));
                comments.Clear();
            }
        }
        return statements;
    }

    [GeneratedRegex(@"MERGE \(a\)-\[r:[A-Z_]+ \{id: '([^']+)'\}\]->\(b\)")]
    private static partial Regex RelationMerge();

    [GeneratedRegex(@"MERGE \(s:Source \{id: '([^']+)'\}\)")]
    private static partial Regex SourceMerge();

    [GeneratedRegex(@"r\.source = '([^']+)'")]
    private static partial Regex SourceProperty();

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex Quoted();
}
