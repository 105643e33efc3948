using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InfluenceGraph.Server.Tests.Stores;

/// <summary>The app on Neo4j when Neo4j is not there: it starts, says what is wrong, and loses nothing.</summary>
public sealed class DeadNeo4jTests
{
    /// <summary>Longest a request may take to say that a dead Neo4j is unavailable (issue 14, item 3).</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);

    /// <summary>The app on a closed port; <paramref name="defaults"/> keeps Store:RetrySeconds and Store:ConnectTimeoutSeconds as shipped.</summary>
    private sealed class DeadNeo4jFactory(int port, bool defaults = false) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Store:Provider", "Neo4j");
            builder.UseSetting("NEO4J_URI", $"bolt://127.0.0.1:{port}");
            builder.UseSetting("NEO4J_PASSWORD", "unused");
            if (!defaults)
            {
                builder.UseSetting("Store:RetrySeconds", "0.5");
                builder.UseSetting("Store:ConnectTimeoutSeconds", "2");
            }
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

    [Fact]
    public async Task ReadOnARefusedConnectionSaysUnavailableWithinTwoSeconds()
    {
        await using var app = new DeadNeo4jFactory(ClosedPort(), defaults: true);
        var client = app.CreateClient();

        var clock = Stopwatch.StartNew();
        var response = await GraphQLClient.PostAsync(client, "{ actors { id } }");
        clock.Stop();

        Assert.Contains("graph store is unavailable", response.FirstError);
        Assert.Equal("STORE_UNAVAILABLE", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(clock.Elapsed < Prompt, $"the read took {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task WriteWithTheApiKeyOnARefusedConnectionSaysUnavailableWithinTwoSeconds()
    {
        await using var app = new DeadNeo4jFactory(ClosedPort(), defaults: true);
        var client = app.CreateClient();

        var clock = Stopwatch.StartNew();
        var response = await GraphQLClient.PostAsync(client,
            "mutation { upsertActor(input: {id: \"dead-probe\", name: \"Dead Probe\", kind: PERSON}) { id } }", apiKey: InfluenceGraphFactory.ApiKey);
        clock.Stop();

        Assert.Contains("graph store is unavailable", response.FirstError);
        Assert.Equal("STORE_UNAVAILABLE", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(clock.Elapsed < Prompt, $"the write took {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task StartingOnARefusedConnectionTakesUnderTwoSeconds()
    {
        await using var app = new DeadNeo4jFactory(ClosedPort(), defaults: true);

        var clock = Stopwatch.StartNew();
        using var response = await app.CreateClient().GetAsync("/healthz");
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < Prompt, $"starting and the health check took {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
