using System.Text.Encodings.Web;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>Registers what the transports need: the runner over a schema, GraphQL.NET's serializer, the request reader.</summary>
public static class GraphQLTransportServices
{
    public static IServiceCollection AddGraphQLTransport(this IServiceCollection services, Func<IServiceProvider, ISchema> schema)
    {
        services.AddSingleton(sp => new GraphQLRunner(schema(sp),
            gate: new ExecutionGate(sp.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value.MaxConcurrentExecutions)));
        services.AddSingleton<GraphQLSerializer>(_ => CreateSerializer());
        services.AddSingleton(sp => new GraphQLRequestReader(sp.GetRequiredService<GraphQLSerializer>()));
        return services;
    }

    /// <summary>
    /// GraphQL.NET's System.Text.Json serializer, writing non-ASCII text as it is (the quotes are full of typographic
    /// apostrophes), with errors written by <see cref="TransportErrorInfoProvider"/>.
    /// </summary>
    public static TransportSerializer CreateSerializer() => new(
        options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        new TransportErrorInfoProvider());
}
