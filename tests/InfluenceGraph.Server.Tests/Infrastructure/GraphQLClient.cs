using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceGraph.Server.Tests.Infrastructure;

/// <summary>Posts GraphQL requests the way a notebook would, and returns the status and the parsed body.</summary>
public static class GraphQLClient
{
    public sealed record Response(HttpStatusCode Status, JsonNode Body, string? ContentType)
    {
        public JsonNode Data => Body["data"] ?? throw new InvalidOperationException("No data in: " + Body.ToJsonString());
        public JsonArray? Errors => Body["errors"] as JsonArray;
        public string FirstError => Errors?[0]?["message"]?.GetValue<string>() ?? "";
    }

    public static async Task<Response> PostAsync(HttpClient client, string query, object? variables = null, string? apiKey = null,
        string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await client.SendAsync(request);
        return await ReadAsync(response);
    }

    public static async Task<Response> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body");
        return new Response(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }

    public static IEnumerable<JsonNode> Items(this JsonNode? node) => node is JsonArray array ? array.Select(n => n!) : [];

    public static string Str(this JsonNode? node, string key) => node?[key]?.GetValue<string>() ?? "";
}
