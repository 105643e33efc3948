using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>
/// The app's GraphQL API at /graphql: the influence schema on GraphQL.NET, served over the transports of
/// InfluenceGraph.GraphQL.AspNetCore (HTTP, Server-Sent Events, graphql-transport-ws), with budgets from configuration
/// and each request's store context and write permission.
/// </summary>
public static class GraphQLEndpoints
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLApiOptions>().BindConfiguration(GraphQLApiOptions.Section);
        services.AddOptions<ExplorerOptions>().BindConfiguration(ExplorerOptions.Section);
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
            return new AnalysisQueue(limits.ConcurrentAnalyses, limits.MaxQueuedAnalyses, TimeSpan.FromMilliseconds(limits.AnalysisWaitMs));
        });
        services.AddGraphQLTransport(_ => InfluenceSchema.Build());
        services.AddOptions<GraphQLTransportOptions>().Configure<IOptions<ApiOptions>, IOptions<GraphQLApiOptions>>((transport, api, limits) =>
        {
            transport.MaxRequestBytes = api.Value.MaxRequestBytes;
            // A negative value is reported by CheckOptions at start; here it must not throw first.
            transport.MaxConcurrentExecutions = Math.Max(0, limits.Value.ConcurrentExecutions);
            transport.IdePath = "/graphiql";
            transport.CreateSettings = CreateSettings;
            transport.IsOriginAllowed = origin => BrowserProtection.IsAllowedOrigin(origin, configuration["AllowedHosts"]);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        // Check the settings and build the schema now: a bad value, or a schema.graphql that does not match its
        // bindings, stops the start, not the first request.
        CheckOptions(app.ServiceProvider);
        app.ServiceProvider.GetRequiredService<GraphQLRunner>();
        app.MapGraphQLTransport("/graphql");
        return app;
    }

    /// <summary>A Misconfigured failure for a GraphQL or Explorer value of the wrong type or out of range.</summary>
    private static void CheckOptions(IServiceProvider services)
    {
        string? problem;
        try
        {
            problem = services.GetRequiredService<IOptions<GraphQLApiOptions>>().Value.Problem()
                ?? services.GetRequiredService<IOptions<ExplorerOptions>>().Value.Problem();
        }
        catch (InvalidOperationException e)
        {
            // The configuration binder's own error: "Failed to convert configuration value '...' at 'GraphQL:...'".
            throw new AppFailure(FailureKind.Misconfigured, e.Message, inner: e);
        }
        if (problem is not null)
            throw new AppFailure(FailureKind.Misconfigured, problem);
    }

    private static GraphQLExecutionSettings CreateSettings(GraphQLOperationContext operation)
    {
        var services = operation.Http.RequestServices;
        var api = services.GetRequiredService<IOptions<ApiOptions>>().Value;
        var limits = services.GetRequiredService<IOptions<GraphQLApiOptions>>().Value;
        var explorer = services.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoints));
        var store = services.GetRequiredService<InfluenceStore>();
        return new GraphQLExecutionSettings
        {
            AllowedOperations = operation.AllowedOperations,
            MaxDepth = api.MaxDepth,
            MaxCost = limits.MaxCost > 0 ? limits.MaxCost : null,
            ExpectedListSize = ListSizes.For(store.Current, limits.MaxListItems),
            Timeout = limits.TimeoutMs > 0 ? TimeSpan.FromMilliseconds(limits.TimeoutMs) : null,
            AllowIntrospection = limits.AllowIntrospection,
            UserContext = new RequestContext(store, WriteRefusal(operation.Authorization, api), SchemaSettings.From(limits, explorer)),
            TranslateException = GraphQLFailures.Translator(logger, limits.MaskUnexpectedErrors),
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
