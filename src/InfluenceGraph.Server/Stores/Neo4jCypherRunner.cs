using InfluenceGraph.Bolt;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

/// <summary>Where Neo4j is, from the standard NEO4J_* settings.</summary>
public sealed record Neo4jSettings(string Uri, string Username, string Password, string? Database)
{
    /// <summary>How long the driver retries a transaction on transient failures (Store:RetrySeconds, default 15).</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for a connection (Store:ConnectTimeoutSeconds, default 10).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static Neo4jSettings From(IConfiguration configuration) => new(
        configuration["NEO4J_URI"] ?? "bolt://localhost:7687",
        configuration["NEO4J_USERNAME"] ?? "neo4j",
        configuration["NEO4J_PASSWORD"] ?? throw new InvalidOperationException(
            "Store:Provider is Neo4j but NEO4J_PASSWORD is not set (and NEO4J_URI, NEO4J_USERNAME, NEO4J_DATABASE if not the defaults)."),
        string.IsNullOrWhiteSpace(configuration["NEO4J_DATABASE"]) ? null : configuration["NEO4J_DATABASE"])
    {
        MaxRetryTime = TimeSpan.FromSeconds(configuration.GetValue("Store:RetrySeconds", 15.0)),
        ConnectTimeout = TimeSpan.FromSeconds(configuration.GetValue("Store:ConnectTimeoutSeconds", 10.0)),
    };
}

/// <summary>
/// Runs the app's Cypher on Neo4j through our Bolt client: reads in read transactions, writes in write
/// transactions (both retried by the driver on transient failures), scripts statement by statement in one
/// explicit transaction.
/// </summary>
public sealed class Neo4jCypherRunner(IDriver driver, string? database, string description) : ICypherRunner
{
    public string Description { get; } = description;

    public static Neo4jCypherRunner Create(Neo4jSettings settings) => new(
        GraphDatabase.Driver(settings.Uri, AuthTokens.Basic(settings.Username, settings.Password), config => config
            .WithMaxTransactionRetryTime(settings.MaxRetryTime)
            .WithConnectionTimeout(settings.ConnectTimeout)
            .WithConnectionAcquisitionTimeout(settings.ConnectTimeout + settings.ConnectTimeout)),
        settings.Database,
        $"Neo4j at {settings.Uri}" + (settings.Database is null ? "" : $" (database {settings.Database})"));

    public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        WithSession(AccessMode.Read, session => session.ExecuteReadAsync(tx => FetchAsync(tx, query, parameters, cancellationToken), null, cancellationToken));

    public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        WithSession(AccessMode.Write, session => session.ExecuteWriteAsync(tx => FetchAsync(tx, query, parameters, cancellationToken), null, cancellationToken));

    public async Task<ScriptOutcome> RunScriptAsync(string script, CancellationToken cancellationToken)
    {
        var statements = ScriptSplitter.Split(script);
        return await WithSession(AccessMode.Write, async session =>
        {
            var counters = new Dictionary<string, int>(StringComparer.Ordinal);
            await using var tx = await session.BeginTransactionAsync(null, cancellationToken).ConfigureAwait(false);
            foreach (var statement in statements)
            {
                try
                {
                    var cursor = await tx.RunAsync(statement.Text, null, cancellationToken).ConfigureAwait(false);
                    var summary = await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
                    Add(counters, summary.Counters);
                }
                catch (Neo4jException e) when (e is not ServiceUnavailableException)
                {
                    var (line, column) = Neo4jErrors.Position(e.Message) is { } p
                        ? ScriptSplitter.ToScriptPosition(statement, p.Line, p.Column)
                        : (statement.Line, statement.Column);
                    throw new AppFailure(FailureKind.ScriptRejected, e.Message, line, column, Neo4jErrors.Kind(e), e);
                }
            }
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ScriptOutcome(statements.Count, counters);
        }).ConfigureAwait(false);
    }

    public async Task<string> ServerAgentAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await driver.GetServerInfoAsync(cancellationToken).ConfigureAwait(false)).Agent;
        }
        catch (Neo4jException e)
        {
            throw Unavailable(e);
        }
    }

    public void Dispose() => driver.Dispose();

    private async Task<T> WithSession<T>(AccessMode mode, Func<IAsyncSession, Task<T>> work)
    {
        try
        {
            await using var session = driver.AsyncSession(c =>
            {
                c.WithDefaultAccessMode(mode);
                if (database is not null)
                    c.WithDatabase(database);
            });
            return await work(session).ConfigureAwait(false);
        }
        catch (AppFailure)
        {
            throw;
        }
        catch (ServiceUnavailableException e)
        {
            throw Unavailable(e);
        }
        catch (Neo4jException e)
        {
            var position = Neo4jErrors.Position(e.Message);
            throw new AppFailure(FailureKind.ScriptRejected, e.Message, position?.Line ?? 0, position?.Column ?? 0, Neo4jErrors.Kind(e), e);
        }
    }

    private AppFailure Unavailable(Neo4jException e) => new(FailureKind.StoreUnavailable, $"{Description} is not reachable: {e.Message}", inner: e);

    private static async Task<IReadOnlyList<CypherRow>> FetchAsync(IAsyncQueryRunner runner, string query,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        var cursor = await runner.RunAsync(query, parameters?.ToDictionary(p => p.Key, p => p.Value), cancellationToken).ConfigureAwait(false);
        var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(r => new CypherRow(r.Keys.ToDictionary(k => k, k => Neo4jValues.ToPlain(r[k]))))];
    }

    private static void Add(Dictionary<string, int> totals, ICounters counters)
    {
        foreach (var (name, value) in new (string, int)[]
                 {
                     ("NodesCreated", counters.NodesCreated), ("NodesDeleted", counters.NodesDeleted),
                     ("RelationshipsCreated", counters.RelationshipsCreated), ("RelationshipsDeleted", counters.RelationshipsDeleted),
                     ("PropertiesSet", counters.PropertiesSet), ("LabelsAdded", counters.LabelsAdded), ("LabelsRemoved", counters.LabelsRemoved),
                     ("ConstraintsAdded", counters.ConstraintsAdded), ("ConstraintsRemoved", counters.ConstraintsRemoved),
                     ("IndexesAdded", counters.IndexesAdded), ("IndexesRemoved", counters.IndexesRemoved),
                 })
            if (value != 0)
                totals[name] = totals.GetValueOrDefault(name) + value;
    }
}

/// <summary>Reads what the app needs out of Neo4j's errors and values.</summary>
internal static class Neo4jErrors
{
    /// <summary>The error class, as the embedded engine names it: the last part of a Neo4j status code.</summary>
    public static string Kind(Neo4jException e) => e.Code is { } code ? code[(code.LastIndexOf('.') + 1)..] : e.GetType().Name;

    /// <summary>Neo4j puts "(line L, column C (offset: O))" in syntax and semantic errors.</summary>
    public static (int Line, int Column)? Position(string message)
    {
        var at = message.LastIndexOf("(line ", StringComparison.Ordinal);
        if (at < 0)
            return null;
        var rest = message.AsSpan(at + "(line ".Length);
        var comma = rest.IndexOf(',');
        if (comma < 0 || !int.TryParse(rest[..comma], out var line))
            return null;
        rest = rest[(comma + 1)..].TrimStart();
        if (!rest.StartsWith("column "))
            return null;
        rest = rest["column ".Length..];
        var end = 0;
        while (end < rest.Length && char.IsAsciiDigit(rest[end]))
            end++;
        return int.TryParse(rest[..end], out var column) ? (line, column) : null;
    }
}

internal static class Neo4jValues
{
    /// <summary>Neo4j's values as the app's plain ones: dates as DateOnly, lists and maps with plain values inside.</summary>
    public static object? ToPlain(object? value) => value switch
    {
        LocalDate date => date.ToDateOnly(),
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        IReadOnlyList<object?> list => list.Select(ToPlain).ToList(),
        _ => value,
    };
}
