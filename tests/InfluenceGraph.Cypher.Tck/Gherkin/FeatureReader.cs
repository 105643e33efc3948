using System.Text;

namespace InfluenceGraph.Cypher.Tck.Gherkin;

/// <summary>
/// Reads the Gherkin subset the openCypher TCK uses (cucumber.io/docs/gherkin/reference): Feature, Background,
/// Scenario/Example, Scenario Outline/Template with one or more Examples blocks, tags, comments, doc strings and
/// data tables. Outlines are expanded into one scenario per Examples row, as the Cucumber compiler does.
/// </summary>
public static class FeatureReader
{
    private static readonly string[] StepKeywords = ["Given ", "When ", "Then ", "And ", "But ", "* "];

    public static GherkinFeature ReadFile(string path) => Read(File.ReadAllText(path), System.IO.Path.GetFileName(path));

    public static GherkinFeature Read(string text, string fileName)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var state = new ReaderState();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (trimmed.StartsWith('@'))
            {
                state.PendingTags.AddRange(trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(t => t.StartsWith('@')));
                continue;
            }
            if (trimmed.StartsWith("\"\"\"") || trimmed.StartsWith("```"))
            {
                i = ReadDocString(lines, i, out var doc);
                state.AttachDocString(doc, fileName, i + 1);
                continue;
            }
            if (trimmed.StartsWith('|'))
            {
                state.AddRow(Cells(trimmed), fileName, i + 1);
                continue;
            }
            if (TryHeader(trimmed, out var keyword, out var title))
            {
                state.StartSection(keyword, title, i + 1);
                continue;
            }
            var stepKeyword = StepKeywords.FirstOrDefault(trimmed.StartsWith);
            if (stepKeyword is not null && state.AcceptsSteps)
            {
                state.AddStep(stepKeyword.Trim(), trimmed[stepKeyword.Length..].Trim(), i + 1);
                continue;
            }
            // Anything else is free-form description text under a Feature, Scenario or Examples header.
        }
        state.Finish();
        return new GherkinFeature(state.FeatureName, fileName, state.Scenarios);
    }

    private static bool TryHeader(string trimmed, out string keyword, out string title)
    {
        foreach (var k in new[] { "Feature", "Background", "Scenario Outline", "Scenario Template", "Scenario", "Example", "Examples", "Scenarios" })
        {
            if (trimmed.StartsWith(k + ":", StringComparison.Ordinal))
            {
                keyword = k;
                title = trimmed[(k.Length + 1)..].Trim();
                return true;
            }
        }
        keyword = title = "";
        return false;
    }

    /// <summary>Doc string content loses as much leading whitespace as the opening delimiter was indented.</summary>
    private static int ReadDocString(string[] lines, int start, out string content)
    {
        var open = lines[start];
        var indent = open.Length - open.TrimStart().Length;
        var delimiter = open.TrimStart().StartsWith("```") ? "```" : "\"\"\"";
        var body = new List<string>();
        var i = start + 1;
        for (; i < lines.Length; i++)
        {
            if (lines[i].Trim() == delimiter) break;
            var line = lines[i];
            var strip = 0;
            while (strip < indent && strip < line.Length && char.IsWhiteSpace(line[strip])) strip++;
            body.Add(line[strip..]);
        }
        if (i >= lines.Length) throw new FormatException($"Doc string opened on line {start + 1} is never closed");
        content = string.Join("\n", body);
        return i;
    }

    /// <summary>Splits a table row and applies Gherkin's cell escapes: \| is a bar, \\ a backslash, \n a newline.</summary>
    public static IReadOnlyList<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var started = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '\\' && i + 1 < row.Length)
            {
                var next = row[i + 1];
                switch (next)
                {
                    case '|': cell.Append('|'); i++; continue;
                    case '\\': cell.Append('\\'); i++; continue;
                    case 'n': cell.Append('\n'); i++; continue;
                    default: cell.Append(c); continue;
                }
            }
            if (c == '|')
            {
                if (started) cells.Add(cell.ToString().Trim());
                started = true;
                cell.Clear();
                continue;
            }
            cell.Append(c);
        }
        return cells;
    }
}
