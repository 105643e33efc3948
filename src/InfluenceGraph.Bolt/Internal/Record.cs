namespace InfluenceGraph.Bolt.Internal;

/// <summary>One RECORD's values under the RUN SUCCESS `fields`.</summary>
internal sealed class Record(string[] keys, List<object?> values) : IRecord
{
    private Dictionary<string, object?>? _map;

    public IReadOnlyList<string> Keys { get; } = keys;
    public IReadOnlyDictionary<string, object?> Values => _map ??= keys.Zip(values).ToDictionary(p => p.First, p => p.Second);

    public object? this[int index] => values[index];

    public object? this[string key]
    {
        get
        {
            var index = Array.IndexOf(keys, key);
            return index >= 0 ? values[index] : throw new KeyNotFoundException(ErrorMessages.NoSuchKey(key, keys));
        }
    }

    public T Get<T>(string key) => ValueConverter.Convert<T>(this[key]);

    public override string ToString() => "{" + string.Join(", ", keys.Zip(values).Select(p => $"{p.First}: {Messaging.LogFormat.Value(p.Second)}")) + "}";
}

internal sealed record ServerInfo(string Address, string Agent, string ProtocolVersion) : IServerInfo
{
    public static ServerInfo Of(IO.BoltConnection connection) =>
        new(connection.Address.ToString(), connection.ServerAgent, connection.Version.ToString());
}

/// <summary>The summary built from RUN SUCCESS and the last PULL/DISCARD SUCCESS.</summary>
internal sealed class ResultSummary(string query, IServerInfo server, Dictionary<string, object?> run, Dictionary<string, object?> end) : IResultSummary
{
    public string Query { get; } = query;
    public ICounters Counters { get; } = new Counters(end.GetValueOrDefault("stats") as Dictionary<string, object?> ?? []);
    public string QueryType { get; } = end.GetValueOrDefault("type") as string ?? "";
    public string? Database { get; } = end.GetValueOrDefault("db") as string ?? run.GetValueOrDefault("db") as string;
    public IServerInfo Server { get; } = server;
    public TimeSpan ResultAvailableAfter { get; } = TimeSpan.FromMilliseconds(run.GetValueOrDefault("t_first") as long? ?? -1);
    public TimeSpan ResultConsumedAfter { get; } = TimeSpan.FromMilliseconds(end.GetValueOrDefault("t_last") as long? ?? -1);
    public IReadOnlyDictionary<string, object?> Metadata { get; } = end;
}

internal sealed class Counters(Dictionary<string, object?> stats) : ICounters
{
    private int Get(string key) => (int)(stats.GetValueOrDefault(key) as long? ?? 0);
    public bool ContainsUpdates => stats.GetValueOrDefault("contains-updates") as bool? ?? stats.Keys.Any(k => k != "contains-system-updates" && k != "system-updates");
    public int NodesCreated => Get("nodes-created");
    public int NodesDeleted => Get("nodes-deleted");
    public int RelationshipsCreated => Get("relationships-created");
    public int RelationshipsDeleted => Get("relationships-deleted");
    public int PropertiesSet => Get("properties-set");
    public int LabelsAdded => Get("labels-added");
    public int LabelsRemoved => Get("labels-removed");
    public int IndexesAdded => Get("indexes-added");
    public int IndexesRemoved => Get("indexes-removed");
    public int ConstraintsAdded => Get("constraints-added");
    public int ConstraintsRemoved => Get("constraints-removed");
    public int SystemUpdates => Get("system-updates");
}
