using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// Cypher scripts (the seed, `cypher apply`, /admin/cypher): each runs in one transaction that is checked against the
/// model's rules before it commits. A script that leaves a record breaking a rule (an actor of kind 'PLANET', a
/// relation type outside the catalog, a weight of 'heavy', an unknown source, a relation id used twice) applies nothing
/// and fails naming the rule and the statement that broke it; records that broke rules before the script are not held
/// against it. What the check read becomes the graph readers get, so a script costs one read of the graph, not two.
/// </summary>
public sealed partial class InfluenceStore
{
    /// <summary>Runs a script in one checked transaction under a new apply id, refusing a script applied before.</summary>
    public Task<ScriptOutcome> ApplyScriptAsync(string name, string script, CancellationToken cancellationToken) =>
        ApplyScriptAsync(name, script, ScriptRequest.New(), cancellationToken);

    /// <summary>
    /// Runs a script in one checked transaction; <paramref name="name"/> names it in logs, change events and its record.
    /// The transaction also records the application (<see cref="ScriptApplication"/>: the request's apply id, the
    /// script's SHA-256, its name, when), so it commits exactly with the script. An apply id recorded before answers
    /// that earlier outcome and runs nothing (a client that lost the answer asks again); a script whose hash was
    /// applied before is refused as <see cref="FailureKind.AlreadyApplied"/>, naming that application, unless the
    /// request asks for it again.
    /// </summary>
    public async Task<ScriptOutcome> ApplyScriptAsync(string name, string script, ScriptRequest request, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await FindApplicationAsync(runner, request.ApplyId, cancellationToken).ConfigureAwait(false) is { } recorded)
                return new ScriptOutcome(recorded.Statements, new Dictionary<string, int>()) { Application = recorded, Earlier = true };
            var sha256 = ScriptApplication.Hash(script);
            if (!request.Again && await FindByHashAsync(runner, sha256, cancellationToken).ConfigureAwait(false) is { } earlier)
                throw new AppFailure(FailureKind.AlreadyApplied,
                    $"This script was applied before, as '{earlier.Name}' at {earlier.AppliedAt:yyyy-MM-dd HH:mm:ss} UTC (apply id {earlier.Id}); " +
                    "nothing was applied now. To apply it again (adding what it creates a second time), ask for it: `cypher apply --again`.");
            var before = _current?.Snapshot ?? await LoadAsync(1, cancellationToken).ConfigureAwait(false);
            var known = before.DataProblems.Select(Key).ToHashSet();
            // The record is written before the engine reports its count: the statements as the splitter finds them.
            var application = new ScriptApplication(request.ApplyId, sha256, name, DateTimeOffset.UtcNow, ScriptSplitter.Split(script).Count);
            SnapshotRead? after = null;
            ScriptOutcome outcome;
            try
            {
                outcome = await runner.RunScriptAsync(script, async (transaction, token) =>
                {
                    var read = await ReadGraphAsync(transaction, token).ConfigureAwait(false);
                    var broken = read.Problems.Where(p => !known.Contains(Key(p))).ToList();
                    if (broken.Count > 0)
                        throw new RulesBroken(broken);
                    await transaction.WriteAsync(GraphQueries.RecordScriptApplication, application.Parameters(), token).ConfigureAwait(false);
                    after = read;
                }, cancellationToken).ConfigureAwait(false);
            }
            catch (RulesBroken broken)
            {
                throw await LocateAsync(script, broken.Problems, cancellationToken).ConfigureAwait(false);
            }
            logger.LogInformation("Applied {Script} as {ApplyId}: {Statements} statements", name, request.ApplyId, outcome.Statements);
            _current = new Loaded(Snapshot(after!, before.Version + 1), DateTime.UtcNow);
            _pendingReload?.Superseded = true;
            Changes.Publish(new GraphChange(GraphChange.ScriptApplied, [], $"Applied {name} ({outcome.Statements} statements)", DateTimeOffset.UtcNow));
            return outcome with { Application = application };
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The application recorded under <paramref name="applyId"/>, or null when none committed.</summary>
    public Task<ScriptApplication?> FindApplicationAsync(string applyId, CancellationToken cancellationToken) =>
        FindApplicationAsync(runner, applyId, cancellationToken);

    private static async Task<ScriptApplication?> FindApplicationAsync(ICypherReader reader, string applyId, CancellationToken cancellationToken) =>
        ScriptApplication.FromRows(await reader.ReadAsync(GraphQueries.ScriptApplicationById, new Dictionary<string, object?> { ["id"] = applyId }, cancellationToken).ConfigureAwait(false));

    private static async Task<ScriptApplication?> FindByHashAsync(ICypherReader reader, string sha256, CancellationToken cancellationToken) =>
        ScriptApplication.FromRows(await reader.ReadAsync(GraphQueries.ScriptApplicationByHash, new Dictionary<string, object?> { ["sha256"] = sha256 }, cancellationToken).ConfigureAwait(false));

    /// <summary>Applies every *.cypher file of <paramref name="seedDirectory"/> in name order when the store holds no actors yet.</summary>
    public async Task<bool> SeedIfEmptyAsync(string seedDirectory, CancellationToken cancellationToken)
    {
        if (await CountActorsAsync(cancellationToken).ConfigureAwait(false) > 0)
            return false;
        if (!Directory.Exists(seedDirectory))
        {
            logger.LogWarning("The store is empty and there is no seed folder at {SeedDirectory}", seedDirectory);
            return false;
        }
        var files = Directory.GetFiles(seedDirectory, "*.cypher").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            logger.LogInformation("Seeding {Index}/{Count}: {File}", i + 1, files.Length, Path.GetFileName(files[i]));
            var script = await File.ReadAllTextAsync(files[i], cancellationToken).ConfigureAwait(false);
            await ApplyScriptAsync(Path.GetFileName(files[i]), script, ScriptRequest.New(), cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    private static (string Record, string Id, string Problem) Key(DataProblem problem) => (problem.Record, problem.Id, problem.Problem);

    /// <summary>
    /// The failure for a script whose result breaks rules: the first broken rule, at the statement that broke it. That
    /// statement is the first after which the record breaks the rule, found by running beginnings of the script in
    /// transactions that are rolled back: first the statement that names the record, if one alone does, then by halves.
    /// </summary>
    private async Task<AppFailure> LocateAsync(string script, IReadOnlyList<DataProblem> problems, CancellationToken cancellationToken)
    {
        var problem = problems[0];
        var statements = ScriptSplitter.Split(script);
        var more = problems.Count > 1 ? $" ({problems.Count - 1} more record(s) the script leaves break rules too.)" : "";
        var at = await FirstBreakingAsync(statements, problem, cancellationToken).ConfigureAwait(false);
        var (line, column) = at is { } index ? ScriptSplitter.CodeStart(statements[index]) : (0, 0);
        return new AppFailure(FailureKind.ScriptRejected, problem.Problem + more, line, column, ModelRules.RuleBroken);
    }

    private async Task<int?> FirstBreakingAsync(IReadOnlyList<ScriptStatement> statements, DataProblem problem, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
            return null;
        var breaks = new Dictionary<int, bool>();
        async Task<bool> BreaksAfter(int last)
        {
            if (last < 0)
                return false;
            if (!breaks.TryGetValue(last, out var known))
            {
                var prefix = string.Join(";\n", statements.Take(last + 1).Select(s => s.Text));
                var read = await runner.TryScriptAsync(prefix, (transaction, token) => ReadGraphAsync(transaction, token), cancellationToken).ConfigureAwait(false);
                breaks[last] = known = read.Problems.Any(p => Key(p) == Key(problem));
            }
            return known;
        }

        var naming = statements.Select((s, i) => (s, i))
            .Where(x => x.s.Text.Contains($"'{problem.Id}'", StringComparison.Ordinal) || x.s.Text.Contains($"\"{problem.Id}\"", StringComparison.Ordinal))
            .Select(x => x.i).ToList();
        // A repeated id breaks the rule where it is named again; any other record where it is named.
        var guess = naming.Count == 0 ? -1 : problem.Problem.Contains(ModelRules.RepeatedIdWords, StringComparison.Ordinal) ? naming[^1] : naming.Count == 1 ? naming[0] : -1;
        if (guess >= 0 && await BreaksAfter(guess) && !await BreaksAfter(guess - 1))
            return guess;
        int low = 0, high = statements.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (await BreaksAfter(middle))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    }

    /// <summary>Thrown inside a script's transaction to roll it back: the records it would leave breaking rules.</summary>
    private sealed class RulesBroken(IReadOnlyList<DataProblem> problems) : Exception("The script leaves records that break the model's rules.")
    {
        public IReadOnlyList<DataProblem> Problems { get; } = problems;
    }
}
