using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// What resolvers of one GraphQL request share: the store, one snapshot for the whole request (so every field sees
/// the same graph), and whether the caller may write.
/// </summary>
public sealed class RequestContext(InfluenceStore store, string? writeRefusal)
{
    private Task<GraphSnapshot>? _snapshot;

    public InfluenceStore Store => store;

    public Task<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= LoadAsync(cancellationToken);

    private async Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetSnapshotAsync(cancellationToken);
        }
        catch (StoreException e)
        {
            // Say plainly what is wrong (Neo4j down, say) instead of a masked internal error.
            throw new InfluenceGraph.GraphQL.GraphQLException($"The graph store is unavailable: {e.Message}",
                new Dictionary<string, object?> { ["code"] = "STORE_UNAVAILABLE" });
        }
    }

    /// <summary>Throws a GraphQL error unless the request carried the API key.</summary>
    public void RequireWriteAccess()
    {
        if (writeRefusal is not null)
            throw new InfluenceGraph.GraphQL.GraphQLException(writeRefusal, new Dictionary<string, object?> { ["code"] = "UNAUTHENTICATED" });
    }

    /// <summary>Writes change the graph: later fields of the request read the new one.</summary>
    public void Refresh() => _snapshot = null;
}
