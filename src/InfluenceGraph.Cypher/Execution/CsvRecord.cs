using System.Diagnostics.CodeAnalysis;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// A CSV file's header line as map keys: each name once, in the order it first appears, read from the last column
/// that carries it (what Neo4j's LOAD CSV WITH HEADERS gives for a repeated name).
/// </summary>
internal sealed class CsvHeaders
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public CsvHeaders(string[] names)
    {
        var keys = new List<string>();
        for (var i = 0; i < names.Length; i++)
        {
            if (!_columns.ContainsKey(names[i])) keys.Add(names[i]);
            _columns[names[i]] = i;
        }
        Keys = keys.ToArray();
    }

    public string[] Keys { get; }

    /// <summary>The column a key is read from, or -1.</summary>
    public int ColumnOf(string key) => _columns.TryGetValue(key, out var column) ? column : -1;
}

/// <summary>
/// One record under WITH HEADERS, as the map a query sees: the shared headers over the record's fields, with null
/// for a column the record is too short to have (fields beyond the headers are not part of it). Built per record
/// without copying the fields into a dictionary.
/// </summary>
internal sealed class CsvRecord(CsvHeaders headers, string?[] fields) : IReadOnlyDictionary<string, object?>
{
    public int Count => headers.Keys.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => headers.Keys;

    public IEnumerable<object?> Values => headers.Keys.Select(Field);

    public bool ContainsKey(string key) => headers.ColumnOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var column = headers.ColumnOf(key);
        value = column >= 0 && column < fields.Length ? fields[column] : null;
        return column >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var key in headers.Keys) yield return new KeyValuePair<string, object?>(key, Field(key));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The headers this record reads its keys through (a getter that reads one key of many records caches its column per headers).</summary>
    public CsvHeaders Headers => headers;

    /// <summary>The field in a column (null where the record is too short).</summary>
    public string? Column(int column) => column < fields.Length ? fields[column] : null;

    private object? Field(string key) => TryGetValue(key, out var value) ? value : null;
}
