namespace InfluenceGraph.Cypher.Storage;

/// <summary>A stored node: labels in the order they were added, properties in the order they were set, adjacency lists.</summary>
internal sealed class NodeData(long id)
{
    public long Id { get; } = id;
    public List<string> Labels { get; } = [];
    public PropertyBag Properties { get; } = new();
    public List<RelData> Outgoing { get; } = [];
    public List<RelData> Incoming { get; } = [];
    public bool Deleted { get; set; }

    public bool HasLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);

    public int Degree => Outgoing.Count + Incoming.Count;
}

/// <summary>A stored relationship between two stored nodes.</summary>
internal sealed class RelData(long id, string type, NodeData start, NodeData end)
{
    public long Id { get; } = id;
    public string Type { get; } = type;
    public NodeData Start { get; } = start;
    public NodeData End { get; } = end;
    public PropertyBag Properties { get; } = new();
    public bool Deleted { get; set; }

    public NodeData Other(NodeData node) => ReferenceEquals(node, Start) ? End : Start;
}

/// <summary>A unique-property constraint and the index that enforces it (value to node).</summary>
internal sealed class UniqueConstraint(string name, string label, string property)
{
    public string Name { get; } = name;
    public string Label { get; } = label;
    public string Property { get; } = property;
    public Dictionary<object, NodeData> Index { get; } = new(Execution.ValueEquality.Instance);
}
