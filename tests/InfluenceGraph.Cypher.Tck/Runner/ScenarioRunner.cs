using InfluenceGraph.Cypher.Tck.Gherkin;
using InfluenceGraph.Cypher.Tck.Values;

namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// Runs one scenario on a fresh in-memory engine, step by step (STEPS.md section 2): the initial graph and setup
/// queries, parameters, the query under test, its result or error, the side effects, and any control query.
/// Returns null when the scenario passes, else the first reason it does not.
/// </summary>
public sealed class ScenarioRunner(string? graphsFolder)
{
    private sealed class Context
    {
        public required CypherDatabase Db { get; init; }
        public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);
        public GraphState? Before { get; set; }
        public QueryResult? Result { get; set; }
        public CypherException? Error { get; set; }
        public bool ErrorExpected { get; set; }
        public bool SideEffectsChecked { get; set; }
    }

    public string? Run(GherkinScenario scenario)
    {
        // Procedures are registered when the database is made, so the steps declaring them are read first.
        var procedures = new List<CypherProcedure>();
        foreach (var step in scenario.Steps.Where(s => s.Text.StartsWith(TestProcedure.StepPrefix, StringComparison.Ordinal)))
        {
            try
            {
                procedures.Add(TestProcedure.Parse(step));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                return $"line {step.Line}: procedure step: {e.Message}";
            }
        }
        using var db = CypherDatabase.InMemory(new CypherDatabaseOptions { Procedures = procedures });
        var context = new Context { Db = db };
        foreach (var step in scenario.Steps)
        {
            var failure = RunStep(step, context);
            if (failure is not null) return $"line {step.Line}: {failure}";
        }
        // The tck-api adds "no side effects" after an expected error that no side-effect step follows.
        if (context.ErrorExpected && !context.SideEffectsChecked) return CheckSideEffects(null, context);
        return null;
    }

    private string? RunStep(GherkinStep step, Context context)
    {
        var text = step.Text;
        switch (text)
        {
            case "an empty graph":
            case "any graph":
                return null;
            case "having executed:":
                return Setup(context.Db, step.DocString ?? "", "setup query");
            case "parameters are:":
                foreach (var row in step.Table?.Rows ?? [])
                    context.Parameters[row[0]] = ValueConverter.ToEngine(ValueParser.Parse(row[1]));
                return null;
            case "executing query:":
                context.Before = GraphState.Capture(context.Db);
                return Execute(step, context);
            case "executing control query:":
                return Execute(step, context);
            case "the result should be empty":
                return ResultComparer.CompareEmpty(context.Result, context.Error);
            case "the side effects should be:":
                return CheckSideEffects(step.Table, context);
            case "no side effects":
                return CheckSideEffects(null, context);
        }
        if (text.StartsWith("the result should be", StringComparison.Ordinal))
            return ResultComparer.Compare(text, step.Table, context.Result, context.Error);
        if (text.StartsWith("the ", StringComparison.Ordinal) && text.EndsWith(" graph", StringComparison.Ordinal))
            return LoadNamedGraph(context.Db, text["the ".Length..^" graph".Length]);
        if (text.StartsWith(TestProcedure.StepPrefix, StringComparison.Ordinal))
            return null;
        if (ErrorExpectation.TryParse(text) is { } expectation)
        {
            context.ErrorExpected = true;
            if (context.Error is null) return $"expected {expectation.Type} ({expectation.Detail}) but the query succeeded";
            return expectation.Mismatch(context.Error);
        }
        return $"unknown step '{step.Keyword} {text}'";
    }

    private static string? Execute(GherkinStep step, Context context)
    {
        context.Result = null;
        context.Error = null;
        try
        {
            context.Result = context.Db.Run(step.DocString ?? "", context.Parameters);
        }
        catch (CypherException e)
        {
            context.Error = e;
        }
        catch (Exception e)
        {
            return $"the engine crashed: {e.GetType().Name}: {e.Message}";
        }
        return null;
    }

    private static string? Setup(CypherDatabase db, string script, string what)
    {
        try
        {
            db.RunScript(script);
            return null;
        }
        catch (Exception e)
        {
            return $"{what} failed: {e.Message}";
        }
    }

    private string? LoadNamedGraph(CypherDatabase db, string name)
    {
        if (graphsFolder is null) return $"named graph '{name}': no graphs folder";
        var script = System.IO.Path.Combine(graphsFolder, name, name + ".cypher");
        if (!File.Exists(script)) return $"named graph '{name}' not found in {graphsFolder}";
        return Setup(db, File.ReadAllText(script), $"named graph '{name}'");
    }

    private static string? CheckSideEffects(GherkinTable? table, Context context)
    {
        context.SideEffectsChecked = true;
        if (context.Before is null) return "side effects checked before any query ran";
        if (context.Error is not null && !context.ErrorExpected) return $"unexpected error: {context.Error.Kind}: {context.Error.Message}";
        var expected = GraphState.Keys.ToDictionary(k => k, _ => 0);
        foreach (var row in table?.Rows ?? [])
        {
            if (!expected.ContainsKey(row[0])) return $"unknown side effect '{row[0]}'";
            expected[row[0]] = int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        var actual = context.Before.DeltaTo(GraphState.Capture(context.Db));
        var wrong = GraphState.Keys.Where(k => expected[k] != actual[k]).Select(k => $"{k} {actual[k]} (expected {expected[k]})").ToList();
        return wrong.Count == 0 ? null : "side effects differ: " + string.Join(", ", wrong);
    }
}
