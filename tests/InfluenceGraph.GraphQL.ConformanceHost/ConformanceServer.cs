using InfluenceGraph.GraphQL.AspNetCore;

namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>
/// The conformance kit's schema (examples/schema.graphql) resolved from its data (examples/data.json), served at
/// /graphql over the same transports as the app: GraphQL over HTTP, Server-Sent Events and graphql-transport-ws.
/// </summary>
public static class ConformanceServer
{
    /// <summary>The kit's examples folder, relative to the repository root.</summary>
    public static readonly string DefaultExamples = Path.Combine("..", "shared", "conformance", "graphql", "examples");

    /// <summary>Every field of every object type reads the static data; the subscription root's fields stream their event arrays.</summary>
    public static Schema BuildSchema(string sdl, StaticResolver resolver)
    {
        // Which type is the subscription root is only known once the SDL is read, so read it once without resolvers.
        var subscriptionType = SchemaBuilder.FromSdl(sdl).Build().SubscriptionType?.Name;
        return SchemaBuilder.FromSdl(sdl, (type, field) =>
        {
            if (type == subscriptionType)
                field.Subscribe(resolver.Subscribe).Resolve(resolver.ResolveEvent);
            else
                field.Resolve(resolver.Resolve);
        }).Build();
    }

    /// <summary>The execution options of one operation: the engine's default limits, the kit's data as the root value.</summary>
    public static ExecutionOptions Options(StaticResolver resolver, IReadOnlySet<OperationKind> allowed) => new()
    {
        AllowedOperations = allowed,
        RootValue = resolver.Root,
    };

    /// <summary>
    /// A web app serving a schema of the kit's examples folder, by default schema.graphql with data.json (the kit also
    /// has query-only.graphql with query-only.json); <paramref name="args"/> are ASP.NET's own (e.g. --urls).
    /// </summary>
    public static WebApplication Create(string examplesDirectory, string[] args, string name = "schema", string dataName = "data")
    {
        var resolver = new StaticResolver(StaticData.Load(Path.Combine(examplesDirectory, dataName + ".json")));
        var schema = BuildSchema(File.ReadAllText(Path.Combine(examplesDirectory, name + ".graphql")), resolver);

        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(new GraphQLExecutor(schema));
        builder.Services.Configure<GraphQLTransportOptions>(transport =>
            transport.CreateExecutionOptions = operation => Options(resolver, operation.AllowedOperations));
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQLTransport("/graphql");
        return app;
    }
}
