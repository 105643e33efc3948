namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// The checked-in list of scenarios known to fail, one per line: feature file name, scenario name, reason
/// (tab-separated; '#' starts a comment line). Every entry must give a reason.
/// </summary>
public sealed class ExpectedFailures
{
    private readonly Dictionary<(string File, string Scenario), string> _entries;

    private ExpectedFailures(Dictionary<(string, string), string> entries) => _entries = entries;

    public int Count => _entries.Count;

    public static ExpectedFailures Parse(string text)
    {
        var entries = new Dictionary<(string, string), string>();
        var lineNumber = 0;
        foreach (var raw in text.Replace("\r", "").Split('\n'))
        {
            lineNumber++;
            if (raw.Trim().Length == 0 || raw.StartsWith('#')) continue;
            var parts = raw.Split('\t');
            if (parts.Length != 3 || parts[2].Trim().Length == 0)
                throw new FormatException($"expected-failures.tsv line {lineNumber}: need file, scenario and a reason, tab-separated");
            if (!entries.TryAdd((parts[0], parts[1]), parts[2].Trim()))
                throw new FormatException($"expected-failures.tsv line {lineNumber}: listed twice");
        }
        return new ExpectedFailures(entries);
    }

    /// <summary>The list compiled into this assembly.</summary>
    public static ExpectedFailures Embedded()
    {
        using var stream = typeof(ExpectedFailures).Assembly.GetManifestResourceStream("expected-failures.tsv")
            ?? throw new InvalidOperationException("expected-failures.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public bool Contains(string file, string scenario) => _entries.ContainsKey((file, scenario));

    public string? ReasonFor(string file, string scenario) => _entries.GetValueOrDefault((file, scenario));
}
