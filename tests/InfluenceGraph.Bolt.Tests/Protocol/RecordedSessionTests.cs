using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Protocol;

/// <summary>
/// The two recorded sessions of the official JS driver (Scripts/js-session-*.script): their server bytes replayed to
/// our client, which must send the same bytes the JS driver sent for LOGON, RUN, PULL, BEGIN, COMMIT and GOODBYE.
/// </summary>
public sealed class RecordedSessionTests
{
    [Theory]
    [InlineData("js-session-bolt5.4.script", "5.4", "Neo4j/5.13.0")]
    [InlineData("js-session-manifest5.7.script", "5.7", "Neo4j/5.24.0")]
    public async Task RecordedSession_SameWork_SendsTheJsDriversBytes(string script, string version, string agent)
    {
        await using var server = ScriptedBoltServer.FromFile(script);
        await using (var driver = TestDrivers.For(server))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("neo4j"));
            var cursor = await session.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 1 });
            var record = await cursor.SingleAsync();
            Assert.Equal(1L, record["x"]);
            var summary = await cursor.ConsumeAsync();
            Assert.Equal((version, agent, "r", "neo4j"), (summary.Server.ProtocolVersion, summary.Server.Agent, summary.QueryType, summary.Database));
            Assert.Equal(Bookmarks.From("bm:1"), session.LastBookmarks);

            var tx = await session.BeginTransactionAsync();
            var created = await (await tx.RunAsync("CREATE (a:Actor {id: $id}) RETURN a", new Dictionary<string, object?> { ["id"] = "a1" })).SingleAsync();
            var node = created.Get<INode>("a");
            Assert.Equal(("4:abc:1", "Actor", "a1"), (node.ElementId, node.Labels[0], node.Get<string>("id")));
            await tx.CommitAsync();
            Assert.Equal(Bookmarks.From("bm:2"), session.LastBookmarks);
        }
        await server.AssertCompletedAsync(1);
    }
}
