using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>A path while a query runs: Nodes[i] and Nodes[i+1] are joined by Relationships[i].</summary>
internal sealed record PathValue(IReadOnlyList<NodeData> Nodes, IReadOnlyList<RelData> Relationships)
{
    public bool Equals(PathValue? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var node in Nodes) hash.Add(node.Id);
        foreach (var rel in Relationships) hash.Add(rel.Id);
        return hash.ToHashCode();
    }
}
