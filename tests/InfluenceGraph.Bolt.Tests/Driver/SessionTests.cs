using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>Sessions, transactions and results against scripted servers.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task AutoCommit_ReadWithDatabaseAndBookmarks_SendsExtraAndStoresNewBookmark()
    {
        await using var server = ScriptedBoltServer.FromFile("autocommit.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("influence").WithDefaultAccessMode(AccessMode.Read)
                .WithBookmarks(Bookmarks.From("bm:0")));
            var cursor = await session.RunAsync("MATCH (a:Actor) RETURN a.id AS id, a.born AS born",
                new Dictionary<string, object?> { ["kind"] = "PERSON" });
            Assert.Equal(["id", "born"], await cursor.KeysAsync());
            var records = await cursor.ToListAsync();
            Assert.Equal(["putin", "xi"], records.Select(r => r.Get<string>("id")));
            Assert.Equal(LocalDate.FromEpochDay(-6285), records[0]["born"]);
            Assert.Equal(new DateOnly(1952, 10, 17), records[0].Get<DateOnly>("born"));
            Assert.Null(records[1].Get<DateOnly?>("born"));
            Assert.Equal(Bookmarks.From("bm:1"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ExplicitTransaction_CommitThenRollback_ChainsBookmarkAndReadsStats()
    {
        await using var server = ScriptedBoltServer.FromFile("explicit-transaction.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("influence"));
            await using (var tx = await session.BeginTransactionAsync())
            {
                var cursor = await tx.RunAsync("CREATE (a:Actor {id: $id}) RETURN a", new Dictionary<string, object?> { ["id"] = "a1" });
                Assert.Equal("a1", (await cursor.SingleAsync()).Get<INode>("a").Get<string>("id"));
                var summary = await cursor.ConsumeAsync();
                Assert.Equal((1, 1, 1, true), (summary.Counters.NodesCreated, summary.Counters.LabelsAdded, summary.Counters.PropertiesSet, summary.Counters.ContainsUpdates));
                await tx.CommitAsync();
            }
            Assert.Equal(Bookmarks.From("bm:2"), session.LastBookmarks);
            var second = await session.BeginTransactionAsync();
            await second.RunAsync("MATCH (a) DETACH DELETE a");
            await second.RollbackAsync();
            Assert.Equal(Bookmarks.From("bm:2"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Streaming_FiveRecordsFetchSizeTwo_PullsInBatchesThenDiscards()
    {
        var logger = new ListLogger();
        await using var server = ScriptedBoltServer.FromFile("streaming.script");
        await using (var driver = TestDrivers.For(server, logger, c => c.WithFetchSize(2)))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND range(1, 5) AS x RETURN x");
            Assert.True(await cursor.FetchAsync());
            // Only the first batch has been asked for while the first record is read.
            Assert.Single(logger.Lines, l => l.Contains("C: PULL", StringComparison.Ordinal));
            var rest = new List<long> { cursor.Current.Get<long>("x") };
            while (await cursor.FetchAsync()) rest.Add(cursor.Current.Get<long>("x"));
            Assert.Equal([1L, 2, 3, 4, 5], rest);

            var second = await session.RunAsync("UNWIND range(1, 5) AS x RETURN x");
            Assert.True(await second.FetchAsync());
            await second.ConsumeAsync();
            await Assert.ThrowsAsync<ResultConsumedException>(() => second.FetchAsync());
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Failure_SyntaxError_ResetsAndConnectionServesNextQuery()
    {
        await using var server = ScriptedBoltServer.FromFile("failure-reset.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            var record = await (await session.RunAsync("RETURN 1 AS x")).SingleAsync();
            Assert.Equal(1, record.Get<int>("x"));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Failure_Bolt57_ReadsNeo4jCodeAndGqlStatus()
    {
        await using var server = ScriptedBoltServer.FromFile("failure-5.7.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN 1 +"));
            Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "42001"), (error.Code, error.GqlStatus));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ConnectionDropped_MidResult_ThrowsServiceUnavailableAndNextSessionReconnects()
    {
        await using var server = ScriptedBoltServer.FromFile("drop-mid-result.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using (var session = driver.AsyncSession())
            {
                var cursor = await session.RunAsync("UNWIND range(1, 3) AS x RETURN x");
                Assert.True(await cursor.FetchAsync());
                await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.FetchAsync());
            }
            await using var next = driver.AsyncSession();
            Assert.Equal(1L, (await (await next.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
        }
        await server.AssertCompletedAsync(2);
    }

    [Fact]
    public async Task LargeParameter_SpansSeveralChunks_ServerReassemblesIt()
    {
        await using var server = ScriptedBoltServer.FromFile("large-message.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var record = await (await session.RunAsync("RETURN size($s) AS n", new Dictionary<string, object?> { ["s"] = new string('x', 200_000) })).SingleAsync();
            Assert.Equal(200_000, record.Get<int>("n"));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Bolt44WithoutUtcPatch_DateTime_UsesLegacyEncodingBothWays()
    {
        await using var server = ScriptedBoltServer.FromFile("handshake-4.4-legacy.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var value = new ZonedDateTime(4500, 42, 3600);
            var record = await (await session.RunAsync("RETURN $t AS t", new Dictionary<string, object?> { ["t"] = value })).SingleAsync();
            Assert.Equal(value, record["t"]);
        }
        await server.AssertCompletedAsync(1);
    }
}
