using GraphQL;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// What resolvers of one GraphQL request share, as GraphQL.NET's user context: the store, one snapshot for the whole
/// request (so every field sees the same graph), what they computed once for all objects of a list, and whether the
/// caller may write.
/// </summary>
public sealed class RequestContext(InfluenceStore store, string? writeRefusal, SchemaSettings? settings = null) : Dictionary<string, object?>
{
    private readonly Dictionary<(string Field, object Node), (GraphSnapshot Snapshot, object Value)> _memo = new(MemoKeyComparer.Instance);
    private Task<GraphSnapshot>? _snapshot;

    public InfluenceStore Store => store;

    public SchemaSettings Settings { get; } = settings ?? SchemaSettings.Default;

    public static RequestContext Of(IResolveFieldContext context) =>
        context.UserContext as RequestContext ?? throw new InvalidOperationException("The GraphQL request has no RequestContext.");

    public Task<GraphSnapshot> SnapshotAsync(CancellationToken cancellationToken) =>
        _snapshot ??= store.GetSnapshotAsync(cancellationToken);

    /// <summary>
    /// What <paramref name="compute"/> gives for one field of the query on <paramref name="snapshot"/>, computed once per
    /// request: GraphQL.NET coerces a field's arguments once per place in the query, so forty actors asking for their
    /// leverage under one filter build that filter and look up its metrics once, not forty times.
    /// </summary>
    public T Memo<TState, T>(IResolveFieldContext context, GraphSnapshot snapshot, TState state, Func<TState, T> compute)
        where T : class
    {
        var key = (context.FieldDefinition.Name, (object)context.FieldAst);
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

    /// <summary>Throws an Unauthenticated failure unless the request carried the API key.</summary>
    public void RequireWriteAccess()
    {
        if (writeRefusal is not null)
            throw new AppFailure(FailureKind.Unauthenticated, writeRefusal);
    }

    /// <summary>Writes change the graph: later fields of the request read the new one.</summary>
    public void Refresh() => _snapshot = null;

    // The field by its name, its place in the query by identity: equal-looking fields elsewhere stay apart.
    private sealed class MemoKeyComparer : IEqualityComparer<(string Field, object Node)>
    {
        public static readonly MemoKeyComparer Instance = new();

        public bool Equals((string Field, object Node) x, (string Field, object Node) y) =>
            ReferenceEquals(x.Node, y.Node) && string.Equals(x.Field, y.Field, StringComparison.Ordinal);

        public int GetHashCode((string Field, object Node) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Node), key.Field.Length);
    }
}

/// <summary>
/// What the resolvers take from configuration: the size limits (GraphQL:MaxPageSize, GraphQL:MaxListItems,
/// GraphQL:MaxBlocActors) and the poles a request that names none gets (Explorer:Poles).
/// </summary>
public sealed record SchemaSettings(int MaxPageSize, int MaxListItems, int MaxBlocActors, string PositivePole, string NegativePole)
{
    public static readonly SchemaSettings Default = From(new Hosting.GraphQLApiOptions(), new Hosting.ExplorerOptions());

    public static SchemaSettings From(Hosting.GraphQLApiOptions options, Hosting.ExplorerOptions explorer)
    {
        var (positive, negative) = explorer.PolePair;
        return new(options.MaxPageSize, options.MaxListItems, options.MaxBlocActors, positive, negative);
    }
}
