using System.Net;
using System.Net.Http.Headers;
using System.Text;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

public sealed class GraphQLHttpTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task SyntaxErrorIsA400WithItsLocation()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "{ actors { id ");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
        var location = response.Errors![0]!["locations"]![0]!;
        Assert.Equal(1, location["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task UnknownFieldIsAValidationErrorNamingIt()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "{ actors { id leverageScore } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("leverageScore", response.FirstError);
    }

    [Fact]
    public async Task LegacyJsonClientsGet200ForRequestErrors()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "{ nope }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.NotNull(response.Errors);
    }

    [Fact]
    public async Task MalformedJsonBodyIsA400()
    {
        using var content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");
        using var response = await app.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedRequestIsRefusedWith413()
    {
        var query = "{ actors { id } }" + new string(' ', 300 * 1024);
        var response = await GraphQLClient.PostAsync(app.Client, query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
    }

    [Fact]
    public async Task QueriesWorkOverGet()
    {
        using var response = await app.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ actor(id: \"china\") { name } }"));
        var parsed = await GraphQLClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, parsed.Status);
        Assert.Equal("China", parsed.Data["actor"].Str("name"));
    }

    [Fact]
    public async Task MutationOverGetIsMethodNotAllowed()
    {
        var query = "mutation { removeRelation(id: \"x\") }";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task WrongVariableTypeIsRejectedBeforeExecution()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "query ($d: Int) { neighborhood(id: \"india\", depth: $d) { actors { id } } }",
            new { d = "deep" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Null(response.Body["data"]);
    }

    [Fact]
    public async Task HealthReportsTheStoreAndItsActors()
    {
        var body = await app.Client.GetStringAsync("/healthz");

        Assert.Contains("\"status\":\"ok\"", body);
        Assert.Contains("\"actors\":" + SeedOracle.ActorIds.Count, body);
    }

    [Fact]
    public async Task ExplorerAndGraphiqlPagesAreServed()
    {
        var index = await app.Client.GetStringAsync("/");
        var graphiql = await app.Client.GetStringAsync("/graphiql");

        Assert.Contains("cytoscape", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("graphiql", graphiql, StringComparison.OrdinalIgnoreCase);
    }
}
