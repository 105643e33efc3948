namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The nodes that carry, or carried in a version some reader may still see, one label, in the order they got it.
/// One writer appends and clears slots while readers scan without a lock (a filled slot is never moved: a compacted
/// array is a new array). Scanning yields only nodes that have the label at the caller's view, so the set may hold
/// more than that; the store removes what no reader can see any more.
/// </summary>
internal sealed class LabelSet(string label) : IEnumerable<NodeData>
{
    private sealed class Items(NodeData?[] slots, int length)
    {
        public NodeData?[] Slots { get; } = slots;
        public int Length = length;
    }

    /// <summary>Nodes by identity, hashed by id (an object's identity hash costs a header write on first use).</summary>
    private sealed class ByIdentity : IEqualityComparer<NodeData>
    {
        public static readonly ByIdentity Instance = new();

        public bool Equals(NodeData? x, NodeData? y) => ReferenceEquals(x, y);

        public int GetHashCode(NodeData node) => node.Id.GetHashCode();
    }

    private readonly Dictionary<NodeData, int> _positions = new(ByIdentity.Instance);
    private Items _items = new(new NodeData?[4], 0);
    private int _count;

    public string Label { get; } = label;

    /// <summary>How many nodes the set holds (an estimate of the label's size for planning).</summary>
    public int Count => Volatile.Read(ref _count);

    public bool Contains(NodeData node) => _positions.ContainsKey(node);

    public void Add(NodeData node)
    {
        if (_positions.ContainsKey(node)) return;
        var items = _items;
        if (items.Length == items.Slots.Length) items = Rebuild(Math.Max(4, _count * 2));
        _positions[node] = items.Length;
        Volatile.Write(ref items.Slots[items.Length], node);
        Volatile.Write(ref items.Length, items.Length + 1);
        Volatile.Write(ref _count, _count + 1);
    }

    public void Remove(NodeData node)
    {
        if (!_positions.Remove(node, out var position)) return;
        Volatile.Write(ref _items.Slots[position], null);
        Volatile.Write(ref _count, _count - 1);
        if (_items.Length > 64 && _count < _items.Length / 2) Rebuild(_items.Slots.Length);
    }

    public IEnumerator<NodeData> GetEnumerator()
    {
        var items = Volatile.Read(ref _items);
        var length = Volatile.Read(ref items.Length);
        for (var i = 0; i < length; i++)
            if (Volatile.Read(ref items.Slots[i]) is { } node && !node.Deleted && node.HasLabel(Label)) yield return node;
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // A new array for readers that start from now on; readers of the old one keep it unchanged.
    private Items Rebuild(int capacity)
    {
        var old = _items;
        var slots = new NodeData?[Math.Max(capacity, _count + 1)];
        var length = 0;
        for (var i = 0; i < old.Length; i++)
            if (old.Slots[i] is { } node)
            {
                _positions[node] = length;
                slots[length++] = node;
            }
        var items = new Items(slots, length);
        Volatile.Write(ref _items, items);
        return items;
    }
}
