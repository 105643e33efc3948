using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.Pool;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>
/// An explicit transaction on one leased connection: RUN with an empty extra then PULL n (server-state TX_READY /
/// TX_STREAMING), COMMIT (its SUCCESS carries the bookmark) or ROLLBACK, then the lease goes back to the pool.
/// </summary>
internal sealed class AsyncTransaction(AsyncSession session, Lease lease, long fetchSize) : IAsyncTransaction
{
    private static readonly Dictionary<string, object?> EmptyExtra = [];
    private readonly List<ResultCursor> _cursors = [];
    private Exception? _failure;

    public bool IsOpen { get; private set; } = true;

    public async Task<IResultCursor> RunAsync(string query, IDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        await BufferCursorsAsync(cancellationToken).ConfigureAwait(false);
        var connection = lease.Connection;
        try
        {
            connection.Enqueue(new RunMessage(query, Parameters.From(parameters), EmptyExtra));
            connection.Enqueue(new PullMessage(fetchSize, -1));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await connection.ExpectSuccessAsync("RUN", cancellationToken).ConfigureAwait(false);
            var keys = (run.GetValueOrDefault("fields") as List<object?> ?? []).Cast<string>().ToArray();
            var qid = run.GetValueOrDefault("qid") as long? ?? -1;
            var cursor = new ResultCursor(connection, query, keys, qid, fetchSize, run, (_, error) =>
            {
                if (error is not null) _failure ??= error;
                return ValueTask.CompletedTask;
            });
            _cursors.Add(cursor);
            return cursor;
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            _failure ??= error;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureUsable();
        var connection = lease.Connection;
        try
        {
            await BufferCursorsAsync(cancellationToken).ConfigureAwait(false);
            if (_failure is not null) throw _failure;
            connection.Enqueue(CommitMessage.Instance);
            connection.CommitInFlight = true;
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var metadata = await connection.ExpectSuccessAsync("COMMIT", cancellationToken).ConfigureAwait(false);
            connection.CommitInFlight = false;
            await FinishAsync(metadata.GetValueOrDefault("bookmark") as string, null).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            connection.CommitInFlight = false;
            await FinishAsync(null, error).ConfigureAwait(false);
            throw;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!IsOpen) return;
        if (_failure is not null || lease.Connection.IsBroken)
        {
            // The FAILURE's RESET already ended the transaction on the server.
            await FinishAsync(null, _failure).ConfigureAwait(false);
            return;
        }
        try
        {
            await BufferCursorsAsync(cancellationToken).ConfigureAwait(false);
            lease.Connection.Enqueue(RollbackMessage.Instance);
            await lease.Connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            await lease.Connection.ExpectSuccessAsync("ROLLBACK", cancellationToken).ConfigureAwait(false);
            await FinishAsync(null, null).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            await FinishAsync(null, error).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>After the work threw: roll back if possible, never throwing over the work's own error.</summary>
    internal async Task AbandonAsync()
    {
        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            // The work's error is the one to report.
        }
    }

    public ValueTask DisposeAsync() => new(AbandonAsync());

    private async Task BufferCursorsAsync(CancellationToken cancellationToken)
    {
        foreach (var cursor in _cursors)
        {
            try
            {
                await cursor.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException error)
            {
                _failure ??= error;
            }
        }
    }

    private async Task FinishAsync(string? bookmark, Exception? error)
    {
        if (!IsOpen) return;
        IsOpen = false;
        session.TransactionFinished(this, bookmark);
        await lease.ReleaseAsync(error).ConfigureAwait(false);
    }

    private void EnsureUsable()
    {
        if (!IsOpen) throw new ClientException(ErrorMessages.TransactionClosed);
    }
}
