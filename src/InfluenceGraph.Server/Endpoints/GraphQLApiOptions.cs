namespace InfluenceGraph.Server.Endpoints;

/// <summary>The GraphQL engine's budgets and switches (section "GraphQL"); the defaults sit well above what the explorer and the notebook ask.</summary>
public sealed class GraphQLApiOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Largest static cost a query may have (each field 1, what a list field selects times its expected size, 10 by
    /// default); 0: no budget. The explorer's largest query (pairwise leverage paths) costs about 7,600.
    /// </summary>
    public long MaxCost { get; set; } = 50_000;

    /// <summary>Longest a query or mutation may run, in milliseconds (subscriptions: each event); 0: no limit.</summary>
    public int TimeoutMs { get; set; } = 30_000;

    /// <summary>Whether __schema and __type may be queried (GraphiQL and the explorer's capability probe need them).</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Whether a resolver's unexpected exception reaches clients only as "Unexpected error." (it is logged in full).</summary>
    public bool MaskUnexpectedErrors { get; set; } = true;
}
