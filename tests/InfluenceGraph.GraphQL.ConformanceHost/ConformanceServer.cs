using GraphQL;
using GraphQL.Types;
using InfluenceGraph.GraphQL.AspNetCore;

namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>
/// The conformance kit's schema (examples/schema.graphql) resolved from its data (examples/data.json) on GraphQL.NET,
/// served at /graphql over the same transports as the app: GraphQL over HTTP, Server-Sent Events and graphql-transport-ws.
/// </summary>
public static class ConformanceServer
{
    /// <summary>The kit's examples folder, relative to the repository root.</summary>
    public static readonly string DefaultExamples = Path.Combine("..", "shared", "conformance", "graphql", "examples");

    /// <summary>Every field of every object type reads the static data; the subscription root's fields stream their event arrays.</summary>
    public static ISchema BuildSchema(string sdl, StaticResolver resolver)
    {
        var schema = new StaticSchemaBuilder(resolver).Build(sdl);
        schema.Initialize();
        return schema;
    }

    /// <summary>The settings of one operation: the budgets' defaults, the kit's data as the root value.</summary>
    public static GraphQLExecutionSettings Settings(StaticResolver resolver, OperationKinds allowed, ILogger? logger = null) => new()
    {
        AllowedOperations = allowed,
        Root = resolver.Root,
        // The kit's data raises its errors as ExecutionErrors; anything else is a fault of this host, worth a log line.
        TranslateException = context =>
        {
            logger?.LogWarning(context.OriginalException, "Resolver failed");
            return Task.CompletedTask;
        },
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
        builder.Services.AddGraphQLTransport(_ => schema);
        builder.Services.AddOptions<GraphQLTransportOptions>().Configure<ILoggerFactory>((transport, logs) =>
        {
            var logger = logs.CreateLogger(typeof(ConformanceServer));
            transport.CreateSettings = operation => Settings(resolver, operation.AllowedOperations, logger);
        });
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQLTransport("/graphql");
        return app;
    }
}
