namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>The sets of operation types each transport may run.</summary>
public static class GraphQLOperationKinds
{
    public static readonly IReadOnlySet<OperationKind> All = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Mutation, OperationKind.Subscription };
    public static readonly IReadOnlySet<OperationKind> QueryOrMutation = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Mutation };
    public static readonly IReadOnlySet<OperationKind> QueryOnly = new HashSet<OperationKind> { OperationKind.Query };
    public static readonly IReadOnlySet<OperationKind> QueryOrSubscription = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Subscription };
}
