using InfluenceGraph.Cypher.Execution;
using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher;

/// <summary>
/// An embedded graph database that speaks a subset of Cypher. In memory, or durable in a data directory through a
/// write-ahead journal replayed on open. Writes are serialised, one transaction at a time; readers never wait for them: each reads a snapshot of the last commit before it began.
/// </summary>
public sealed class CypherDatabase : IDisposable
{
    public const string LockFileName = "store.lock";

    private readonly GraphStore _store;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly ProcedureRegistry _procedures;
    private readonly StatementCache _cache;
    private readonly List<string> _warnings;
    private readonly Journal? _journal;
    private readonly FileStream? _lockFile;
    private readonly string? _directory;
    private readonly string? _importDirectory;
    private bool _disposed;

    private CypherDatabase(GraphStore store, List<string> warnings, Journal? journal, FileStream? lockFile, string? directory, CypherDatabaseOptions? options)
    {
        _importDirectory = options?.ImportDirectory is { Length: > 0 } import ? System.IO.Path.GetFullPath(import) : null;
        _procedures = new ProcedureRegistry(options?.Procedures ?? []);
        _cache = new StatementCache(_procedures);
        _store = store;
        _warnings = warnings;
        _journal = journal;
        _lockFile = lockFile;
        _directory = directory;
        store.StartVersioning();
    }

    /// <summary>Journal size above which opening the store compacts it.</summary>
    public const long CompactOnOpenBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Opens (creating if missing) a durable store in <paramref name="dataDirectory"/>; one process at a time. Fails
    /// with <see cref="CypherErrorKind.StoreLocked"/> when another holds it, <see cref="CypherErrorKind.StoreReadOnly"/>
    /// when this user cannot write it, <see cref="CypherErrorKind.StoreFull"/> when its disk is full and
    /// <see cref="CypherErrorKind.StoreCorrupt"/> when its files are damaged.
    /// </summary>
    public static CypherDatabase Open(string dataDirectory) => Open(dataDirectory, StoreFiles.Default);

    /// <summary>Opens a durable store as <see cref="Open(string)"/> does, with <paramref name="options"/>.</summary>
    public static CypherDatabase Open(string dataDirectory, CypherDatabaseOptions options) => Open(dataDirectory, StoreFiles.Default, options);

    internal static CypherDatabase Open(string dataDirectory, StoreFiles files, CypherDatabaseOptions? options = null)
    {
        var directory = System.IO.Path.GetFullPath(dataDirectory);
        try
        {
            return OpenDirectory(directory, files, options);
        }
        catch (Exception e) when (IoFaults.IsLockConflict(e))
        {
            throw Errors.StoreLocked(directory, e);
        }
        catch (Exception e) when (IoFaults.IsNotWritable(e))
        {
            throw Errors.StoreReadOnly(directory, e);
        }
        catch (Exception e) when (IoFaults.IsDiskFull(e))
        {
            throw Errors.StoreFull(directory, e);
        }
    }

    private static CypherDatabase OpenDirectory(string directory, StoreFiles files, CypherDatabaseOptions? options)
    {
        Directory.CreateDirectory(directory);
        // FileShare.None is an exclusive lock (flock on Unix), released by the OS if the process dies.
        var lockFile = new FileStream(System.IO.Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            Storage.OwnerOnly.Restrict(System.IO.Path.Combine(directory, LockFileName));
            var store = new GraphStore();
            var warnings = new List<string>();
            var generation = Snapshot.Load(directory, store);
            var journal = Journal.Open(directory, store, warnings, generation, files);
            var database = new CypherDatabase(store, warnings, journal, lockFile, directory, options);
            if (journal.Length > CompactOnOpenBytes) database.CompactOnOpen();
            return database;
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    // Compaction on open only shortens the next start: a disk too full for the snapshot must not keep the store shut.
    private void CompactOnOpen()
    {
        try
        {
            Compact();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _warnings.Add($"Compaction on open failed ({e.Message}); the journal is replayed whole until it succeeds");
        }
    }

    /// <summary>A store that lives only as long as this object.</summary>
    public static CypherDatabase InMemory() => new(new GraphStore(), [], null, null, null, null);

    /// <summary>A store that lives only as long as this object, with <paramref name="options"/>.</summary>
    public static CypherDatabase InMemory(CypherDatabaseOptions options) => new(new GraphStore(), [], null, null, null, options);

    /// <summary>What opening the store noticed and repaired (for example a torn last journal record).</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Runs one statement in its own transaction (auto-commit).</summary>
    public QueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ThrowIfDisposed();
        var statement = _cache.Single(query);
        if (statement.BatchedCall is not null) return RunInTransaction(tx => tx.RunBatched(statement, parameters));
        if (statement.IsUpdating) return RunInTransaction(tx => tx.Run(statement, parameters));
        var view = _store.BeginRead();
        try
        {
            return Execute(statement, null, parameters, DateTimeOffset.UtcNow, view: view);
        }
        finally
        {
            _store.EndRead(view);
        }
    }

    /// <summary>
    /// Runs a script in one transaction: parsed whole first, then run statement by statement; any error undoes all.
    /// <paramref name="cancellationToken"/> is honoured while waiting for the writer and between statements (one
    /// statement runs to its end): a cancelled script throws OperationCanceledException and applies nothing.
    /// </summary>
    public IReadOnlyList<QueryResult> RunScript(string script, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        var statements = _cache.Script(script);
        using var tx = BeginTransaction(cancellationToken);
        var results = tx.RunStatements(statements, parameters, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        tx.Commit();
        return results;
    }

    /// <summary>Begins an explicit transaction; blocks while another write transaction is open.</summary>
    public CypherTransaction BeginTransaction() => BeginTransaction(CancellationToken.None);

    /// <summary>Begins an explicit transaction; waits while another write transaction is open, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public CypherTransaction BeginTransaction(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        _writerGate.Wait(cancellationToken);
        return new CypherTransaction(this, null);
    }

    /// <summary>
    /// Begins a read transaction: its statements all see the graph as last committed when it began (a snapshot kept
    /// until it ends, whatever writers commit meanwhile; it never waits for them) and any statement that writes fails.
    /// Many read transactions may be open at once.
    /// </summary>
    public CypherTransaction BeginReadTransaction()
    {
        ThrowIfDisposed();
        return new CypherTransaction(this, _store.BeginRead());
    }

    /// <summary>
    /// Writes the whole graph as a new snapshot and empties the journal, so the next open replays less.
    /// Waits for the open write transaction, if any; readers go on meanwhile. Does nothing in memory.
    /// </summary>
    public void Compact()
    {
        ThrowIfDisposed();
        if (_journal is null || _directory is null) return;
        _writerGate.Wait();
        try
        {
            WriteSnapshotAndResetJournal();
        }
        finally
        {
            _writerGate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _journal?.Dispose();
        _lockFile?.Dispose();
    }

    private T RunInTransaction<T>(Func<CypherTransaction, T> work)
    {
        using var tx = BeginTransaction();
        var result = work(tx);
        tx.Commit();
        return result;
    }

    internal StatementCache Cache => _cache;

    internal GraphStore Store => _store;

    internal bool IsDurable => _journal is not null;

    internal static IReadOnlyDictionary<string, object?> ConvertParameters(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null || parameters.Count == 0) return new Dictionary<string, object?>();
        var converted = new Dictionary<string, object?>(parameters.Count, StringComparer.Ordinal);
        foreach (var (name, value) in parameters) converted[name] = ValueConversion.FromParameter(value, name);
        return converted;
    }

    /// <summary>
    /// Runs a parsed statement and converts its rows to public values: a writer's statement sees the newest state
    /// (its own writes), a reader's the committed state of <paramref name="view"/>.
    /// </summary>
    internal QueryResult Execute(Statement statement, GraphWriter? writer, IReadOnlyDictionary<string, object?>? parameters, DateTimeOffset transactionTime,
        Action? commitBatch = null, ReadView? view = null)
    {
        var previous = ReadView.Enter(writer is null ? view : null);
        try
        {
            return ExecuteAt(statement, writer, parameters, transactionTime, commitBatch);
        }
        finally
        {
            ReadView.Restore(previous);
        }
    }

    private QueryResult ExecuteAt(Statement statement, GraphWriter? writer, IReadOnlyDictionary<string, object?>? parameters, DateTimeOffset transactionTime,
        Action? commitBatch)
    {
        var ctx = new QueryContext(_store, writer, ConvertParameters(parameters))
        {
            ImportDirectory = _importDirectory, TransactionTime = transactionTime, CommitBatch = commitBatch, Procedures = _procedures,
        };
        Executor.CheckImplicitArguments(statement, ctx);
        var output = Executor.Run(statement, ctx);
        var rows = output.Rows.Select(row => (IReadOnlyList<object?>)row.Select(ValueConversion.ToPublic).ToList()).ToList();
        return new QueryResult(output.Columns, rows, ctx.Counters);
    }

    /// <summary>Journal size above which a commit compacts the store, so start-up never replays much more than this.</summary>
    internal long CompactAboveBytes { get; set; } = CompactOnOpenBytes;

    /// <summary>Makes a transaction durable, then visible to readers that start from now on (the caller holds the writer gate).</summary>
    internal void Commit(GraphWriter writer)
    {
        if (!writer.HasChanges) return;
        if (_journal is null)
        {
            _store.Publish();
            return;
        }
        try
        {
            _journal.Append(writer.JournalPayload);
        }
        catch (Exception e) when (IoFaults.IsDiskFull(e))
        {
            throw Errors.CommitDiskFull(e);
        }
        catch (Exception e) when (IoFaults.IsNotWritable(e))
        {
            throw Errors.CommitNotWritable(e);
        }
        _store.Publish();
        if (_journal.Length <= CompactAboveBytes) return;
        try
        {
            WriteSnapshotAndResetJournal();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The commit is already durable in the journal and must not be undone: compaction is retried next commit.
            lock (_warnings) _warnings.Add($"Compaction after commit failed ({e.Message}); the journal keeps growing until it succeeds");
        }
    }

    // Snapshot first (durable: fsync, rename, directory fsync), and only then empty the journal.
    private void WriteSnapshotAndResetJournal()
    {
        var generation = _journal!.Generation + 1;
        Snapshot.Write(_directory!, _store, generation);
        _journal.Reset(generation);
    }

    internal void ReleaseWriter() => _writerGate.Release();

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
