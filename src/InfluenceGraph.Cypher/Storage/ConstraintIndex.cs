using System.Collections.Concurrent;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// A unique constraint's index: value to the nodes that have held it in a version some reader may still see (almost
/// always one). A lookup returns the one that has the label and the value at the caller's view. One writer changes
/// entries while readers look up without a lock; each entry's array is replaced, never changed in place.
/// </summary>
internal sealed class ConstraintIndex(string label, string property)
{
    // Each entry is the one node holding the value (almost always) or an array of them, replaced, never changed in place.
    private readonly ConcurrentDictionary<object, object> _entries = new(Execution.ValueEquality.Instance);

    public bool TryGetValue(object value, out NodeData node)
    {
        node = null!;
        if (!_entries.TryGetValue(value, out var entry)) return false;
        if (entry is NodeData single)
        {
            if (!Holds(single, value)) return false;
            node = single;
            return true;
        }
        foreach (var holder in (NodeData[])entry)
            if (Holds(holder, value))
            {
                node = holder;
                return true;
            }
        return false;
    }

    public void Add(object value, NodeData node)
    {
        if (!_entries.TryGetValue(value, out var entry)) _entries[value] = node;
        else if (entry is NodeData single)
        {
            if (!ReferenceEquals(single, node)) _entries[value] = new[] { single, node };
        }
        else if (Array.IndexOf((NodeData[])entry, node) < 0) _entries[value] = (NodeData[])[.. (NodeData[])entry, node];
    }

    /// <summary>Forgets that <paramref name="node"/> holds <paramref name="value"/> (no reader may need it any more).</summary>
    public void Remove(object value, NodeData node)
    {
        if (!_entries.TryGetValue(value, out var entry)) return;
        if (entry is NodeData single)
        {
            if (ReferenceEquals(single, node)) _entries.TryRemove(value, out _);
            return;
        }
        var holders = (NodeData[])entry;
        if (Array.IndexOf(holders, node) < 0) return;
        var rest = holders.Where(h => !ReferenceEquals(h, node)).ToArray();
        _entries[value] = rest.Length == 1 ? rest[0] : rest;
    }

    /// <summary>True when <paramref name="node"/> has the label and <paramref name="value"/> at the caller's view.</summary>
    public bool Holds(NodeData node, object value) =>
        !node.Deleted && node.HasLabel(label) && node.Properties.TryGetValue(property, out var current) && current is not null
        && Execution.ValueEquality.Instance.Equals(current, value);
}
