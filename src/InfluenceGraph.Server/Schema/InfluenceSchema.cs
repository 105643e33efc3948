using GraphQL;
using GraphQL.Types;
using InfluenceGraph.GraphQL.AspNetCore;
using GraphQLParser;
using GraphQLParser.AST;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// The app's GraphQL schema: schema.graphql (DESIGN.md's contract and every field added since, with the descriptions
/// GraphiQL shows) is the one source of truth, and the partials of this class bind resolvers to its fields by name
/// through GraphQL.NET's schema-first builder. Resolvers read the request's snapshot through <see cref="RequestContext"/>.
/// </summary>
public static partial class InfluenceSchema
{
    private const string SdlResource = "InfluenceGraph.Server.Schema.schema.graphql";

    /// <summary>The schema's SDL as written in schema.graphql.</summary>
    public static string Sdl { get; } = ReadSdl();

    public static ISchema Build()
    {
        var builder = new SdlSchemaBuilder();
        var bind = new SchemaBindings(builder);
        BindActor(bind);
        BindRelation(bind);
        BindQuery(bind);
        BindAnalysisQueries(bind);
        BindAnalysisTypes(bind);
        BindPages(bind);
        BindOverview(bind);
        BindFreshness(bind);
        BindMutation(bind);
        BindSubscription(bind);
        bind.CheckAgainst(Sdl);
        var schema = builder.Build(Sdl);
        schema.RegisterType(new DateScalar(ScalarDescription("Date")));
        schema.Initialize();
        return schema;
    }

    private static string ReadSdl()
    {
        using var stream = typeof(InfluenceSchema).Assembly.GetManifestResourceStream(SdlResource)
            ?? throw new InvalidOperationException($"The embedded resource {SdlResource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // GraphQL.NET's schema-first builder reads no scalar definitions, so the scalar takes its description from the SDL here.
    private static string? ScalarDescription(string name) =>
        Parser.Parse(Sdl).Definitions.OfType<GraphQLScalarTypeDefinition>().FirstOrDefault(s => s.Name.StringValue == name)?.Description?.Value.ToString();

    private static RequestContext Context(IResolveFieldContext context) => RequestContext.Of(context);

    /// <summary>An expensive analysis, in its turn in the store's <see cref="AnalysisQueue"/> (or refused as Busy).</summary>
    private static T Analysis<T>(IResolveFieldContext context, Func<T> analysis) => Context(context).Store.Analyses.Run(analysis, context.CancellationToken);

    private static Task<GraphSnapshot> Snapshot(IResolveFieldContext context) => Context(context).SnapshotAsync(context.CancellationToken);

    /// <summary>
    /// <paramref name="read"/> on the request's snapshot: at once when it is loaded (no task and no state machine; every
    /// field after the first finds it loaded), else once it is. Pass a static lambda: nothing is captured per call.
    /// </summary>
    private static ValueTask<object?> WithSnapshot(IResolveFieldContext context, Func<GraphSnapshot, IResolveFieldContext, object?> read)
    {
        var loading = Snapshot(context);
        return loading.IsCompletedSuccessfully ? new ValueTask<object?>(read(loading.Result, context)) : Later(loading, context, read);

        static async ValueTask<object?> Later(Task<GraphSnapshot> loading, IResolveFieldContext context, Func<GraphSnapshot, IResolveFieldContext, object?> read) =>
            read(await loading.ConfigureAwait(false), context);
    }

    /// <summary>The actors of these ids that the snapshot knows, in order.</summary>
    private static Actor[] KnownActors(GraphSnapshot snapshot, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
            return [];
        // Every relation's claimants: one array when all are known (the usual case), no list in between.
        var actors = new Actor[ids.Count];
        var known = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (snapshot.ActorsById.TryGetValue(ids[i], out var actor))
                actors[known++] = actor;
        }
        return known == actors.Length ? actors : actors[..known];
    }

    private static Actor ActorOrThrow(GraphSnapshot snapshot, string id) =>
        snapshot.ActorsById.GetValueOrDefault(id) ?? throw new AppFailure(FailureKind.DataError, $"Relation endpoint '{id}' is not a known actor.");

    private static GraphView Graph(GraphSnapshot snapshot, RelationFilter filter) => new(snapshot.Actors, snapshot.RelationsMatching(filter));
}
