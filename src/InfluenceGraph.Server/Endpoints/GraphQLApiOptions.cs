namespace InfluenceGraph.Server.Endpoints;

/// <summary>The GraphQL engine's budgets (section "GraphQL"); the defaults sit well above what the explorer and the notebook ask.</summary>
public sealed class GraphQLLimitOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest static cost a query may have (each field 1, list fields times their expected size); 0: no budget.</summary>
    public long MaxCost { get; set; } = 50_000;

    /// <summary>Longest a query or mutation may run, in milliseconds (subscriptions: each event); 0: no limit.</summary>
    public int TimeoutMs { get; set; } = 30_000;
}
