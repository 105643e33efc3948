using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>Query timeouts sent to the server, the receive timeout from the server's hint, and re-authentication.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task TransactionConfig_TimeoutAndMetadata_SentInRunAndBegin()
    {
        await using var server = ScriptedBoltServer.FromFile("transaction-config.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN 1 AS x", null, tx => tx.WithTimeout(TimeSpan.FromSeconds(5))
                .WithMetadata(new Dictionary<string, object?> { ["app"] = "influencegraph" }));
            Assert.Equal(1L, (await cursor.SingleAsync())["x"]);
            await session.ExecuteReadAsync(_ => Task.CompletedTask, tx => tx.WithTimeout(TimeSpan.FromMilliseconds(1500)));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ReceiveTimeoutHint_ServerGoesQuiet_ConnectionReportedBroken()
    {
        await using var server = ScriptedBoltServer.FromFile("receive-timeout.script");
        await using var driver = TestDrivers.For(server);
        await using var session = driver.AsyncSession();
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.RunAsync("RETURN 1 AS x"));
        Assert.Contains("connection.recv_timeout_seconds", error.Message);
    }

    [Fact]
    public async Task AuthorizationExpired_InTransactionFunction_RetriedOnNewConnection()
    {
        await using var server = ScriptedBoltServer.FromFile("authorization-expired.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            await session.ExecuteWriteAsync(_ => Task.CompletedTask);
            Assert.Equal(Bookmarks.From("bm:a"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(2);
    }
}
