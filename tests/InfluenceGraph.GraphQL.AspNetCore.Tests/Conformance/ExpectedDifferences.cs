namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// expected-differences.tsv: every case where GraphQL.NET answers differently from graphql-js in the kit's differential,
/// spec-2025 validity or introspection round trip, one line each (step, case, reason), like the TCK's expected-failures.
/// A difference that is not listed fails its test, and so does a listed one that no longer differs.
/// </summary>
public static class ExpectedDifferences
{
    public const string FileName = "expected-differences.tsv";

    public static readonly IReadOnlySet<string> Steps = new HashSet<string>
    {
        "g16-valid", "g16-invalid", "g16-subscriptions", "g17-valid", "g17-invalid", "g17-subscriptions",
        "g17-query-only", "spec2025", "introspection",
    };

    public sealed record Entry(int Line, string Step, string Case, string Reason);

    public static IReadOnlyList<Entry> Load() => Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Conformance", FileName)));

    public static IReadOnlyList<Entry> Parse(IEnumerable<string> lines)
    {
        var entries = new List<Entry>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            entries.Add(new Entry(number, cells[0], cells.Length > 1 ? cells[1] : "", cells.Length > 2 ? cells[2].Trim() : ""));
        }
        return entries;
    }

    /// <summary>What is wrong with the file itself: unknown steps, missing or empty reasons, duplicates.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<Entry> entries)
    {
        foreach (var entry in entries)
        {
            if (!Steps.Contains(entry.Step))
                yield return $"line {entry.Line}: unknown step '{entry.Step}'";
            if (entry.Case.Length == 0)
                yield return $"line {entry.Line}: no case";
            if (entry.Reason.Length < 20)
                yield return $"line {entry.Line}: {entry.Case} has no reason (say which GraphQL.NET behaviour makes it differ)";
        }
        foreach (var duplicate in entries.GroupBy(e => (e.Step, e.Case)).Where(g => g.Count() > 1))
            yield return $"{duplicate.Key.Step} {duplicate.Key.Case} is listed {duplicate.Count()} times";
    }

    /// <summary>The differences of <paramref name="step"/> that are not listed, and the listed ones that did not happen.</summary>
    public static (IReadOnlyList<string> Unlisted, IReadOnlyList<string> NowAgreeing) Judge(string step, IReadOnlyCollection<string> actual)
    {
        var listed = Load().Where(e => e.Step == step).Select(e => e.Case).ToHashSet(StringComparer.Ordinal);
        return ([.. actual.Where(c => !listed.Contains(c)).Order(StringComparer.Ordinal)],
            [.. listed.Where(c => !actual.Contains(c)).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The case ids compare.mjs reports as different or missing.</summary>
    public static IReadOnlyCollection<string> DifferingCases(string compareOutput) =>
        compareOutput.Split('\n')
            .Where(l => l.StartsWith("DIFF ", StringComparison.Ordinal) || l.StartsWith("MISSING ", StringComparison.Ordinal))
            .Select(l => l.Split(' ')[1].Trim())
            .ToHashSet(StringComparer.Ordinal);
}
