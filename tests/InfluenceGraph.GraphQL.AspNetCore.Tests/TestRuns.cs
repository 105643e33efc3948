using GraphQL;
using GraphQL.Transport;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>Runs requests through a <see cref="GraphQLRunner"/> in process and writes results as the transports do.</summary>
internal static class TestRuns
{
    public static readonly global::GraphQL.SystemTextJson.GraphQLSerializer Serializer = GraphQLTransportServices.CreateSerializer();

    public static GraphQLRequest Request(string query, string? variablesJson = null) => new()
    {
        Query = query,
        Variables = variablesJson is null ? null : Serializer.Deserialize<Inputs>(variablesJson),
    };

    public static async Task<string> JsonAsync(GraphQLRunner runner, string query, GraphQLExecutionSettings settings, string? variablesJson = null) =>
        Serializer.Serialize((await runner.ExecuteAsync(Request(query, variablesJson), settings, CancellationToken.None)).Result);

    public static async Task<GraphQLOutcome> OutcomeAsync(GraphQLRunner runner, string query, GraphQLExecutionSettings settings, string? variablesJson = null) =>
        await runner.ExecuteAsync(Request(query, variablesJson), settings, CancellationToken.None);
}
