using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>neo4j:// routing: ROUTE, readers for reads, writers for writes, refresh after a failure.</summary>
public sealed class RoutingTests
{
    [Fact]
    public async Task Routing_ReadAndWrite_GoToReaderAndWriter()
    {
        await using var reader = ScriptedBoltServer.FromFile("routing-reader.script");
        await using var writer = ScriptedBoltServer.FromFile("routing-writer.script");
        await using var router = ScriptedBoltServer.FromFile("routing-router.script",
            new Dictionary<string, string> { ["reader"] = reader.Address, ["writer"] = writer.Address });
        await using (var driver = TestDrivers.For(router, scheme: "neo4j"))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("influence"));
            var count = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("MATCH (a:Actor) RETURN count(a) AS n")).SingleAsync()).Get<int>("n"));
            Assert.Equal(40, count);
            await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (a:Actor {id: 'new'})")).ConsumeAsync());
            Assert.Equal(Bookmarks.From("bm:w"), session.LastBookmarks);
        }
        await router.AssertCompletedAsync(1);
        await reader.AssertCompletedAsync(1);
        await writer.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Routing_WriterFails_ForgetsItRefreshesAndRetriesOnNewWriter()
    {
        await using var failing = ScriptedBoltServer.FromFile("routing-failing-writer.script");
        await using var writer2 = ScriptedBoltServer.FromFile("routing-writer2.script");
        await using var router = ScriptedBoltServer.FromFile("routing-refresh-router.script",
            new Dictionary<string, string> { ["writer"] = failing.Address, ["writer2"] = writer2.Address });
        await using (var driver = TestDrivers.For(router, scheme: "neo4j"))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("influence"));
            var attempts = 0;
            await session.ExecuteWriteAsync(_ => Task.FromResult(++attempts));
            Assert.Equal(1, attempts); // the first attempt failed at BEGIN, before the work ran
            Assert.Equal(Bookmarks.From("bm:w2"), session.LastBookmarks);
        }
        await router.AssertCompletedAsync(1);
        await failing.AssertCompletedAsync(1);
        await writer2.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Routing_NoDatabaseConfigured_PinsHomeDatabaseFromRouteInRunAndBegin()
    {
        await using var server = ScriptedBoltServer.FromFile("routing-home-server.script");
        await using var router = ScriptedBoltServer.FromFile("routing-home-router.script",
            new Dictionary<string, string> { ["server"] = server.Address });
        await using (var driver = TestDrivers.For(router, scheme: "neo4j"))
        {
            await using var session = driver.AsyncSession();
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
            var count = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("MATCH (a:Actor) RETURN count(a) AS n")).SingleAsync()).Get<int>("n"));
            Assert.Equal(40, count);
            await using (var tx = await session.BeginTransactionAsync()) await tx.CommitAsync();
            Assert.Equal(Bookmarks.From("bm:h3"), session.LastBookmarks);
        }
        // One ROUTE: the table fetched for the home database also serves the session once it names homedb.
        await router.AssertCompletedAsync(1);
        await server.AssertCompletedAsync(1);
    }
}
