using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>
/// Pipelined messages: Enqueue then Flush writes them in one TCP write; every request but GOODBYE gets exactly one
/// summary (SUCCESS, FAILURE or IGNORED), counted in <see cref="_pending"/>. After a FAILURE the rest of the pipeline is
/// IGNORED; Recover reads those, sends RESET and waits for its SUCCESS (server-state: FAILED -> READY).
/// </summary>
internal sealed partial class BoltConnection
{
    private readonly MemoryStream _outgoing = new();
    private int _pending;

    /// <summary>Set when COMMIT was written: losing the connection now leaves the outcome unknown.</summary>
    public bool CommitInFlight { get; set; }

    /// <summary>The APIs already reported with TELEMETRY on this connection.</summary>
    public HashSet<TelemetryApi> TelemetrySent { get; } = [];

    public void Enqueue(RequestMessage message)
    {
        Log("C: " + message);
        var writer = new PackStreamWriter(UtcDateTime, Version.IsBolt5);
        message.WriteTo(writer);
        Chunking.Frame(writer.Written.Span, _outgoing, _settings.Config.MaxChunkSize);
        if (message.ExpectsResponse) _pending++;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_outgoing.Length == 0) return;
        try
        {
            await _stream.WriteAsync(_outgoing.GetBuffer().AsMemory(0, (int)_outgoing.Length), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            throw Broken(error);
        }
        finally
        {
            _outgoing.SetLength(0);
        }
        LastUsedAt = DateTime.UtcNow;
    }

    /// <summary>Reads the next message; a summary lowers the pending count.</summary>
    public async Task<ResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        byte[] body;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (ReceiveTimeout is { } limit) timeout.CancelAfter(limit + TimeSpan.FromSeconds(1));
        try
        {
            body = await Chunking.ReadMessageAsync(_stream, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Broken(new IOException(ErrorMessages.ReadTimeout(Address.ToString(), ReceiveTimeout!.Value)));
        }
        catch (OperationCanceledException)
        {
            IsBroken = true; // a half-read message leaves the stream unusable
            throw;
        }
        catch (Exception error) when (error is IOException or EndOfStreamException or ObjectDisposedException)
        {
            throw Broken(error);
        }
        ResponseMessage message;
        try
        {
            message = ResponseMessage.Parse(body, UtcDateTime);
        }
        catch (ProtocolException)
        {
            IsBroken = true;
            throw;
        }
        Log("S: " + message);
        if (message is not RecordMessage) _pending--;
        LastUsedAt = DateTime.UtcNow;
        return message;
    }

    /// <summary>Reads the summary of one request: its SUCCESS metadata, or recovers from a FAILURE and throws it.</summary>
    public async Task<Dictionary<string, object?>> ExpectSuccessAsync(string expecting, CancellationToken cancellationToken)
    {
        var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
        switch (message)
        {
            case SuccessMessage success: return success.Metadata;
            case FailureMessage failure: throw await RecoverAsync(failure, cancellationToken).ConfigureAwait(false);
            default:
                IsBroken = true;
                throw new ProtocolException(ErrorMessages.UnexpectedMessage(message.ToString()!, expecting));
        }
    }

    /// <summary>
    /// After a FAILURE: drain the IGNORED answers still owed, then RESET so the connection is READY again.
    /// Returns the exception the FAILURE stands for. A failure during authentication leaves the connection DEFUNCT.
    /// </summary>
    public async Task<Neo4jException> RecoverAsync(FailureMessage failure, CancellationToken cancellationToken)
    {
        var error = failure.ToException();
        try
        {
            while (_pending > 0) await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (error is AuthenticationException || error.Code == ErrorCodes.AuthorizationExpired || string.IsNullOrEmpty(ServerAgent))
            {
                // The server closes after an auth failure; an expired authorization needs a freshly authenticated connection.
                IsBroken = true;
                return error;
            }
            await ResetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            IsBroken = true;
        }
        return error;
    }

    /// <summary>RESET and wait for its SUCCESS; anything else makes the connection DEFUNCT.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        Enqueue(ResetMessage.Instance);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (_pending > 0)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (_pending == 0 && message is not SuccessMessage)
            {
                IsBroken = true;
                throw new ProtocolException(ErrorMessages.UnexpectedMessage(message.ToString()!, "SUCCESS after RESET"));
            }
        }
    }

    private Neo4jException Broken(Exception cause)
    {
        IsBroken = true;
        if (CommitInFlight) return new ServiceUnavailableException(ErrorMessages.CommitOutcomeUnknown(Address.ToString()), cause, retriable: false);
        return cause is EndOfStreamException
            ? new ServiceUnavailableException(ErrorMessages.ConnectionLost(Address.ToString()), cause)
            : new ServiceUnavailableException(ErrorMessages.ConnectFailed(Address.ToString(), cause.Message), cause);
    }
}
