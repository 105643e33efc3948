using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Protocol;

/// <summary>Version negotiation and authentication against scripted servers (Scripts/handshake-*.script).</summary>
public sealed class HandshakeTests
{
    [Theory]
    [InlineData("handshake-4.4.script", "4.4", "Neo4j/4.4.30")]
    [InlineData("handshake-5.0.script", "5.0", "Neo4j/5.4.0")]
    [InlineData("handshake-5.1.script", "5.1", "Neo4j/5.5.0")]
    [InlineData("handshake-5.4.script", "5.4", "Neo4j/5.26.0")]
    [InlineData("handshake-5.6.script", "5.6", "Neo4j/5.25.0")]
    [InlineData("handshake-5.8.script", "5.8", "Neo4j/2025.10.0")]
    [InlineData("handshake-manifest.script", "5.8", "Neo4j/2025.10.0")]
    public async Task Handshake_ServerVersion_NegotiatesAndAuthenticates(string script, string version, string agent)
    {
        await using var server = ScriptedBoltServer.FromFile(script);
        await using (var driver = TestDrivers.For(server))
        {
            var info = await driver.GetServerInfoAsync();
            Assert.Equal((version, agent, server.Address), (info.ProtocolVersion, info.Agent, info.Address));
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Handshake_NoCommonVersion_ThrowsNamingTheOfferedVersions()
    {
        await using var server = ScriptedBoltServer.FromFile("handshake-no-common-version.script");
        await using var driver = TestDrivers.For(server);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("supports none of the Bolt versions", error.Message);
        Assert.Contains("5.8 to 5.0, 4.4", error.Message);
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Handshake_HttpAnswer_ThrowsNamingThePortMistake()
    {
        await using var server = ScriptedBoltServer.FromFile("handshake-http.script");
        await using var driver = TestDrivers.For(server);
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("HTTP port", error.Message);
        Assert.Contains("7687", error.Message);
        Assert.False(error.IsRetriable);
    }

    [Fact]
    public async Task Logon_WrongPassword_ThrowsAuthenticationException()
    {
        await using var server = ScriptedBoltServer.FromFile("auth-failure.script");
        await using var driver = TestDrivers.For(server, password: "wrong");
        var error = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync());
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Connect_ServerNeverAnswers_TimesOut()
    {
        await using var server = ScriptedBoltServer.FromFile("silent-server.script");
        await using var driver = TestDrivers.For(server, configure: c => c.WithConnectionTimeout(TimeSpan.FromMilliseconds(300)));
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("timed out", error.Message);
    }

    [Fact]
    public async Task Connect_NothingListening_ThrowsServiceUnavailable()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var driver = GraphDatabase.Driver($"bolt://127.0.0.1:{port}", AuthTokens.None);
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
    }

    [Fact]
    public async Task DebugLog_Handshake_WritesClientAndServerLinesWithoutPassword()
    {
        var logger = new ListLogger();
        await using var server = ScriptedBoltServer.FromFile("handshake-5.4.script");
        await using (var driver = TestDrivers.For(server, logger))
            await driver.VerifyConnectivityAsync();
        var lines = logger.Lines.ToList();
        Assert.Contains(lines, l => l.EndsWith("C: <HANDSHAKE> 000001FF000808050000040400000000", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("S: <HANDSHAKE> 00000405", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("C: LOGON {scheme: \"basic\", principal: \"neo4j\", credentials: \"******\"}", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("S: SUCCESS {server: \"Neo4j/5.26.0\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("pass\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Driver_UnknownScheme_ThrowsNamingTheSchemes()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("http://localhost:7474", AuthTokens.None));
        Assert.Contains("bolt+ssc://", error.Message);
    }
}
