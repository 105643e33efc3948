using System.Text;

namespace InfluenceGraph.GraphQL.Language;

/// <summary>The block string algorithms of spec 2.9.4: BlockStringValue() and its printing counterpart.</summary>
public static class BlockStrings
{
    /// <summary>BlockStringValue(rawValue): remove the common indentation and leading/trailing blank lines.</summary>
    public static string Dedent(string raw)
    {
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        int? common = null;
        for (var i = 1; i < lines.Length; i++)
        {
            var indent = LeadingWhiteSpace(lines[i]);
            if (indent < lines[i].Length && (common is null || indent < common))
            {
                common = indent;
            }
        }

        if (common is { } c)
        {
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = lines[i].Length < c ? string.Empty : lines[i][c..];
            }
        }

        var first = 0;
        var last = lines.Length - 1;
        while (first <= last && IsBlank(lines[first]))
        {
            first++;
        }

        while (last >= first && IsBlank(lines[last]))
        {
            last--;
        }

        return first > last ? string.Empty : string.Join('\n', lines[first..(last + 1)]);
    }

    /// <summary>Prints a value as a block string literal, escaping any triple quote.</summary>
    public static string Print(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"");
        var builder = new StringBuilder("\"\"\"");
        var multiLine = escaped.Contains('\n') || escaped.EndsWith('"') || escaped.EndsWith('\\') || escaped.StartsWith(' ') || escaped.StartsWith('\t');
        if (multiLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (multiLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }

    private static bool IsBlank(string line) => LeadingWhiteSpace(line) == line.Length;
}
