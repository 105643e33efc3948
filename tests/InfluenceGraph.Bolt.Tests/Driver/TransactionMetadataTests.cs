using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>tx_metadata in BEGIN (ExecutableQuery's managed transaction) and RUN (auto-commit), byte for byte.</summary>
public sealed class TransactionMetadataTests
{
    // Insertion order is the order the keys go on the wire, and the order the oracle packed them in.
    private static Dictionary<string, object?> Metadata() => new()
    {
        ["app"] = "influencegraph",
        ["request"] = new Dictionary<string, object?> { ["id"] = "r-42", ["attempt"] = 1 },
        ["tags"] = new List<string> { "graphql", "read" },
    };

    [Fact]
    public async Task ExecutableQuery_TransactionConfigMetadata_SentInBeginExtraByteExact()
    {
        await using var server = ScriptedBoltServer.FromFile("transaction-metadata.script");
        await using (var driver = TestDrivers.For(server))
        {
            var config = new QueryConfig(RoutingControl.Readers, "influence",
                transactionConfig: new TransactionConfig { Timeout = TimeSpan.FromSeconds(2), Metadata = Metadata() });
            var result = await driver.ExecutableQuery("RETURN 1 AS x").WithConfig(config).ExecuteAsync();
            Assert.Equal(1L, Assert.Single(result.Result)["x"]);

            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN 1 AS x", null, tx => tx.WithMetadata(Metadata()));
            Assert.Equal(1L, (await cursor.SingleAsync())["x"]);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public void QueryConfig_TransactionConfigTimeout_OverridesTheOlderTimeout()
    {
        var config = new QueryConfig(timeout: TimeSpan.FromSeconds(5), transactionConfig: new TransactionConfig { Timeout = TimeSpan.FromSeconds(2) });
        Assert.Equal(TimeSpan.FromSeconds(2), config.EffectiveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), new QueryConfig(timeout: TimeSpan.FromSeconds(5)).EffectiveTimeout);
    }
}
