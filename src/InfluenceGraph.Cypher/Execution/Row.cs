namespace InfluenceGraph.Cypher.Execution;

/// <summary>One row of variable bindings flowing between clauses. Rows are treated as immutable: With() copies.</summary>
internal sealed class Row
{
    private readonly Dictionary<string, object?> _values;

    public Row() => _values = new(StringComparer.Ordinal);

    private Row(Dictionary<string, object?> values, Dictionary<Syntax.Expr, object?>? aggregates)
    {
        _values = values;
        Aggregates = aggregates;
    }

    /// <summary>Results of the aggregate calls of a projection, by call node, once a group has been aggregated.</summary>
    public Dictionary<Syntax.Expr, object?>? Aggregates { get; private init; }

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public bool TryGet(string name, out object? value) => _values.TryGetValue(name, out value);

    public object? this[string name] => _values[name];

    public Row With(string name, object? value)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal) { [name] = value };
        return new Row(copy, Aggregates);
    }

    public Row WithAll(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var copy = new Dictionary<string, object?>(_values, StringComparer.Ordinal);
        foreach (var (key, value) in values) copy[key] = value;
        return new Row(copy, Aggregates);
    }

    public Row WithAggregates(Dictionary<Syntax.Expr, object?> aggregates) => new(_values, aggregates);

    public static Row From(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values) dict[key] = value;
        return new Row(dict, null);
    }
}
