using System.Globalization;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>graphChanged: every committed write, from the store's change feed.</summary>
public static partial class InfluenceSchema
{
    private static void BindSubscription(SchemaBindings bind)
    {
        bind.Stream("Subscription", "graphChanged", static c => Context(c).Store.Changes.AsObservable());
        bind.Field("GraphChange", "kind", static c => ((GraphChange)c.Source!).Kind);
        bind.Field("GraphChange", "ids", static c => ((GraphChange)c.Source!).Ids);
        bind.Field("GraphChange", "description", static c => ((GraphChange)c.Source!).Description);
        bind.Field("GraphChange", "at", static c => ((GraphChange)c.Source!).At.ToString("O", CultureInfo.InvariantCulture));
    }
}
