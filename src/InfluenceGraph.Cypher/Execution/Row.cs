namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// One row of variable bindings flowing between clauses. Rows are treated as immutable: With() copies. A row holds a
/// handful of names, so two parallel arrays searched in order beat a hash table both to copy and to read (the names
/// are usually the very strings of the query's AST, so the reference check hits first).
/// </summary>
internal sealed class Row
{
    private static readonly string[] NoNames = [];
    private static readonly object?[] NoValues = [];

    private readonly string[] _names;
    private readonly object?[] _values;
    private string[]? _extended;

    public Row()
    {
        _names = NoNames;
        _values = NoValues;
    }

    private Row(string[] names, object?[] values, Dictionary<Syntax.Expr, object?>? aggregates)
    {
        _names = names;
        _values = values;
        Aggregates = aggregates;
    }

    /// <summary>Results of the aggregate calls of a projection, by call node, once a group has been aggregated.</summary>
    public Dictionary<Syntax.Expr, object?>? Aggregates { get; private init; }

    public IEnumerable<string> Names => _names;

    public bool Has(string name) => IndexOf(name) >= 0;

    public bool TryGet(string name, out object? value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public object? this[string name] => IndexOf(name) is var index and >= 0 ? _values[index] : throw new KeyNotFoundException(name);

    public Row With(string name, object? value)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            var replaced = (object?[])_values.Clone();
            replaced[index] = value;
            return new Row(_names, replaced, Aggregates);
        }
        var values = new object?[_names.Length + 1];
        _values.CopyTo(values, 0);
        values[^1] = value;
        return new Row(Extended(name), values, Aggregates);
    }

    // A MATCH binds the same name on one input row once per match: those rows share one name array.
    private string[] Extended(string name)
    {
        if (_extended is { } cached && ReferenceEquals(cached[^1], name)) return cached;
        var names = new string[_names.Length + 1];
        _names.CopyTo(names, 0);
        names[^1] = name;
        _extended = names;
        return names;
    }

    public Row WithAll(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var row = this;
        foreach (var (key, value) in values) row = row.With(key, value);
        return row == this ? new Row(_names, _values, Aggregates) : row;
    }

    public Row WithAggregates(Dictionary<Syntax.Expr, object?> aggregates) => new(_names, _values, aggregates);

    public static Row From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var names = new List<string>();
        var list = new List<object?>();
        foreach (var (key, value) in values)
        {
            var index = names.IndexOf(key);
            if (index >= 0) list[index] = value;
            else
            {
                names.Add(key);
                list.Add(value);
            }
        }
        return new Row(names.ToArray(), list.ToArray(), null);
    }

    private int IndexOf(string name)
    {
        var names = _names;
        for (var i = 0; i < names.Length; i++)
            if (ReferenceEquals(names[i], name)) return i;
        for (var i = 0; i < names.Length; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }
}
