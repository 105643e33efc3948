using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// What resolvers of one GraphQL request share: the store, one snapshot for the whole request (so every field sees
/// the same graph), what they computed once for all objects of a list, and whether the caller may write.
/// </summary>
public sealed class RequestContext(InfluenceStore store, string? writeRefusal)
{
    private readonly Dictionary<(string Field, object Arguments), (GraphSnapshot Snapshot, object Value)> _memo = new(MemoKeyComparer.Instance);
    private Task<GraphSnapshot>? _snapshot;

    public InfluenceStore Store => store;

    public Task<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= LoadAsync(cancellationToken);

    /// <summary>
    /// What <paramref name="compute"/> gives for one field's coerced arguments on <paramref name="snapshot"/>, computed
    /// once per request: the engine hands every object of a list the same arguments object, so forty actors asking
    /// for their leverage under one filter build that filter and look up its metrics once, not forty times.
    /// </summary>
    public T Memo<TState, T>(string field, IReadOnlyDictionary<string, object?> arguments, GraphSnapshot snapshot, TState state, Func<TState, T> compute)
        where T : class
    {
        var key = (field, (object)arguments);
        lock (_memo)
        {
            if (_memo.TryGetValue(key, out var known) && ReferenceEquals(known.Snapshot, snapshot))
                return (T)known.Value;
        }

        var value = compute(state);
        lock (_memo)
            _memo[key] = (snapshot, value);
        return value;
    }

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

    // The field by its name, the arguments by identity: equal-looking arguments of two fields stay apart.
    private sealed class MemoKeyComparer : IEqualityComparer<(string Field, object Arguments)>
    {
        public static readonly MemoKeyComparer Instance = new();

        public bool Equals((string Field, object Arguments) x, (string Field, object Arguments) y) =>
            ReferenceEquals(x.Arguments, y.Arguments) && string.Equals(x.Field, y.Field, StringComparison.Ordinal);

        public int GetHashCode((string Field, object Arguments) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Arguments), key.Field.Length);
    }
}
