using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Internal.Pool;

namespace InfluenceGraph.Bolt.Internal;

/// <summary>What sessions share: settings and the connection provider (direct or routing).</summary>
internal sealed class DriverContext(Config config, ConnectionSettings settings, IConnectionProvider provider)
{
    public Config Config { get; } = config;
    public ConnectionSettings Settings { get; } = settings;
    public IConnectionProvider Provider { get; } = provider;

    /// <summary>The bookmarks ExecutableQuery chains between calls (a driver-level bookmark manager).</summary>
    public Bookmarks QueryBookmarks { get; set; } = Bookmarks.Empty;
}
