using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>The operation types a transport may run: GET may only query, a plain JSON POST may not subscribe.</summary>
[Flags]
public enum OperationKinds
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    QueryOrMutation = Query | Mutation,
    QueryOrSubscription = Query | Subscription,
    All = Query | Mutation | Subscription,
}

internal static class OperationKindsExtensions
{
    public static OperationKinds Of(OperationType type) => type switch
    {
        OperationType.Query => OperationKinds.Query,
        OperationType.Mutation => OperationKinds.Mutation,
        OperationType.Subscription => OperationKinds.Subscription,
        _ => OperationKinds.None,
    };

    public static bool Allows(this OperationKinds allowed, OperationType type) => (allowed & Of(type)) != 0;
}
