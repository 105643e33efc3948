using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// The app's GraphQL schema (DESIGN.md's contract, extended with filter arguments on the metrics), bound to the
/// store through <see cref="RequestContext"/>. Descriptions here are what GraphiQL's docs show.
/// </summary>
public static partial class InfluenceSchema
{
    private const string FilterArgs = "Only relations active on 'asOf', of the given 'types' and 'status' count.";

    public static GraphQL.Schema Build()
    {
        var builder = new SchemaBuilder()
            .Scalar("Date", "An ISO 8601 calendar date, e.g. \"2025-05-07\".", Arguments.SerializeDate, Arguments.ParseDate)
            .Enum("ActorKind", "What kind of actor this is.", e => e
                .Value(ActorKinds.State, "A sovereign state.")
                .Value(ActorKinds.Person, "A leader, official or other individual.")
                .Value(ActorKinds.Organization, "A government body, party, army, agency or other organisation.")
                .Value(ActorKinds.ArmedGroup, "A militant or insurgent group.")
                .Value(ActorKinds.Alliance, "An alliance or grouping of states."))
            .Enum("ClaimStatus", "How well attested a relation is.", e => e
                .Value(ClaimStatuses.Confirmed, "Reported as fact by the source.")
                .Value(ClaimStatuses.Claimed, "Asserted by a party, not confirmed.")
                .Value(ClaimStatuses.Disputed, "Asserted by one side, denied by another.")
                .Value(ClaimStatuses.Denied, "Denied."));
        AddActor(builder);
        AddRelation(builder);
        AddSmallTypes(builder);
        AddQuery(builder);
        AddMutation(builder);
        AddAnalysis(builder);
        AddSubscription(builder);
        return builder.QueryType("Query").MutationType("Mutation").SubscriptionType("Subscription").Build();
    }

    private static RequestContext Context(ResolveContext context) =>
        context.UserContext as RequestContext ?? throw new InvalidOperationException("The GraphQL request has no RequestContext.");

    private static Task<GraphSnapshot> Snapshot(ResolveContext context) => Context(context).SnapshotAsync(context.CancellationToken);

    /// <summary>
    /// <paramref name="read"/> on the request's snapshot: at once when it is loaded (no task and no state machine; every
    /// field after the first finds it loaded), else once it is. Pass a static lambda: nothing is captured per call.
    /// </summary>
    private static ValueTask<object?> WithSnapshot(ResolveContext ctx, Func<GraphSnapshot, ResolveContext, object?> read)
    {
        var loading = Snapshot(ctx);
        return loading.IsCompletedSuccessfully ? new ValueTask<object?>(read(loading.Result, ctx)) : Later(loading, ctx, read);

        static async ValueTask<object?> Later(Task<GraphSnapshot> loading, ResolveContext ctx, Func<GraphSnapshot, ResolveContext, object?> read) =>
            read(await loading, ctx);
    }

    /// <summary>The actors of these ids that the snapshot knows, in order.</summary>
    private static Actor[] KnownActors(GraphSnapshot snapshot, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
            return [];
        var actors = new List<Actor>(ids.Count);
        foreach (var id in ids)
        {
            if (snapshot.ActorsById.TryGetValue(id, out var actor))
                actors.Add(actor);
        }
        return [.. actors];
    }

    private static void AddActor(SchemaBuilder builder) => builder.Object("Actor", "A state, person, organisation, armed group or alliance.", t =>
    {
        t.Field("id", "ID!", "Stable lowercase slug, e.g. \"asim-munir\".");
        t.Field("name", "String!");
        t.Field("kind", "ActorKind!");
        t.Field("aliases", "[String!]!", "Other names the sources use.");
        t.Field("country", "String", "Id of the state the actor belongs to, if any.");
        t.Field("description", "String");
        t.Field("relations", "[Relation!]!", "Relations from or to this actor.")
            .Argument("types", "[String!]").Argument("asOf", "Date")
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) =>
            {
                var own = snapshot.RelationsOf(ctx.SourceAs<Actor>().Id);
                var filter = Arguments.Filter(ctx);
                return filter == RelationFilter.None ? own : filter.Apply(own).ToArray();
            }));
        AddActorAnalysis(t);
    });

    private static void AddRelation(SchemaBuilder builder) => builder.Object("Relation",
        "One sourced claim: 'from' stands in relation 'type' to 'to', in the words of one source.", t =>
    {
        t.Field("id", "ID!");
        t.Field("type", "String!", "A relation type of the catalog (see relationTypes).");
        t.Field("from", "Actor!").ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) => ActorOrThrow(snapshot, ctx.SourceAs<Relation>().From)));
        t.Field("to", "Actor!").ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) => ActorOrThrow(snapshot, ctx.SourceAs<Relation>().To)));
        t.Field("weight", "Float!", "How strong or central the relation is, in (0, 1].");
        t.Field("status", "ClaimStatus!");
        t.Field("claimedBy", "[Actor!]!", "The actors who assert it.")
            .ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) => KnownActors(snapshot, ctx.SourceAs<Relation>().ClaimedBy)));
        t.Field("since", "Date");
        t.Field("until", "Date");
        t.Field("evidence", "[Evidence!]!", "The source's own words.")
            .Resolve(ctx => new[] { new EvidenceView(ctx.SourceAs<Relation>().Quote, ctx.SourceAs<Relation>().Source) });
    });

    private static void AddSmallTypes(SchemaBuilder builder)
    {
        builder.Object("Evidence", "The words of a source that state a relation.", t =>
        {
            t.Field("quote", "String!", "Verbatim from the source.");
            t.Field("source", "Source!").ResolveAsync(ctx => WithSnapshot(ctx, static (snapshot, ctx) =>
            {
                var id = ctx.SourceAs<EvidenceView>().SourceId;
                return snapshot.SourcesById.GetValueOrDefault(id) ?? new Source(id, id, "", null, null);
            }));
        });
        builder.Object("Source", "An article that relations quote.", t =>
        {
            t.Field("id", "ID!");
            t.Field("title", "String!");
            t.Field("publisher", "String!");
            t.Field("published", "Date");
            t.Field("url", "String");
        });
        builder.Object("Graph", "Actors and relations.", t =>
        {
            t.Field("actors", "[Actor!]!");
            t.Field("relations", "[Relation!]!");
        });
        builder.Object("Path", "A route between two actors, relation by relation (direction ignored).", t =>
        {
            t.Field("actors", "[Actor!]!");
            t.Field("relations", "[Relation!]!");
        });
        builder.Object("RelationType", "An entry of the relation catalog.", t =>
        {
            t.Field("name", "String!");
            t.Field("description", "String!");
            t.Field("sign", "Int!", "+1 cooperative, -1 hostile, 0 neutral.");
            t.Field("leverage", "Float!", "How much the relation gives its source leverage over its target, in [0, 1].");
            t.Field("cameo", "[String!]!", "Matching CAMEO event codes.");
        });
    }

    private static Actor ActorOrThrow(GraphSnapshot snapshot, string id) =>
        snapshot.ActorsById.GetValueOrDefault(id) ?? throw new GraphQLException($"Relation endpoint '{id}' is not a known actor.");

    private static GraphView Graph(GraphSnapshot snapshot, RelationFilter filter) => new(snapshot.Actors, snapshot.RelationsMatching(filter));
}
