using System.Collections.Concurrent;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// A unique constraint's index: value to the nodes that have held it in a version some reader may still see (almost
/// always one). A lookup returns the one that has the label and the value at the caller's view. One writer changes
/// entries while readers look up without a lock; each entry's array is replaced, never changed in place.
/// </summary>
internal sealed class ConstraintIndex(string label, string property)
{
    private readonly ConcurrentDictionary<object, NodeData[]> _entries = new(Execution.ValueEquality.Instance);

    public bool TryGetValue(object value, out NodeData node)
    {
        node = null!;
        if (!_entries.TryGetValue(value, out var holders)) return false;
        foreach (var holder in holders)
            if (Holds(holder, value))
            {
                node = holder;
                return true;
            }
        return false;
    }

    public void Add(object value, NodeData node)
    {
        if (_entries.TryGetValue(value, out var holders))
        {
            if (Array.IndexOf(holders, node) >= 0) return;
            _entries[value] = [.. holders, node];
        }
        else _entries[value] = [node];
    }

    /// <summary>Forgets that <paramref name="node"/> holds <paramref name="value"/> (no reader may need it any more).</summary>
    public void Remove(object value, NodeData node)
    {
        if (!_entries.TryGetValue(value, out var holders) || Array.IndexOf(holders, node) < 0) return;
        if (holders.Length == 1) _entries.TryRemove(value, out _);
        else _entries[value] = holders.Where(h => !ReferenceEquals(h, node)).ToArray();
    }

    /// <summary>True when <paramref name="node"/> has the label and <paramref name="value"/> at the caller's view.</summary>
    public bool Holds(NodeData node, object value) =>
        !node.Deleted && node.HasLabel(label) && node.Properties.TryGetValue(property, out var current) && current is not null
        && Execution.ValueEquality.Instance.Equals(current, value);
}
