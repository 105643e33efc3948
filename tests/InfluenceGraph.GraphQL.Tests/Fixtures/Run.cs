using System.Text.Json;
using InfluenceGraph.GraphQL;

namespace InfluenceGraph.GraphQL.Tests.Fixtures;

/// <summary>Helpers to run a query against the Star Wars schema and read the JSON response.</summary>
public static class Run
{
    private static readonly Lazy<GraphQLExecutor> Executor = new(() => new GraphQLExecutor(StarWars.Build()));

    public static GraphQLExecutor StarWarsExecutor => Executor.Value;

    public static Task<ExecutionResult> Query(string query, object? variables = null, string? operationName = null, ExecutionOptions? options = null)
    {
        IReadOnlyDictionary<string, object?>? map = variables switch
        {
            null => null,
            string json => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value),
            IReadOnlyDictionary<string, object?> d => d,
            _ => throw new ArgumentException("variables"),
        };
        return Executor.Value.ExecuteAsync(new GraphQLRequest(query, map, operationName), options);
    }

    public static async Task<string> Json(string query, object? variables = null, string? operationName = null, ExecutionOptions? options = null) =>
        (await Query(query, variables, operationName, options)).ToJson();
}
