using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

public static partial class InfluenceSchema
{
    private static void AddSubscription(SchemaBuilder builder)
    {
        builder.Enum("ChangeKind", "What kind of write changed the graph.", e => e
            .Value(GraphChange.ActorUpserted, "An actor was created or updated.")
            .Value(GraphChange.RelationAdded, "A relation was added.")
            .Value(GraphChange.RelationRemoved, "A relation was removed.")
            .Value(GraphChange.ScriptApplied, "A Cypher script was applied (anything may have changed)."));
        builder.Object("GraphChange", "A committed change to the graph.", t =>
        {
            t.Field("kind", "ChangeKind!");
            t.Field("ids", "[ID!]!", "The actors and relations it touched, where known.");
            t.Field("description", "String!", "What happened, in words.");
            t.Field("at", "String!", "When it was committed (ISO 8601, UTC).")
                .Resolve(ctx => ctx.SourceAs<GraphChange>().At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        });
        builder.Object("Subscription", "Live updates (graphql-transport-ws over WebSocket, or Server-Sent Events) at /graphql.", t =>
        {
            t.Field("graphChanged", "GraphChange!", "Every committed change to the graph: mutations and Cypher scripts.")
                .Subscribe(ctx => Context(ctx).Store.Changes.Subscribe(ctx.CancellationToken))
                .Resolve(ctx => ctx.Source);
        });
    }
}
