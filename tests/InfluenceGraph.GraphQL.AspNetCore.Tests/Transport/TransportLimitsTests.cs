using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Resolvers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Transport;

/// <summary>The cost budget, the execution timeout and streaming-only subscriptions as a client sees them over GraphQL over HTTP.</summary>
public sealed class TransportLimitsTests : IAsyncLifetime
{
    private WebApplication? _app;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        var schemaBuilder = new SdlSchemaBuilder();
        schemaBuilder.Types.For("Query").FieldFor("rows").Resolver = new FuncFieldResolver<object>(c =>
            Enumerable.Range(0, c.GetArgument<int?>("first") ?? 3).Select(n => new Row(n)).ToList());
        schemaBuilder.Types.For("Query").FieldFor("slow").Resolver = new FuncFieldResolver<object>(async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return 1;
        });
        schemaBuilder.Types.For("Subscription").FieldFor("ticks").StreamResolver = new SourceStreamResolver<object>(_ => new Ticks());
        var schema = schemaBuilder.Build("""
            type Row { n: Int! }
            type Query { rows(first: Int): [Row!]! slow: Int }
            type Subscription { ticks: Int }
            """);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQLTransport(_ => schema);
        builder.Services.Configure<GraphQLTransportOptions>(o => o.CreateSettings = operation => new GraphQLExecutionSettings
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

    private sealed record Row(int N);

    private sealed class Ticks : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnNext(1);
            observer.OnCompleted();
            return new Nothing();
        }

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
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
