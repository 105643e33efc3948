using InfluenceGraph.Bolt.Internal.Messaging;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>Explicit transactions (BEGIN) and transaction functions retried by RetryLogic.</summary>
internal sealed partial class AsyncSession
{
    public Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        BeginAsync(config.DefaultAccessMode, TelemetryApi.ExplicitTransaction, configure, cancellationToken);

    internal async Task<IAsyncTransaction> BeginAsync(AccessMode mode, TelemetryApi api, Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken)
    {
        EnsureOpen();
        if (_transaction is { IsOpen: true }) throw new ClientException(ErrorMessages.TransactionOpen);
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        var lease = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = lease.Connection;
            var telemetry = SendTelemetry(lease, api);
            connection.Enqueue(new BeginMessage(TransactionExtra(mode, TransactionConfigBuilder.Build(configure))));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (telemetry) await connection.ExpectSuccessAsync("TELEMETRY", cancellationToken).ConfigureAwait(false);
            await connection.ExpectSuccessAsync("BEGIN", cancellationToken).ConfigureAwait(false);
            _transaction = new AsyncTransaction(this, lease, FetchSize);
            return _transaction;
        }
        catch (Exception error)
        {
            await lease.ReleaseAsync(error).ConfigureAwait(false);
            throw;
        }
    }

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, TelemetryApi.ManagedTransaction, work, configure, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, TelemetryApi.ManagedTransaction, work, configure, cancellationToken);

    public Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync<bool>(AccessMode.Read, TelemetryApi.ManagedTransaction, async tx => { await work(tx).ConfigureAwait(false); return true; }, configure, cancellationToken);

    public Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync<bool>(AccessMode.Write, TelemetryApi.ManagedTransaction, async tx => { await work(tx).ConfigureAwait(false); return true; }, configure, cancellationToken);

    /// <summary>BEGIN, the work, COMMIT; on a retriable error roll back and run it all again (RetryLogic decides).</summary>
    internal Task<T> ExecuteAsync<T>(AccessMode mode, TelemetryApi api, Func<IAsyncQueryRunner, Task<T>> work,
        Action<TransactionConfigBuilder>? configure, CancellationToken cancellationToken) =>
        NewRetryLogic().RunAsync(async () =>
        {
            var transaction = (AsyncTransaction)await BeginAsync(mode, api, configure, cancellationToken).ConfigureAwait(false);
            try
            {
                var result = await work(transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch
            {
                await transaction.AbandonAsync().ConfigureAwait(false);
                throw;
            }
        }, cancellationToken);
}
