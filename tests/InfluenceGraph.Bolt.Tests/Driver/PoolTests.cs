using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InfluenceGraph.Bolt.Tests.FakeServer;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>The connection pool, liveness checks, TLS schemes and ExecutableQuery.</summary>
public sealed class PoolTests
{
    [Fact]
    public async Task Pool_AllConnectionsBusy_AcquisitionTimesOut()
    {
        await using var server = ScriptedBoltServer.FromFile("pool-exhausted.script");
        await using (var driver = TestDrivers.For(server, configure: c => c.WithMaxConnectionPoolSize(1)
            .WithConnectionAcquisitionTimeout(TimeSpan.FromMilliseconds(200))))
        {
            await using var first = driver.AsyncSession();
            var tx = await first.BeginTransactionAsync();
            await using var second = driver.AsyncSession();
            var error = await Assert.ThrowsAsync<ClientException>(() => second.BeginTransactionAsync());
            Assert.Contains("maximum pool size", error.Message);
            await tx.RollbackAsync();
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Pool_IdleConnectionReused_CheckedWithResetFirst()
    {
        await using var server = ScriptedBoltServer.FromFile("liveness.script");
        await using (var driver = TestDrivers.For(server, configure: c => c.WithLivenessCheckTimeout(TimeSpan.Zero)))
        {
            await using (var session = driver.AsyncSession())
                Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS x")).SingleAsync())["x"]);
            await Task.Delay(20);
            await using (var session = driver.AsyncSession())
                Assert.Equal(2L, (await (await session.RunAsync("RETURN 2 AS x")).SingleAsync())["x"]);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task ExecutableQuery_ReadersWithDatabase_RunsManagedReadTransaction()
    {
        await using var server = ScriptedBoltServer.FromFile("executable-query.script");
        await using (var driver = TestDrivers.For(server))
        {
            var result = await driver.ExecutableQuery("MATCH (a:Actor {id: $id}) RETURN a.name AS name")
                .WithParameters(new { id = "putin" })
                .WithConfig(new QueryConfig(RoutingControl.Readers, "influence"))
                .ExecuteAsync();
            Assert.Equal(["name"], result.Keys);
            Assert.Equal("Vladimir Putin", Assert.Single(result.Result).Get<string>("name"));
            Assert.Equal("influence", result.Summary.Database);
        }
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Tls_SelfSignedWithSsc_ConnectsAndAuthenticates()
    {
        using var certificate = SelfSigned();
        await using var server = ScriptedBoltServer.FromFile("handshake-5.4.script", certificate: certificate);
        await using (var driver = TestDrivers.For(server, scheme: "bolt+ssc"))
            Assert.Equal("Neo4j/5.26.0", (await driver.GetServerInfoAsync()).Agent);
        await server.AssertCompletedAsync(1);
    }

    [Fact]
    public async Task Tls_SelfSignedWithSystemTrust_RefusesCertificate()
    {
        using var certificate = SelfSigned();
        await using var server = ScriptedBoltServer.FromFile("handshake-5.4.script", certificate: certificate);
        await using var driver = TestDrivers.For(server, scheme: "bolt+s");
        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }
}
