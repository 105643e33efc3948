using InfluenceGraph.Bolt.Tests.FakeServer;

namespace InfluenceGraph.Bolt.Tests.Infrastructure;

/// <summary>Drivers pointed at a scripted server, with fast retries and the traffic logged.</summary>
internal static class TestDrivers
{
    public static IDriver For(ScriptedBoltServer server, ListLogger? logger = null, Action<ConfigBuilder>? configure = null,
        string scheme = "bolt", string password = "pass") =>
        GraphDatabase.Driver($"{scheme}://127.0.0.1:{server.Port}", AuthTokens.Basic("neo4j", password), builder =>
        {
            builder.WithLogger(logger ?? new ListLogger())
                .WithConnectionTimeout(TimeSpan.FromSeconds(5))
                .WithRetryBackoff(TimeSpan.FromMilliseconds(10), 2.0, 0.2);
            configure?.Invoke(builder);
        });
}
