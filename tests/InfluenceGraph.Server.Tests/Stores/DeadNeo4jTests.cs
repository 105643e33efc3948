using System.Net;
using System.Net.Sockets;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>The app on Neo4j when Neo4j is not there: it starts, says what is wrong, and loses nothing.</summary>
public sealed class DeadNeo4jTests
{
    private sealed class DeadNeo4jFactory(int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Store:Provider", "Neo4j");
            builder.UseSetting("NEO4J_URI", $"bolt://127.0.0.1:{port}");
            builder.UseSetting("NEO4J_PASSWORD", "unused");
            builder.UseSetting("Store:RetrySeconds", "0.5");
            builder.UseSetting("Store:ConnectTimeoutSeconds", "2");
            builder.UseSetting("Api:Key", InfluenceGraphFactory.ApiKey);
        }
    }

    /// <summary>A local port nobody listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task GraphQLAnswersThatTheStoreIsUnavailable()
    {
        await using var app = new DeadNeo4jFactory(ClosedPort());
        var client = app.CreateClient();

        var response = await GraphQLClient.PostAsync(client, "{ actors { id } }");

        Assert.Contains("graph store is unavailable", response.FirstError);
        Assert.Equal("STORE_UNAVAILABLE", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task HealthSaysUnavailableWith503()
    {
        await using var app = new DeadNeo4jFactory(ClosedPort());

        using var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("unavailable", await response.Content.ReadAsStringAsync());
    }
}
