using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>
/// One object of the response (spec 7.1.2: ordered as selected): the plan's response keys, shared by every object of
/// that plan, beside this object's values. One array per object instead of a hash table.
/// </summary>
internal sealed class ResponseMap(string[] keys, JsonEncodedText[] encodedKeys, object?[] values) : IReadOnlyDictionary<string, object?>
{
    public string[] KeyArray { get; } = keys;

    /// <summary>The keys as JSON property names, encoded once per plan.</summary>
    public JsonEncodedText[] EncodedKeys { get; } = encodedKeys;

    public object?[] ValueArray { get; } = values;

    public int Count => KeyArray.Length;

    public IEnumerable<string> Keys => KeyArray;

    public IEnumerable<object?> Values => ValueArray;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => Array.IndexOf(KeyArray, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(KeyArray, key);
        value = index >= 0 ? ValueArray[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < KeyArray.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(KeyArray[i], ValueArray[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
