namespace InfluenceGraph.Bolt.Internal;

/// <summary>The driver: sessions over a shared connection provider.</summary>
internal sealed class Driver(DriverContext context) : IDriver
{
    private bool _disposed;

    public Config Config => context.Config;
    internal DriverContext Context => context;

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder>? configure = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var builder = new SessionConfigBuilder();
        configure?.Invoke(builder);
        return new AsyncSession(context, builder);
    }

    /// <summary>Opens (or reuses) a connection, which proves the handshake and authentication work.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lease = await context.Provider.AcquireAsync(AccessMode.Read, null, Bookmarks.Empty, cancellationToken).ConfigureAwait(false);
        var info = ServerInfo.Of(lease.Connection);
        await lease.ReleaseAsync().ConfigureAwait(false);
        return info;
    }

    public ExecutableQuery ExecutableQuery(string cypher) => new(context, cypher);

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        await context.Provider.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
