using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace InfluenceGraph.Cypher.Tests.Fuzz;

/// <summary>
/// Mutated seed statements and TCK queries, each run with a timeout on an in-memory database holding a small graph
/// (fresh, or reused after a rejected statement left it unchanged): the engine may reject them only with a
/// CypherException, must never hang or crash, and a rejected statement must leave the graph as it was.
/// FUZZ_CASES sets the number of cases (default 10,000); FUZZ_SEED replays a run (the seed is printed).
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 10_000;
    private const string Setup = "CREATE (a:A:Actor {id: 'a', name: 'A', num: 1, since: date('2025-05-07'), tags: ['x']}), "
        + "(b:B:Actor {id: 'b', name: 'B', num: 2}), (c:C {name: 'c'}), (a)-[:T {w: 0.5}]->(b), (b)-[:T {w: 1}]->(a), (a)-[:R]->(c)";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task MutatedQueries_RaiseOnlyCypherExceptions_NeverHangOrCrash()
    {
        var corpus = Corpus();
        var cases = EnvironmentInt("FUZZ_CASES") ?? DefaultCases;
        var seed = EnvironmentInt("FUZZ_SEED") ?? Environment.TickCount & int.MaxValue;
        Log($"fuzz: seed {seed} (FUZZ_SEED={seed} replays it), {corpus.Count} corpus texts");
        var random = new Random(seed);
        var mutator = new QueryMutator(random);
        var failures = new List<string>();
        int engineErrors = 0, crashes = 0, hangs = 0, leaks = 0;
        var clock = Stopwatch.StartNew();
        (TimeSpan Took, int Length, int Case) slowest = (TimeSpan.Zero, 0, -1);
        var db = Fresh();
        for (var i = 0; i < cases; i++)
        {
            var text = mutator.Mutate(corpus[random.Next(corpus.Count)]);
            var asScript = random.Next(4) == 0;
            var started = clock.Elapsed;
            var current = db;
            var run = Task.Run(() => RunCase(current, text, asScript));
            string? problem = null;
            if (await Task.WhenAny(run, Task.Delay(Timeout)) != run)
            {
                hangs++;
                problem = $"hang (over {Timeout.TotalSeconds} s)";
            }
            else if ((await run) is { Crash: { } crash })
            {
                crashes++;
                problem = $"{crash.GetType().Name}: {crash.Message}\n{crash.StackTrace}";
            }
            else if ((await run) is { Leak: { } leak })
            {
                leaks++;
                problem = leak;
            }
            else if ((await run).EngineError) engineErrors++;
            // A rejected statement leaves the setup graph (checked above), so the database is reused; otherwise reset.
            if (problem is not null || !(await run).EngineError)
            {
                db.Dispose();
                db = Fresh();
            }
            var took = clock.Elapsed - started;
            if (took > slowest.Took) slowest = (took, text.Length, i);
            if (problem is not null && failures.Count < 10) failures.Add($"case {i} ({(asScript ? "script" : "statement")}): {problem}\n  query: {Excerpt(text)}");
        }
        db.Dispose();
        Log($"fuzz: {cases} cases, {engineErrors} engine errors, {crashes} crashes, {hangs} hangs ({leaks} failed statements left changes, {clock.Elapsed.TotalSeconds:0.0} s; "
            + $"slowest: case {slowest.Case}, {slowest.Took.TotalMilliseconds:0} ms, {slowest.Length} characters)");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(engineErrors > 0 && engineErrors < cases, "the mutations should make some queries fail and leave others valid");
    }

    private sealed record Outcome(bool EngineError, Exception? Crash, string? Leak);

    private static CypherDatabase Fresh()
    {
        var db = CypherDatabase.InMemory();
        db.Run(Setup);
        return db;
    }

    private static Outcome RunCase(CypherDatabase db, string text, bool asScript)
    {
        try
        {
            if (asScript) db.RunScript(text);
            else db.Run(text);
            return new Outcome(false, null, null);
        }
        catch (CypherException)
        {
            // A rejected statement rolls back: the graph is the setup graph again, and the database still answers.
            var counts = db.Run("MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n), count(r)").Rows[0];
            var leak = Equals(counts[0], 3L) && Equals(counts[1], 3L) ? null : $"after the error the graph has {counts[0]} nodes and {counts[1]} relationships";
            return new Outcome(true, null, leak);
        }
        catch (Exception e)
        {
            return new Outcome(false, e, null);
        }
    }

    private List<string> Corpus()
    {
        var corpus = FuzzCorpus.SeedStatements();
        Assert.NotEmpty(corpus);
        var features = FuzzCorpus.TckFeaturesDirectory();
        if (Directory.Exists(features)) corpus.AddRange(FuzzCorpus.TckQueries(features));
        else if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"TCK features not found at {features} (CI=true requires them)");
        else Log($"fuzz: TCK features not found at {features}: fuzzing the seed scripts only");
        return corpus;
    }

    private static string Excerpt(string text) => text.Length <= 300 ? text : text[..150] + $" ...({text.Length} chars)... " + text[^150..];

    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
