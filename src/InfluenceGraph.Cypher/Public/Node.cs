namespace InfluenceGraph.Cypher;

/// <summary>A node as a query returned it: a snapshot, detached from the store.</summary>
public sealed class Node
{
    internal Node(long id, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        Labels = labels;
        Properties = properties;
    }

    public long Id { get; }
    public string ElementId => ElementIds.Node(Id);
    public IReadOnlyList<string> Labels { get; }
    public IReadOnlyDictionary<string, object?> Properties { get; }

    public override bool Equals(object? obj) => obj is Node other && other.Id == Id;
    public override int GetHashCode() => Id.GetHashCode();
    public override string ToString() => $"({string.Concat(Labels.Select(l => ":" + l))} {{{string.Join(", ", Properties.Keys)}}})";
}

/// <summary>How element ids are spelled (Neo4j's are opaque strings too; ours name the kind and the id).</summary>
internal static class ElementIds
{
    public static string Node(long id) => $"node:{id}";
    public static string Relationship(long id) => $"rel:{id}";
}
