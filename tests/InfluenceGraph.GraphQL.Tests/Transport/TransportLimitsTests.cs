using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InfluenceGraph.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfluenceGraph.GraphQL.Tests.Transport;

/// <summary>The cost budget, the execution timeout and streaming-only subscriptions as a client sees them over GraphQL over HTTP.</summary>
public sealed class TransportLimitsTests : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        var schema = new SchemaBuilder()
            .Object("Row", null, t => t.Field("n", "Int!"))
            .Object("Query", null, t =>
            {
                t.Field("rows", "[Row!]!").Argument("first", "Int").Resolve(c => Enumerable.Range(0, c.GetArgument<int?>("first") ?? 3)
                    .Select(n => new Dictionary<string, object?> { ["n"] = n }).ToList());
                t.Field("slow", "Int").ResolveAsync(async c =>
                {
                    await Task.Delay(Timeout.Infinite, c.CancellationToken);
                    return 1;
                });
            })
            .Object("Subscription", null, t => t.Field("ticks", "Int").Subscribe(_ => Ticks()))
            .SubscriptionType("Subscription")
            .Build();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(new GraphQLExecutor(schema));
        builder.Services.Configure<GraphQLTransportOptions>(o => o.CreateExecutionOptions = operation => new ExecutionOptions
        {
            AllowedOperations = operation.AllowedOperations,
            MaxCost = 20,
            Timeout = TimeSpan.FromMilliseconds(300),
        });
        _app = builder.Build();
        _app.MapGraphQLTransport("/graphql");
        await _app.StartAsync();
        _client.BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Http_OverCostBudget_RequestErrorWithCodeAndSpecStatus(string accept, HttpStatusCode expected)
    {
        var (status, body) = await PostAsync("{ rows(first: 50) { n } }", accept);
        Assert.Equal(expected, status);
        Assert.Null(body["data"]);
        Assert.Equal("Query cost 51 exceeds the maximum cost of 20.", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("COST_LIMIT_EXCEEDED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Http_WithinCostBudget_Executes()
    {
        var (status, body) = await PostAsync("{ rows(first: 2) { n } }", "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"data":{"rows":[{"n":0},{"n":1}]}}""", body.ToJsonString());
    }

    private static async IAsyncEnumerable<object?> Ticks()
    {
        await Task.Yield();
        yield return 1;
    }

    [Theory]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Http_SubscriptionWithoutEventStream_RequestErrorNamingStreamingTransports(string accept, HttpStatusCode expected)
    {
        var (status, body) = await PostAsync("subscription { ticks }", accept);
        Assert.Equal(expected, status);
        Assert.Null(body["data"]);
        Assert.Contains("text/event-stream", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Http_SlowQuery_TimesOutWithDataNullAnd200()
    {
        var (status, body) = await PostAsync("{ slow }", "application/graphql-response+json");
        // Execution started, so the response has data (null): 200 per the GraphQL-over-HTTP status table.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"errors":[{"message":"Execution exceeded 300 ms.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}""", body.ToJsonString());
    }
}
