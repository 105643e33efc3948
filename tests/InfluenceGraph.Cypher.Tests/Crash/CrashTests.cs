using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace InfluenceGraph.Cypher.Tests.Crash;

/// <summary>
/// Kills the crash child with SIGKILL at random moments, round after round on the same data directory, and checks
/// after every restart that each transaction it acknowledged is present and none is half-applied.
/// CRASH_ROUNDS sets the number of rounds (default 50); CRASH_SEED replays a run (the seed is printed).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int DefaultRounds = 50;
    private readonly string _directory = TestSupport.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Sigkill_AtRandomMoments_LosesNoAcknowledgedTransactionAndHalfAppliesNone()
    {
        var rounds = EnvironmentInt("CRASH_ROUNDS") ?? DefaultRounds;
        var seed = EnvironmentInt("CRASH_SEED") ?? Environment.TickCount & int.MaxValue;
        Log($"crash test: seed {seed} (CRASH_SEED={seed} replays it), {rounds} rounds");
        var random = new Random(seed);
        var run = new CrashRun();
        var clock = Stopwatch.StartNew();
        var completed = 0;
        for (var round = 1; round <= rounds && run.Problems.Count == 0; round++)
        {
            KillOnce(random, run, round);
            CheckAfterRestart(run, round);
            completed = round;
        }
        Log($"crash test: {completed} rounds, {run.Acknowledged.Count} acknowledged transactions, {run.Lost.Count} lost, "
            + $"{run.HalfApplied.Count} half-applied ({run.KillsInsideCompaction} kills inside compaction, "
            + $"{run.TornTails} torn tails dropped, {clock.Elapsed.TotalSeconds:0.0} s)");
        Assert.True(run.Problems.Count == 0, string.Join("\n", run.Problems));
        Assert.True(run.Acknowledged.Count >= rounds, $"the child acknowledged only {run.Acknowledged.Count} transactions in {rounds} rounds");
    }

    private void KillOnce(Random random, CrashRun run, int round)
    {
        using var child = CrashChildProcess.Start(_directory, compactEvery: random.Next(3, 30));
        if (random.Next(5) == 0)
        {
            // Sometimes kill blind, possibly while the child is still opening (replaying, compacting on open).
            Thread.Sleep(random.Next(0, 600));
        }
        else
        {
            if (!child.WaitReady(TimeSpan.FromSeconds(60))) run.Problems.Add($"round {round}: the child never opened the store");
            Thread.Sleep(random.Next(0, 250));
        }
        if (child.HasExited)
        {
            var (code, error) = child.WaitForExit(TimeSpan.FromSeconds(5));
            run.Problems.Add($"round {round}: the child exited by itself with code {code}: {error}");
            return;
        }
        child.KillAndDrain();
        if (child.InsideCompaction) run.KillsInsideCompaction++;
        run.Acknowledged.UnionWith(child.Acknowledged);
    }

    private void CheckAfterRestart(CrashRun run, int round)
    {
        CypherDatabase db;
        try
        {
            db = CypherDatabase.Open(_directory);
        }
        catch (CypherException e)
        {
            run.Problems.Add($"round {round}: the store does not open after the kill: {e.Kind}: {e.Message}");
            return;
        }
        using (db)
        {
            run.TornTails += db.Warnings.Count(w => w.Contains("torn", StringComparison.Ordinal));
            var check = CrashStoreCheck.Read(db);
            var lost = run.Acknowledged.Where(n => !check.Complete.Contains(n)).ToList();
            run.Lost.UnionWith(lost);
            run.HalfApplied.UnionWith(check.HalfApplied);
            if (lost.Count > 0) run.Problems.Add($"round {round}: acknowledged but missing: {string.Join(", ", lost.Take(10))}");
            if (check.HalfApplied.Count > 0) run.Problems.Add($"round {round}: half-applied: {string.Join(", ", check.HalfApplied.Take(10))}");
            if (check.RolledBackVisible.Count > 0) run.Problems.Add($"round {round}: rolled-back transactions visible: {string.Join(", ", check.RolledBackVisible.Take(10))}");
            run.Problems.AddRange(check.CounterProblems().Select(p => $"round {round}: {p}"));

            // The store still takes writes, and this process's own writes of earlier rounds survived too.
            var writes = db.Run("MERGE (p:Probe {name: 'crash-test'}) ON CREATE SET p.writes = 1 ON MATCH SET p.writes = p.writes + 1 RETURN p.writes").Rows[0][0];
            if (!Equals(writes, (long)round)) run.Problems.Add($"round {round}: the test's probe write counts {writes}, expected {round}");
        }
    }

    private void Log(string line)
    {
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    private static int? EnvironmentInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class CrashRun
    {
        public SortedSet<long> Acknowledged { get; } = [];
        public HashSet<long> Lost { get; } = [];
        public HashSet<long> HalfApplied { get; } = [];
        public List<string> Problems { get; } = [];
        public int KillsInsideCompaction { get; set; }
        public int TornTails { get; set; }
    }
}
