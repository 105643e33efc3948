namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Shares equal immutable values among the entities that store them, the way column stores dictionary-encode a
/// column: type names and labels always, and per property key its short strings and boxed numbers while that key's
/// values repeat. Influence data repeats such values (statuses, kinds, rounded weights, years) across most
/// relationships, so each is held once. A key whose values keep coming new (ids, names) takes no more values once it
/// has a few thousand, so it cannot fill the pool that the repeating keys need. Writes hold the store's write lock, so
/// the pool needs no lock of its own.
/// </summary>
internal sealed class ValuePool
{
    private const int MaxNames = 1 << 16;
    private const int MaxKeys = 1 << 10;
    private const int MaxValuesPerKey = 1 << 12;
    private const int MaxStringLength = 32;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyPool> _keys = new(StringComparer.Ordinal);

    /// <summary>One property key's shared values; full once it holds <see cref="MaxValuesPerKey"/>.</summary>
    private sealed class KeyPool
    {
        public readonly Dictionary<string, string> Strings = new(StringComparer.Ordinal);
        public readonly Dictionary<long, object> Longs = [];
        // By bit pattern, so 0.0 and -0.0 stay distinct values.
        public readonly Dictionary<long, object> Doubles = [];

        public int Count => Strings.Count + Longs.Count + Doubles.Count;
    }

    public string Name(string name)
    {
        if (_names.TryGetValue(name, out var shared)) return shared;
        if (_names.Count < MaxNames) _names[name] = name;
        return name;
    }

    /// <summary>The shared instance equal to <paramref name="value"/> stored under <paramref name="key"/> (the value itself if none).</summary>
    public object Value(string key, object value)
    {
        if (value is not (string { Length: <= MaxStringLength } or long or double)) return value;
        if (!_keys.TryGetValue(key, out var pool))
        {
            if (_keys.Count >= MaxKeys) return value;
            _keys[key] = pool = new KeyPool();
        }
        var room = pool.Count < MaxValuesPerKey;
        return value switch
        {
            string s => Share(pool.Strings, s, s, room),
            long l => Share(pool.Longs, l, value, room),
            _ => Share(pool.Doubles, BitConverter.DoubleToInt64Bits((double)value), value, room),
        };
    }

    private static TValue Share<TKey, TValue>(Dictionary<TKey, TValue> pool, TKey key, TValue value, bool room) where TKey : notnull
    {
        if (pool.TryGetValue(key, out var shared)) return shared;
        if (room) pool[key] = value;
        return value;
    }
}
