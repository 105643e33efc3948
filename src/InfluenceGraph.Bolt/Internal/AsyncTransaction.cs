using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.Pool;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>
/// An explicit transaction on one leased connection: RUN with an empty extra then PULL n (server-state TX_READY /
/// TX_STREAMING), COMMIT (its SUCCESS carries the bookmark) or ROLLBACK, then the lease goes back to the pool.
/// Several results may be open at once (Bolt 4+): each RUN's SUCCESS names its result with a qid, and a result read
/// after a later RUN fetches its next batch with PULL {n, qid}. Only one batch is on the wire at a time: before a RUN,
/// PULL or DISCARD, the result whose batch is arriving reads that batch into memory.
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
        await SettleCursorsAsync(cancellationToken).ConfigureAwait(false);
        // After a FAILURE the RESET ended the transaction on the server: a RUN now would run outside it.
        if (_failure is not null) throw _failure;
        var connection = lease.Connection;
        try
        {
            connection.Enqueue(new RunMessage(query, Parameters.From(parameters), EmptyExtra));
            connection.Enqueue(new PullMessage(fetchSize, -1)); // qid -1: the RUN just sent, whose qid is not known yet
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var run = await connection.ExpectSuccessAsync("RUN", cancellationToken).ConfigureAwait(false);
            var keys = (run.GetValueOrDefault("fields") as List<object?> ?? []).Cast<string>().ToArray();
            var qid = run.GetValueOrDefault("qid") as long? ?? -1;
            var cursor = new ResultCursor(connection, query, keys, qid, fetchSize, run, (_, error) =>
            {
                if (error is not null) _failure ??= error;
                return ValueTask.CompletedTask;
            }, BeforeRequestAsync);
            _cursors.Add(cursor);
            return cursor;
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            _failure ??= error;
            throw;
        }
    }

    /// <summary>
    /// Before a RUN: the batch now arriving is read into memory and its result stays open, to be PULLed by qid later.
    /// A result without a qid (a server that sent none) cannot be named once another RUN is sent, so it is read to its end.
    /// </summary>
    private async Task SettleCursorsAsync(CancellationToken cancellationToken)
    {
        foreach (var cursor in _cursors)
        {
            if (cursor.QueryId >= 0)
            {
                await cursor.SuspendAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
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

    // A result is about to send PULL or DISCARD: the other result whose batch is arriving reads it first.
    private async Task BeforeRequestAsync(ResultCursor requesting, CancellationToken cancellationToken)
    {
        EnsureUsable();
        foreach (var cursor in _cursors)
            if (!ReferenceEquals(cursor, requesting) && cursor.IsStreaming)
                await cursor.SuspendAsync(cancellationToken).ConfigureAwait(false);
        if (_failure is not null) throw _failure;
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
