namespace InfluenceGraph.Cypher.Tck.Gherkin;

/// <summary>What the reader has seen so far: the open section and the steps, rows and tags waiting to be placed.</summary>
internal sealed class ReaderState
{
    private enum Section { None, Feature, Background, Scenario, Outline, Examples }

    private readonly List<GherkinStep> _background = [];
    private Section _section = Section.None;
    private List<GherkinStep> _steps = [];
    private string _name = "";
    private int _line;
    private List<string> _tags = [];
    private readonly List<(List<string> Tags, List<IReadOnlyList<string>> Rows)> _examples = [];

    public string FeatureName { get; private set; } = "";
    public List<GherkinScenario> Scenarios { get; } = [];
    public List<string> PendingTags { get; } = [];
    private List<string> _featureTags = [];

    public bool AcceptsSteps => _section is Section.Background or Section.Scenario or Section.Outline;

    public void StartSection(string keyword, string title, int line)
    {
        if (keyword is "Examples" or "Scenarios")
        {
            if (_section is not (Section.Outline or Section.Examples)) throw new FormatException($"Examples outside a Scenario Outline on line {line}");
            _examples.Add(([.. PendingTags], []));
            PendingTags.Clear();
            _section = Section.Examples;
            return;
        }
        FlushScenario();
        switch (keyword)
        {
            case "Feature":
                FeatureName = title;
                _featureTags = [.. PendingTags];
                _section = Section.Feature;
                break;
            case "Background":
                _section = Section.Background;
                break;
            default:
                _section = keyword is "Scenario Outline" or "Scenario Template" ? Section.Outline : Section.Scenario;
                _name = title;
                _line = line;
                _tags = [.. _featureTags, .. PendingTags];
                _steps = [];
                break;
        }
        PendingTags.Clear();
    }

    public void AddStep(string keyword, string text, int line)
    {
        var target = _section == Section.Background ? _background : _steps;
        target.Add(new GherkinStep(keyword, text, null, null, line));
    }

    public void AttachDocString(string content, string file, int line)
    {
        var target = _section == Section.Background ? _background : _steps;
        if (target.Count == 0) throw new FormatException($"{file}:{line}: a doc string without a step");
        target[^1] = target[^1] with { DocString = content };
    }

    public void AddRow(IReadOnlyList<string> cells, string file, int line)
    {
        if (_section == Section.Examples)
        {
            _examples[^1].Rows.Add(cells);
            return;
        }
        var target = _section == Section.Background ? _background : _steps;
        if (target.Count == 0) throw new FormatException($"{file}:{line}: a table row without a step");
        var step = target[^1];
        var rows = step.Table?.Rows.ToList() ?? [];
        rows.Add(cells);
        target[^1] = step with { Table = new GherkinTable(rows) };
    }

    public void Finish() => FlushScenario();

    private void FlushScenario()
    {
        if (_section == Section.Scenario)
            Scenarios.Add(new GherkinScenario(_name, _tags, [.. _background, .. _steps], _line));
        else if (_section is Section.Outline or Section.Examples)
            ExpandOutline();
        _section = Section.None;
        _examples.Clear();
    }

    /// <summary>One scenario per Examples data row; &lt;name&gt; placeholders are replaced in the title, step texts, doc strings and cells.</summary>
    private void ExpandOutline()
    {
        var number = 0;
        foreach (var (tags, rows) in _examples)
        {
            if (rows.Count == 0) continue;
            var header = rows[0];
            foreach (var row in rows.Skip(1))
            {
                number++;
                string Fill(string s)
                {
                    for (var c = 0; c < header.Count && c < row.Count; c++) s = s.Replace("<" + header[c] + ">", row[c], StringComparison.Ordinal);
                    return s;
                }
                var steps = _steps.Select(s => s with
                {
                    Text = Fill(s.Text),
                    DocString = s.DocString is null ? null : Fill(s.DocString),
                    Table = s.Table is null ? null : new GherkinTable(s.Table.Rows.Select(r => (IReadOnlyList<string>)r.Select(Fill).ToList()).ToList()),
                });
                Scenarios.Add(new GherkinScenario($"{Fill(_name)} (example {number})", [.. _tags, .. tags], [.. _background, .. steps], _line));
            }
        }
    }
}
