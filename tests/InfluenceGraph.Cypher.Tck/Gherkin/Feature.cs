namespace InfluenceGraph.Cypher.Tck.Gherkin;

/// <summary>A data table: rows of already unescaped cells.</summary>
public sealed record GherkinTable(IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One step: keyword (Given/When/Then/And/But/*), the text after it, and its doc string or table.</summary>
public sealed record GherkinStep(string Keyword, string Text, string? DocString, GherkinTable? Table, int Line);

/// <summary>
/// One runnable scenario: a plain Scenario, or one Examples row of a Scenario Outline (placeholders already
/// substituted), with the Background's steps in front.
/// </summary>
public sealed record GherkinScenario(string Name, IReadOnlyList<string> Tags, IReadOnlyList<GherkinStep> Steps, int Line);

/// <summary>A parsed .feature file.</summary>
public sealed record GherkinFeature(string Name, string FileName, IReadOnlyList<GherkinScenario> Scenarios);
