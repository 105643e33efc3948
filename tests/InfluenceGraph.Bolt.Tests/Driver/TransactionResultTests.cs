using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>Several results open in one explicit transaction: each RUN's qid, PULL {n, qid} on demand.</summary>
public sealed class TransactionResultTests
{
    [Fact]
    public async Task TransactionRun_PreviousResultUnread_StaysOpenAndIsPulledByItsQid()
    {
        var logger = new ListLogger();
        await using var server = ScriptedBoltServer.FromFile("transaction-two-results.script");
        await using (var driver = TestDrivers.For(server, logger, c => c.WithFetchSize(2)))
        {
            await using var session = driver.AsyncSession();
            await using var tx = await session.BeginTransactionAsync();
            var first = await tx.RunAsync("UNWIND range(1, 5) AS x RETURN x");
            Assert.True(await first.FetchAsync());
            var xs = new List<long> { first.Current.Get<long>("x") };

            var second = await tx.RunAsync("UNWIND [10, 20, 30] AS y RETURN y");
            Assert.True(first.IsOpen);
            Assert.True(await second.FetchAsync());
            var ys = new List<long> { second.Current.Get<long>("y") };

            // The first result's remaining batches are asked for only now, by its qid, after the second's batch.
            while (await first.FetchAsync()) xs.Add(first.Current.Get<long>("x"));
            while (await second.FetchAsync()) ys.Add(second.Current.Get<long>("y"));
            Assert.Equal([1L, 2, 3, 4, 5], xs);
            Assert.Equal([10L, 20, 30], ys);
            Assert.Equal(2, logger.Lines.Count(l => l.EndsWith("C: PULL {n: 2, qid: 0}", StringComparison.Ordinal)));
            Assert.Single(logger.Lines, l => l.EndsWith("C: PULL {n: 2, qid: 1}", StringComparison.Ordinal));
            await tx.CommitAsync();
            Assert.Equal(Bookmarks.From("bm:t"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task TransactionRun_ServerSendsNoQid_ReadsPreviousResultToItsEndFirst()
    {
        await using var server = ScriptedBoltServer.FromFile("transaction-no-qid.script");
        await using (var driver = TestDrivers.For(server, configure: c => c.WithFetchSize(2)))
        {
            await using var session = driver.AsyncSession();
            await using var tx = await session.BeginTransactionAsync();
            var first = await tx.RunAsync("UNWIND range(1, 3) AS x RETURN x");
            var second = await tx.RunAsync("RETURN 1 AS y");
            Assert.Equal(1L, (await second.SingleAsync())["y"]);
            Assert.Equal([1L, 2, 3], (await first.ToListAsync()).Select(r => r.Get<long>("x")));
            await tx.CommitAsync();
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task TransactionRun_AfterAFailedQuery_ThrowsThatFailureWithoutSendingRun()
    {
        await using var server = ScriptedBoltServer.FromFile("transaction-run-after-failure.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            await using var tx = await session.BeginTransactionAsync();
            var failed = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1 +"));
            var again = await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 2 AS y"));
            Assert.Equal(failed.Code, again.Code);
        }
        await server.AssertCompletedAsync(1);
    }
}
