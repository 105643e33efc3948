namespace InfluenceGraph.Cypher;

/// <summary>The rows one statement produced, plus what it changed.</summary>
public sealed class QueryResult
{
    internal QueryResult(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<object?>> rows, QueryCounters counters)
    {
        Columns = columns;
        Rows = rows;
        Counters = counters;
        // Built when first asked for: a caller reading Rows (a million of them, say) does not pay for a map per row.
        _records = new Lazy<IReadOnlyList<IReadOnlyDictionary<string, object?>>>(() => rows.Select(row =>
        {
            var record = new OrderedDictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++) record[columns[i]] = row[i];
            return (IReadOnlyDictionary<string, object?>)record;
        }).ToList());
    }

    private readonly Lazy<IReadOnlyList<IReadOnlyDictionary<string, object?>>> _records;

    public IReadOnlyList<string> Columns { get; }

    /// <summary>Values in column order.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>The same rows keyed by column name.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records => _records.Value;

    public QueryCounters Counters { get; }
}

/// <summary>What a statement changed, as Neo4j's result summary counts it.</summary>
public sealed class QueryCounters
{
    public int NodesCreated { get; internal set; }
    public int NodesDeleted { get; internal set; }
    public int RelationshipsCreated { get; internal set; }
    public int RelationshipsDeleted { get; internal set; }
    public int PropertiesSet { get; internal set; }
    public int LabelsAdded { get; internal set; }
    public int LabelsRemoved { get; internal set; }
    public int ConstraintsAdded { get; internal set; }
    public int ConstraintsRemoved { get; internal set; }

    public bool ContainsUpdates =>
        NodesCreated + NodesDeleted + RelationshipsCreated + RelationshipsDeleted + PropertiesSet
        + LabelsAdded + LabelsRemoved + ConstraintsAdded + ConstraintsRemoved > 0;
}
