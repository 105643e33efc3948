namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Shares equal immutable values among the entities that store them, the way column stores dictionary-encode: type
/// names and labels always, and short strings and boxed numbers while the pool has room. Influence data repeats
/// such values (statuses, kinds, rounded weights, years) across most relationships, so each is held once.
/// Writes hold the store's write lock, so the pool needs no lock of its own.
/// </summary>
internal sealed class ValuePool
{
    private const int MaxEntries = 1 << 16;
    private const int MaxStringLength = 32;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<long, object> _longs = [];
    private readonly Dictionary<long, object> _doubles = [];

    public string Name(string name)
    {
        if (_names.TryGetValue(name, out var shared)) return shared;
        if (_names.Count < MaxEntries) _names[name] = name;
        return name;
    }

    public object Value(object value) => value switch
    {
        string s when s.Length <= MaxStringLength => Share(_strings, s, s),
        long l => Share(_longs, l, value),
        // By bit pattern, so 0.0 and -0.0 stay distinct values.
        double d => Share(_doubles, BitConverter.DoubleToInt64Bits(d), value),
        _ => value,
    };

    private static TValue Share<TKey, TValue>(Dictionary<TKey, TValue> pool, TKey key, TValue value) where TKey : notnull
    {
        if (pool.TryGetValue(key, out var shared)) return shared;
        if (pool.Count < MaxEntries) pool[key] = value;
        return value;
    }
}
