using InfluenceGraph.GraphQL;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>
/// The app's GraphQL API at /graphql: the influence schema served over the shared transports (HTTP, Server-Sent Events,
/// graphql-transport-ws), with limits from configuration and each request's store context and write permission.
/// </summary>
public static class GraphQLEndpoints
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddOptions<GraphQLApiOptions>().BindConfiguration(GraphQLApiOptions.Section);
        services.AddSingleton(_ => new GraphQLExecutor(InfluenceSchema.Build()));
        services.AddOptions<GraphQLTransportOptions>().Configure<IOptions<ApiOptions>>((transport, api) =>
        {
            transport.MaxRequestBytes = api.Value.MaxRequestBytes;
            transport.IdePath = "/graphiql";
            transport.CreateExecutionOptions = CreateOptions;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapGraphQLTransport("/graphql");
        return app;
    }

    private static ExecutionOptions CreateOptions(GraphQLOperationContext operation)
    {
        var services = operation.Http.RequestServices;
        var api = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var limits = services.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
        var context = new RequestContext(services.GetRequiredService<InfluenceStore>(), WriteRefusal(operation.Authorization, api));
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoints));
        return new ExecutionOptions
        {
            AllowedOperations = operation.AllowedOperations,
            MaxDepth = api.MaxDepth,
            MaxCost = limits.MaxCost > 0 ? limits.MaxCost : null,
            Timeout = limits.TimeoutMs > 0 ? TimeSpan.FromMilliseconds(limits.TimeoutMs) : null,
            AllowIntrospection = limits.AllowIntrospection,
            MaskUnexpectedErrors = limits.MaskUnexpectedErrors,
            OnUnexpectedError = (error, correlationId) => logger.LogError(error, "GraphQL resolver failed (correlation id {CorrelationId})", correlationId),
            UserContext = context,
        };
    }

    /// <summary>Why a request with this Authorization value may not write, or null when it may.</summary>
    internal static string? WriteRefusal(string? header, ApiOptions api)
    {
        if (string.IsNullOrEmpty(api.Key))
            return "Writes are disabled: this server has no API key configured (set Api:Key, or the environment variable Api__Key).";
        header ??= "";
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            return "Writes need the API key: send 'Authorization: Bearer <key>'.";
        return ApiKeys.Matches(header[bearer.Length..].Trim(), api.Key) ? null : "The API key is not valid.";
    }
}
