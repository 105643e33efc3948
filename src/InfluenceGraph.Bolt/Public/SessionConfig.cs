namespace InfluenceGraph.Bolt;

/// <summary>Read or write: chooses readers or writers in a cluster and the `mode` sent to the server.</summary>
public enum AccessMode
{
    Read,
    Write,
}

/// <summary>Bookmarks: the causal-consistency tokens a COMMIT (or auto-commit PULL) returns.</summary>
public sealed record Bookmarks(IReadOnlyList<string> Values)
{
    public static readonly Bookmarks Empty = new([]);
    public static Bookmarks From(params string[] values) => new(values);
    public static Bookmarks Merge(IEnumerable<Bookmarks> all) => new(all.SelectMany(b => b.Values).Distinct().ToList());
    public bool Equals(Bookmarks? other) => other is not null && Values.SequenceEqual(other.Values);
    public override int GetHashCode() => Values.Count;
}

/// <summary>Session settings: database, default access mode, starting bookmarks, fetch size.</summary>
public sealed class SessionConfigBuilder
{
    internal string? Database { get; private set; }
    internal AccessMode DefaultAccessMode { get; private set; } = AccessMode.Write;
    internal Bookmarks Bookmarks { get; private set; } = Bookmarks.Empty;
    internal long? FetchSize { get; private set; }

    public SessionConfigBuilder WithDatabase(string database) { Database = database; return this; }
    public SessionConfigBuilder WithDefaultAccessMode(AccessMode mode) { DefaultAccessMode = mode; return this; }
    public SessionConfigBuilder WithBookmarks(params Bookmarks[] bookmarks) { Bookmarks = Bookmarks.Merge(bookmarks); return this; }
    public SessionConfigBuilder WithFetchSize(long size) { FetchSize = size; return this; }
}

/// <summary>
/// Transaction settings as a value, as Neo4j.Driver's TransactionConfig: the server-side timeout (tx_timeout) and
/// metadata (tx_metadata, shown in SHOW TRANSACTIONS and the query log). QueryConfig carries one.
/// </summary>
public sealed record TransactionConfig
{
    public TimeSpan? Timeout { get; init; }
    public IDictionary<string, object?>? Metadata { get; init; }
}

/// <summary>Transaction settings: the server-side timeout (tx_timeout) and metadata (tx_metadata).</summary>
public sealed class TransactionConfigBuilder
{
    internal TimeSpan? Timeout { get; private set; }
    internal IReadOnlyDictionary<string, object?>? Metadata { get; private set; }

    public TransactionConfigBuilder WithTimeout(TimeSpan? timeout) { Timeout = timeout; return this; }
    public TransactionConfigBuilder WithMetadata(IDictionary<string, object?> metadata) { Metadata = new Dictionary<string, object?>(metadata); return this; }

    internal static TransactionConfigBuilder Build(Action<TransactionConfigBuilder>? configure)
    {
        var builder = new TransactionConfigBuilder();
        configure?.Invoke(builder);
        return builder;
    }
}
