namespace InfluenceGraph.Bolt;

/// <summary>The library's node value; equality is by element id, as in Neo4j.Driver.</summary>
internal sealed class Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties) : INode
{
    public long Id { get; } = id;
    public string ElementId { get; } = elementId;
    public IReadOnlyList<string> Labels { get; } = labels;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;
    public object? this[string key] => Properties[key];
    public T Get<T>(string key) => ValueConverter.Convert<T>(Properties[key]);

    public bool Equals(INode? other) => other is not null && other.ElementId == ElementId;
    public override bool Equals(object? obj) => obj is INode other && Equals(other);
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
    public override string ToString() => $"({ElementId}:{string.Join(":", Labels)} {Properties.Count} properties)";
}

/// <summary>The library's relationship value; equality is by element id.</summary>
internal sealed class Relationship(
    long id, string elementId, string type, long startNodeId, long endNodeId,
    string startNodeElementId, string endNodeElementId, IReadOnlyDictionary<string, object?> properties) : IRelationship
{
    public long Id { get; } = id;
    public string ElementId { get; } = elementId;
    public string Type { get; } = type;
    public long StartNodeId { get; } = startNodeId;
    public long EndNodeId { get; } = endNodeId;
    public string StartNodeElementId { get; } = startNodeElementId;
    public string EndNodeElementId { get; } = endNodeElementId;
    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;
    public object? this[string key] => Properties[key];
    public T Get<T>(string key) => ValueConverter.Convert<T>(Properties[key]);

    public bool Equals(IRelationship? other) => other is not null && other.ElementId == ElementId;
    public override bool Equals(object? obj) => obj is IRelationship other && Equals(other);
    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);
    public override string ToString() => $"[{ElementId}:{Type} {StartNodeElementId}->{EndNodeElementId}]";
}

/// <summary>A relationship as it travels inside a path (Bolt 'r'): no ends until the path places it.</summary>
internal sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>The library's path value.</summary>
internal sealed class GraphPath(IReadOnlyList<INode> nodes, IReadOnlyList<IRelationship> relationships) : IPath
{
    public INode Start => Nodes[0];
    public INode End => Nodes[^1];
    public IReadOnlyList<INode> Nodes { get; } = nodes;
    public IReadOnlyList<IRelationship> Relationships { get; } = relationships;

    public bool Equals(IPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);
    public override bool Equals(object? obj) => obj is IPath other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Nodes.Count, Relationships.Count, Start);
}
