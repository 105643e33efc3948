namespace InfluenceGraph.Bolt;

/// <summary>A node or relationship: an element id and properties.</summary>
public interface IEntity
{
    /// <summary>The server's element id; on Bolt 4.4 (no element ids) the numeric id as text.</summary>
    string ElementId { get; }

    /// <summary>The legacy numeric id (deprecated by Neo4j 5; prefer ElementId).</summary>
    long Id { get; }

    IReadOnlyDictionary<string, object?> Properties { get; }
    object? this[string key] { get; }
    T Get<T>(string key);
}

/// <summary>A node (Bolt structure 'N').</summary>
public interface INode : IEntity, IEquatable<INode>
{
    IReadOnlyList<string> Labels { get; }
}

/// <summary>A relationship (Bolt structure 'R', or 'r' inside a path with its ends filled in).</summary>
public interface IRelationship : IEntity, IEquatable<IRelationship>
{
    string Type { get; }
    long StartNodeId { get; }
    long EndNodeId { get; }
    string StartNodeElementId { get; }
    string EndNodeElementId { get; }
}

/// <summary>A path (Bolt structure 'P'): alternating nodes and relationships from Start to End.</summary>
public interface IPath : IEquatable<IPath>
{
    INode Start { get; }
    INode End { get; }
    IReadOnlyList<INode> Nodes { get; }
    IReadOnlyList<IRelationship> Relationships { get; }
}
