using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>Transaction functions: what is retried and what is not (BOLT-SPEC.md section 7).</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task ExecuteWrite_TransientThenSuccess_RetriesAndCommits()
    {
        await using var server = ScriptedBoltServer.FromFile("retry-transient.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var attempts = 0;
            var result = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                await (await tx.RunAsync("MERGE (a:Actor {id: 'x'})")).ConsumeAsync();
                return "done";
            });
            Assert.Equal(("done", 2), (result, attempts));
            Assert.Equal(Bookmarks.From("bm:9"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ExecuteWrite_TerminatedOrConstraintError_RunsOnce()
    {
        await using var server = ScriptedBoltServer.FromFile("non-retryable.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var attempts = 0;
            var terminated = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("MERGE (a:Actor {id: 'x'})")).ConsumeAsync();
            }));
            Assert.Equal(("Neo.ClientError.Transaction.Terminated", 1), (terminated.Code, attempts));
            var constraint = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("CREATE (a:Actor {id: 'dup'})")).ConsumeAsync();
            }));
            Assert.Equal(("Neo.ClientError.Schema.ConstraintValidationFailed", 2), (constraint.Code, attempts));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ExecuteWrite_ConnectionDroppedAfterCommit_NotRetried()
    {
        await using var server = ScriptedBoltServer.FromFile("drop-mid-commit.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            var attempts = 0;
            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("CREATE (a:Actor {id: 'once'})")).ConsumeAsync();
            }));
            Assert.False(error.IsRetriable);
            Assert.Contains("may or may not have been committed", error.Message);
            Assert.Equal(1, attempts);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ExecuteWrite_ServerKeepsFailing_StopsAfterMaxRetryTime()
    {
        var failing = string.Concat(Enumerable.Repeat("""
            C: BEGIN {}
            S: FAILURE {"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "not yet"}
            C: RESET
            S: SUCCESS {}

            """, 50));
        await using var server = new ScriptedBoltServer(File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.Scripts, "handshake-5.4.script")) + failing);
        var logger = new ListLogger();
        await using var driver = TestDrivers.For(server, logger, c => c.WithMaxTransactionRetryTime(TimeSpan.FromSeconds(1.5)));
        await using var session = driver.AsyncSession();
        var started = DateTime.UtcNow;
        await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(_ => Task.FromResult(1)));
        var begins = logger.Lines.Count(l => l.Contains("C: BEGIN", StringComparison.Ordinal));
        Assert.True(begins is >= 3 and < 50, string.Join("\n", logger.Lines));
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ExecuteRead_TelemetryHinted_SendsTelemetryOncePerConnection()
    {
        await using var server = ScriptedBoltServer.FromFile("telemetry.script");
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession();
            Assert.Equal(1L, await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]));
            await session.ExecuteWriteAsync(_ => Task.CompletedTask);
        }
        await server.AssertCompletedAsync(1);
    }
}
