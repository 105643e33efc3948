using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Internal.Messaging;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>
/// Streams a result: each FetchAsync reads one message; when a batch ends with has_more the cursor PULLs the next
/// fetch-size batch, by its qid, only when a record beyond it is wanted. ConsumeAsync DISCARDs what is left. In an
/// explicit transaction several results share the connection: beforeRequest lets the transaction settle the result
/// whose batch is still arriving before this one sends PULL or DISCARD. The completion callback runs once, when the
/// stream ends.
/// </summary>
internal sealed class ResultCursor(
    BoltConnection connection, string query, string[] keys, long qid, long fetchSize,
    Dictionary<string, object?> runMetadata, Func<Dictionary<string, object?>?, Exception?, ValueTask> onComplete,
    Func<ResultCursor, CancellationToken, Task>? beforeRequest = null) : IResultCursor
{
    private readonly Queue<IRecord> _buffered = new();
    private IRecord? _current;
    private IResultSummary? _summary;
    private Exception? _error;
    private bool _batchArriving = true; // the PULL pipelined with RUN
    private bool _streamDone;
    private bool _consumed;

    public bool IsOpen => !_streamDone || _buffered.Count > 0;

    /// <summary>RUN SUCCESS's qid (explicit transactions, Bolt 4+); -1 when the server sent none.</summary>
    public long QueryId => qid;

    /// <summary>A PULL or DISCARD of this result is unanswered: its messages come next on the connection.</summary>
    public bool IsStreaming => _batchArriving && !_streamDone;

    public Task<string[]> KeysAsync() => Task.FromResult(keys);

    public IRecord Current => _current ?? throw new InvalidOperationException(ErrorMessages.NoCurrentRecord);

    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        if (_consumed) throw new ResultConsumedException(ErrorMessages.ResultConsumed);
        if (_buffered.TryDequeue(out var buffered))
        {
            _current = buffered;
            return true;
        }
        var record = await NextFromServerAsync(cancellationToken).ConfigureAwait(false);
        _current = record;
        return record is not null;
    }

    public async Task<List<IRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<IRecord>();
        while (await FetchAsync(cancellationToken).ConfigureAwait(false)) list.Add(Current);
        return list;
    }

    public async Task<IRecord> SingleAsync(CancellationToken cancellationToken = default)
    {
        if (!await FetchAsync(cancellationToken).ConfigureAwait(false)) throw new ResultConsumedException(ErrorMessages.NotSingle0);
        var first = Current;
        if (await FetchAsync(cancellationToken).ConfigureAwait(false))
        {
            await ConsumeAsync(cancellationToken).ConfigureAwait(false);
            throw new ResultConsumedException(ErrorMessages.NotSingleMany);
        }
        return first;
    }

    public async Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffered.Clear();
        await FinishStreamAsync(discard: true, cancellationToken).ConfigureAwait(false);
        _consumed = true;
        return _summary!;
    }

    /// <summary>Reads the rest of the stream into memory so the connection can carry the next query.</summary>
    public async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (!_streamDone)
        {
            var record = await NextFromServerAsync(cancellationToken).ConfigureAwait(false);
            if (record is not null) _buffered.Enqueue(record);
        }
    }

    /// <summary>
    /// Reads the rest of the batch now arriving into memory and asks for no more, so that another request can use the
    /// connection; the result stays open on the server and its next batch is PULLed by qid when it is read. Its error,
    /// if the batch ends in one, is kept for its reader.
    /// </summary>
    public async Task SuspendAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (IsStreaming)
            {
                var record = await NextFromServerAsync(cancellationToken, untilBatchEnd: true).ConfigureAwait(false);
                if (record is not null) _buffered.Enqueue(record);
            }
        }
        catch (Neo4jException)
        {
            // This result's error: FetchAsync throws it again to its reader.
        }
    }

    private async Task FinishStreamAsync(bool discard, CancellationToken cancellationToken)
    {
        while (!_streamDone) await NextFromServerAsync(cancellationToken, discard).ConfigureAwait(false);
        if (_error is not null) throw _error;
    }

    // PULL/DISCARD stream: RECORD* then SUCCESS {has_more?} or FAILURE (BOLT-SPEC.md section 3.2). untilBatchEnd
    // stops at has_more instead of asking for the next batch.
    private async Task<IRecord?> NextFromServerAsync(CancellationToken cancellationToken, bool discard = false, bool untilBatchEnd = false)
    {
        if (_streamDone)
        {
            if (_error is not null) throw _error;
            return null;
        }
        try
        {
            while (true)
            {
                if (!_batchArriving)
                {
                    if (untilBatchEnd) return null;
                    await RequestAsync(discard, cancellationToken).ConfigureAwait(false);
                }
                var message = await connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                switch (message)
                {
                    case RecordMessage record when !discard:
                        return new Record(keys, record.Values);
                    case RecordMessage:
                        continue;
                    case SuccessMessage { Metadata: var meta } when meta.GetValueOrDefault("has_more") is true:
                        _batchArriving = false;
                        continue;
                    case SuccessMessage success:
                        _batchArriving = false;
                        _streamDone = true;
                        _summary = new ResultSummary(query, ServerInfo.Of(connection), runMetadata, success.Metadata);
                        await onComplete(success.Metadata, null).ConfigureAwait(false);
                        return null;
                    case FailureMessage failure:
                        _batchArriving = false;
                        _streamDone = true;
                        _error = await connection.RecoverAsync(failure, cancellationToken).ConfigureAwait(false);
                        await onComplete(null, _error).ConfigureAwait(false);
                        throw _error;
                    default:
                        throw new ProtocolException(ErrorMessages.UnexpectedMessage(message.ToString()!, "RECORD or SUCCESS"));
                }
            }
        }
        catch (Exception error) when (!_streamDone && error is Neo4jException or OperationCanceledException)
        {
            _streamDone = true;
            _error = error;
            await onComplete(null, error).ConfigureAwait(false);
            throw;
        }
    }

    // The next batch: PULL n (or DISCARD all) with this result's qid, which names it among the transaction's open ones.
    private async Task RequestAsync(bool discard, CancellationToken cancellationToken)
    {
        if (beforeRequest is not null) await beforeRequest(this, cancellationToken).ConfigureAwait(false);
        connection.Enqueue(discard ? new DiscardMessage(-1, qid) : new PullMessage(fetchSize, qid));
        _batchArriving = true;
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
