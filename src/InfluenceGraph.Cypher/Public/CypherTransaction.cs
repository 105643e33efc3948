using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher;

/// <summary>
/// An explicit transaction. A write transaction (BeginTransaction) sees its own writes; others see none of them until
/// Commit, which returns only once the journal is on disk. A read transaction (BeginReadTransaction) reads the snapshot
/// committed when it began, so all its statements see one unchanging graph without holding writers back, and refuses
/// writes. Any error inside a
/// transaction rolls everything back and closes it, as in Neo4j.
/// </summary>
public sealed class CypherTransaction : IDisposable
{
    private readonly CypherDatabase _database;
    private readonly GraphWriter? _writer;
    private readonly ReadView? _view;

    // The instant the .transaction() clock functions read, for every statement of this transaction.
    private readonly DateTimeOffset _began = DateTimeOffset.UtcNow;
    private bool _open = true;

    /// <summary>A read transaction at <paramref name="view"/>, or (null) a write transaction.</summary>
    internal CypherTransaction(CypherDatabase database, ReadView? view)
    {
        _database = database;
        _view = view;
        _writer = view is null ? new GraphWriter(database.Store, database.IsDurable) : null;
    }

    /// <summary>True for a read transaction (statements that write are refused).</summary>
    public bool IsReadOnly => _writer is null;

    public QueryResult Run(string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        EnsureOpen();
        Statement statement;
        try
        {
            statement = _database.Cache.Single(query);
        }
        catch
        {
            Rollback();
            throw;
        }
        return Run(statement, parameters);
    }

    /// <summary>Runs a script's statements in this transaction; cancelled between statements, it rolls the whole transaction back.</summary>
    public IReadOnlyList<QueryResult> RunScript(string script, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        IReadOnlyList<Statement> statements;
        try
        {
            statements = _database.Cache.Script(script);
        }
        catch
        {
            Rollback();
            throw;
        }
        return RunStatements(statements, parameters, cancellationToken);
    }

    internal IReadOnlyList<QueryResult> RunStatements(IReadOnlyList<Statement> statements, IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellationToken)
    {
        var results = new List<QueryResult>(statements.Count);
        foreach (var statement in statements)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                Rollback();
                cancellationToken.ThrowIfCancellationRequested();
            }
            results.Add(Run(statement, parameters));
        }
        return results;
    }

    internal QueryResult Run(Statement statement, IReadOnlyDictionary<string, object?>? parameters) => Run(statement, parameters, batched: false);

    /// <summary>
    /// Runs the auto-commit statement this transaction was opened for, letting CALL { } IN TRANSACTIONS commit each
    /// batch: the journal gets one frame per batch, and a later failure rolls back only the batch it happened in.
    /// </summary>
    internal QueryResult RunBatched(Statement statement, IReadOnlyDictionary<string, object?>? parameters) => Run(statement, parameters, batched: true);

    private QueryResult Run(Statement statement, IReadOnlyDictionary<string, object?>? parameters, bool batched)
    {
        EnsureOpen();
        try
        {
            if (!batched && statement.BatchedCall is { } call) throw Errors.InTransactionsInExplicitTransaction(call.Transactions!.Pos);
            if (statement.IsUpdating && _writer is null) throw Errors.WriteInReadTransaction();
            return _database.Execute(statement, _writer, parameters, _began, batched ? CommitBatch : null, _view);
        }
        catch
        {
            Rollback();
            throw;
        }
    }

    private void CommitBatch()
    {
        _database.Commit(_writer!);
        _writer!.Committed();
    }

    /// <summary>Makes the changes visible and durable (journal flushed with fsync) before returning.</summary>
    public void Commit()
    {
        EnsureOpen();
        try
        {
            if (_writer is not null) _database.Commit(_writer);
        }
        catch
        {
            Rollback();
            throw;
        }
        Finish();
    }

    /// <summary>Undoes every change of this transaction.</summary>
    public void Rollback()
    {
        if (!_open) return;
        _writer?.Rollback();
        Finish();
    }

    /// <summary>Disposing without Commit rolls back.</summary>
    public void Dispose() => Rollback();

    private void EnsureOpen()
    {
        if (!_open) throw Errors.TransactionClosed();
        _database.ThrowIfDisposed();
    }

    private void Finish()
    {
        _open = false;
        if (_view is not null)
        {
            _database.Store.EndRead(_view);
            return;
        }
        _database.ReleaseWriter();
    }
}
