using System.Diagnostics;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Hosting;

/// <summary>
/// What /healthz knows of the store without asking it (asking would wait behind a running script's write lock): the
/// last write its disk refused, for want of space or of write access, and whether a script is running now. A write
/// that succeeds clears the refusal. Fed by <see cref="MonitoredCypherRunner"/>, which every store call goes through.
/// </summary>
public sealed class StoreHealth
{
    private volatile AppFailure? _writeFault;
    private int _scriptsRunning;
    private long _scriptStarted;

    /// <summary>The refusal writes meet now (StoreFull or StoreReadOnly); null when the last write went through.</summary>
    public AppFailure? WriteFault => _writeFault;

    /// <summary>How long the running script has run; null when none runs.</summary>
    public TimeSpan? ScriptRunningFor =>
        Volatile.Read(ref _scriptsRunning) > 0 ? Stopwatch.GetElapsedTime(Interlocked.Read(ref _scriptStarted)) : null;

    internal void WriteSucceeded() => _writeFault = null;

    internal void WriteFailed(AppFailure failure)
    {
        if (failure.Kind is FailureKind.StoreFull or FailureKind.StoreReadOnly)
            _writeFault = failure;
    }

    internal void ScriptStarted()
    {
        Interlocked.Exchange(ref _scriptStarted, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _scriptsRunning);
    }

    internal void ScriptEnded() => Interlocked.Decrement(ref _scriptsRunning);
}

/// <summary>The configured store's runner, telling <see cref="StoreHealth"/> how its writes and scripts go.</summary>
internal sealed class MonitoredCypherRunner(ICypherRunner inner, StoreHealth health) : ICypherRunner
{
    public string Description => inner.Description;

    public bool Exclusive => inner.Exclusive;

    public Task<IReadOnlyList<CypherRow>> ReadAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken) =>
        inner.ReadAsync(query, parameters, cancellationToken);

    public async Task<IReadOnlyList<CypherRow>> WriteAsync(string query, IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await inner.WriteAsync(query, parameters, cancellationToken).ConfigureAwait(false);
            health.WriteSucceeded();
            return rows;
        }
        catch (AppFailure e)
        {
            health.WriteFailed(e);
            throw;
        }
    }

    public Task<string> ServerAgentAsync(CancellationToken cancellationToken) => inner.ServerAgentAsync(cancellationToken);

    public async Task<ScriptOutcome> RunScriptAsync(string script, ScriptCheck? check, CancellationToken cancellationToken)
    {
        health.ScriptStarted();
        try
        {
            var outcome = await inner.RunScriptAsync(script, check, cancellationToken).ConfigureAwait(false);
            // A script that changed nothing wrote nothing: it proves nothing about the disk.
            if (outcome.Counters.Count > 0)
                health.WriteSucceeded();
            return outcome;
        }
        catch (AppFailure e)
        {
            health.WriteFailed(e);
            throw;
        }
        finally
        {
            health.ScriptEnded();
        }
    }

    public async Task<T> TryScriptAsync<T>(string script, Func<ICypherReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        health.ScriptStarted();
        try
        {
            return await inner.TryScriptAsync(script, read, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            health.ScriptEnded();
        }
    }

    public void Dispose() => inner.Dispose();
}
