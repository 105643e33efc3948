using System.Diagnostics.CodeAnalysis;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// A node's or relationship's properties in the order they were set. The keys live in a shared "shape": every entity
/// whose keys are the same in the same order points at one key array (as JavaScript engines' hidden classes do), so
/// an entity pays only for its value array. A few properties per entity make a linear search the fastest lookup.
/// </summary>
internal sealed class PropertyBag : IReadOnlyDictionary<string, object?>
{
    private string[] _keys = Shapes.Empty;
    private object?[] _values = [];

    public int Count => _keys.Length;

    /// <summary>The shared key array for these distinct keys in this order (what <see cref="Of"/> takes).</summary>
    public static string[] ShapeOf(IReadOnlyList<string> keys)
    {
        var shape = Shapes.Empty;
        foreach (var key in keys) shape = Shapes.Extend(shape, key);
        return shape;
    }

    /// <summary>A bag of these properties in order, null values left out (a later value of a key replaces an earlier one in its place).</summary>
    public static PropertyBag Of(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var bag = new PropertyBag();
        foreach (var (key, value) in properties)
            if (value is not null) bag.Set(key, value);
        return bag;
    }

    /// <summary>A bag over a shape from <see cref="ShapeOf"/> and one value per key (the bag keeps the array).</summary>
    public static PropertyBag Of(string[] shape, object?[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(values.Length, shape.Length);
        return new PropertyBag { _keys = shape, _values = values };
    }

    /// <summary>A copy a write transaction may change while readers keep reading this one (the shape is shared, never changed in place).</summary>
    public PropertyBag Clone() => new() { _keys = _keys, _values = (object?[])_values.Clone() };

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    /// <summary>Replaces each value by the pool's equal one (values held once across the store).</summary>
    internal void PoolValues(ValuePool pool)
    {
        var values = _values;
        for (var i = 0; i < values.Length; i++) values[i] = values[i] is { } value ? pool.Value(_keys[i], value) : null;
    }

    public object? this[string key]
    {
        get => IndexOf(key) is var i and >= 0 ? _values[i] : throw new KeyNotFoundException(key);
        set => Set(key, value);
    }

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public int IndexOf(string key)
    {
        var keys = _keys;
        for (var i = 0; i < keys.Length; i++)
            if (ReferenceEquals(keys[i], key)) return i;
        for (var i = 0; i < keys.Length; i++)
            if (string.Equals(keys[i], key, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>Replaces the value of an existing key in place, or appends the key.</summary>
    public void Set(string key, object? value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            _values[index] = value;
            return;
        }
        Insert(_keys.Length, key, value);
    }

    public void Insert(int position, string key, object? value)
    {
        var keys = new string[_keys.Length + 1];
        var values = new object?[_keys.Length + 1];
        Array.Copy(_keys, keys, position);
        Array.Copy(_values, values, position);
        keys[position] = key;
        values[position] = value;
        Array.Copy(_keys, position, keys, position + 1, _keys.Length - position);
        Array.Copy(_values, position, values, position + 1, _keys.Length - position);
        _keys = position == _keys.Length ? Shapes.Extend(_keys, key) : ShapeOf(keys);
        _values = values;
    }

    public bool Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0) return false;
        RemoveAt(index);
        return true;
    }

    public void RemoveAt(int index)
    {
        var keys = new string[_keys.Length - 1];
        var values = new object?[_keys.Length - 1];
        Array.Copy(_keys, keys, index);
        Array.Copy(_values, values, index);
        Array.Copy(_keys, index + 1, keys, index, keys.Length - index);
        Array.Copy(_values, index + 1, values, index, values.Length - index);
        _keys = ShapeOf(keys);
        _values = values;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        // Snapshot both arrays: a SET inside a loop over the properties replaces them rather than shifting under us.
        var keys = _keys;
        var values = _values;
        for (var i = 0; i < keys.Length; i++) yield return new KeyValuePair<string, object?>(keys[i], values[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The shared key arrays: one per distinct key sequence, reached by adding one key at a time from the empty shape.</summary>
    private static class Shapes
    {
        // Bounded so that data with endlessly varied keys costs no more than unshared arrays would.
        private const int MaxTransitions = 1 << 16;
        private static readonly Dictionary<(string[] Parent, string Key), string[]> Transitions = [];
        private static readonly Lock Gate = new();

        public static readonly string[] Empty = [];

        public static string[] Extend(string[] parent, string key)
        {
            lock (Gate)
            {
                if (Transitions.TryGetValue((parent, key), out var shape)) return shape;
                shape = new string[parent.Length + 1];
                parent.CopyTo(shape, 0);
                shape[^1] = string.IsInterned(key) ?? key;
                if (Transitions.Count < MaxTransitions) Transitions[(parent, key)] = shape;
                return shape;
            }
        }
    }
}
