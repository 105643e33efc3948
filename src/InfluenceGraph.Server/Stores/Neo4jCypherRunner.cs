using System.Diagnostics;
using System.Net.Sockets;
using InfluenceGraph.Bolt;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;

namespace InfluenceGraph.Server.Stores;

/// <summary>Where Neo4j is, from the standard NEO4J_* settings, and how long to wait for it (section "Store").</summary>
public sealed record Neo4jSettings(string Uri, string Username, string Password, string? Database)
{
    /// <summary>How long a transaction is retried on transient failures (Store:RetrySeconds).</summary>
    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(new StoreOptions().RetrySeconds);

    /// <summary>How long to wait for a connection (Store:ConnectTimeoutSeconds).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(new StoreOptions().ConnectTimeoutSeconds);

    public static Neo4jSettings From(IConfiguration configuration)
    {
        var store = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        return new(
            configuration["NEO4J_URI"] ?? "bolt://localhost:7687",
            configuration["NEO4J_USERNAME"] ?? "neo4j",
            configuration["NEO4J_PASSWORD"] ?? throw new AppFailure(FailureKind.Misconfigured,
                "Store:Provider is Neo4j but NEO4J_PASSWORD is not set (and NEO4J_URI, NEO4J_USERNAME, NEO4J_DATABASE if not the defaults)."),
            string.IsNullOrWhiteSpace(configuration["NEO4J_DATABASE"]) ? null : configuration["NEO4J_DATABASE"])
        {
            MaxRetryTime = TimeSpan.FromSeconds(store.RetrySeconds),
            ConnectTimeout = TimeSpan.FromSeconds(store.ConnectTimeoutSeconds),
        };
    }
}

/// <summary>
/// Runs the app's Cypher on Neo4j through our Bolt client: reads in read transactions, writes in write
/// transactions, scripts statement by statement in one explicit transaction. Transient failures are retried here
/// (see <see cref="RetryAsync{T}"/>), not by the driver: a Neo4j that refuses the connection is down, and the app
/// says so at once instead of retrying for Store:RetrySeconds.
/// </summary>
public sealed class Neo4jCypherRunner(IDriver driver, string? database, string description, TimeSpan maxRetryTime) : ICypherRunner
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);

    public string Description { get; } = description;

    public bool Exclusive => false;

    public static Neo4jCypherRunner Create(Neo4jSettings settings) => new(
        GraphDatabase.Driver(settings.Uri, AuthTokens.Basic(settings.Username, settings.Password), config => config
            // One attempt per call into the driver: RetryAsync decides what is worth another.
            .WithMaxTransactionRetryTime(TimeSpan.Zero)
            .WithConnectionTimeout(settings.ConnectTimeout)
            .WithConnectionAcquisitionTimeout(settings.ConnectTimeout + settings.ConnectTimeout)),
        settings.Database,
        $"Neo4j at {settings.Uri}" + (settings.Database is null ? "" : $" (database {settings.Database})"),
        settings.MaxRetryTime);

    public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        WithSession(AccessMode.Read, session => RetryAsync(
            () => session.ExecuteReadAsync(tx => FetchAsync(tx, query, parameters, cancellationToken), null, cancellationToken), cancellationToken));

    public Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        WithSession(AccessMode.Write, session => RetryAsync(
            () => session.ExecuteWriteAsync(tx => FetchAsync(tx, query, parameters, cancellationToken), null, cancellationToken), cancellationToken));

    public async Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken)
    {
        var statements = ScriptSplitter.Split(script);
        return await WithSession(AccessMode.Write, async session =>
        {
            await using var tx = await session.BeginTransactionAsync(null, cancellationToken).ConfigureAwait(false);
            var counters = await RunStatementsAsync(tx, statements, cancellationToken).ConfigureAwait(false);
            if (check is not null)
                await check(new ScriptTransaction(tx), cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ScriptOutcome(statements.Count, counters);
        }).ConfigureAwait(false);
    }

    public async Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var statements = ScriptSplitter.Split(script);
        return await WithSession(AccessMode.Write, async session =>
        {
            await using var tx = await session.BeginTransactionAsync(null, cancellationToken).ConfigureAwait(false);
            await RunStatementsAsync(tx, statements, cancellationToken).ConfigureAwait(false);
            var value = await read(new ScriptTransaction(tx), cancellationToken).ConfigureAwait(false);
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return value;
        }).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, int>> RunStatementsAsync(IAsyncTransaction tx, IReadOnlyList<ScriptStatement> statements, CancellationToken cancellationToken)
    {
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
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
        return counters;
    }

    /// <summary>Reads and writes inside a script's open transaction.</summary>
    private sealed class ScriptTransaction(IAsyncTransaction transaction) : IScriptTransaction
    {
        public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            FetchAsync(transaction, query, parameters, cancellationToken);

        public Task WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
            FetchAsync(transaction, query, parameters, cancellationToken);
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

    /// <summary>
    /// Runs one transaction function again after a retriable failure (a deadlock, a leader switch, a connection that
    /// broke mid-way), with doubling delays, for at most Store:RetrySeconds. A server that could not be connected to at
    /// all (refused, unreachable, unknown host) is not retried: it is down, and waiting would only delay saying so.
    /// </summary>
    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = FirstRetryDelay;
        while (true)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsRetriable && !Neo4jErrors.IsUnreachable(e) && Stopwatch.GetElapsedTime(started) + delay < maxRetryTime)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay += delay;
            }
        }
    }

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

    /// <summary>The socket errors that mean no connection could be made: nobody listens, no route, no such host.</summary>
    private static readonly HashSet<SocketError> Unreachable =
    [
        SocketError.ConnectionRefused, SocketError.HostUnreachable, SocketError.NetworkUnreachable, SocketError.NetworkDown,
        SocketError.HostNotFound, SocketError.HostDown, SocketError.AddressNotAvailable, SocketError.NoData,
    ];

    /// <summary>
    /// Whether <paramref name="e"/> says that Neo4j could not be connected to at all: the Bolt client reports that as a
    /// ServiceUnavailableException with the socket error beneath it (through a routing failure on neo4j://).
    /// A connection that broke mid-way (reset, aborted) is not this: the server was there and may be back at once.
    /// </summary>
    public static bool IsUnreachable(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
            if (cause is SocketException socket && Unreachable.Contains(socket.SocketErrorCode))
                return true;
        return false;
    }

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
