using System.Collections.Concurrent;
using InfluenceGraph.Bolt.Internal.IO;

namespace InfluenceGraph.Bolt.Internal.Pool;

/// <summary>
/// Connections to one server: at most MaxConnectionPoolSize in use or idle, a wait of at most
/// ConnectionAcquisitionTimeout for a free one, a RESET liveness check on connections idle longer than
/// LivenessCheckTimeout, and broken or too old connections discarded instead of reused.
/// </summary>
internal sealed class ConnectionPool(ServerAddress address, ConnectionSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(settings.Config.MaxConnectionPoolSize, settings.Config.MaxConnectionPoolSize);
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;

    public ServerAddress Address { get; } = address;
    public int IdleCount => _idle.Count;
    public int InUseCount => settings.Config.MaxConnectionPoolSize - _slots.CurrentCount - _idle.Count;

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(settings.Config.ConnectionAcquisitionTimeout, cancellationToken).ConfigureAwait(false))
            throw new ClientException(ErrorMessages.PoolTimeout(Address.ToString(), settings.Config.ConnectionAcquisitionTimeout));
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (await IsReusableAsync(idle, cancellationToken).ConfigureAwait(false)) return idle;
                await idle.DisposeAsync().ConfigureAwait(false);
            }
            return await BoltConnection.OpenAsync(Address, settings, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (_disposed || connection.IsBroken || DateTime.UtcNow - connection.CreatedAt > settings.Config.MaxConnectionLifetime)
                await connection.DisposeAsync().ConfigureAwait(false);
            else
                _idle.Push(connection);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<bool> IsReusableAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        if (connection.IsBroken || DateTime.UtcNow - connection.CreatedAt > settings.Config.MaxConnectionLifetime) return false;
        var idleFor = DateTime.UtcNow - connection.LastUsedAt;
        if (settings.Config.ConnectionIdleTimeout is { } idleLimit && idleFor > idleLimit) return false;
        if (settings.Config.LivenessCheckTimeout is not { } checkAfter || idleFor <= checkAfter) return true;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.Config.ConnectionTimeout);
            await connection.ResetAsync(timeout.Token).ConfigureAwait(false);
            return !connection.IsBroken;
        }
        catch (Exception error) when (error is Neo4jException or OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }
}
