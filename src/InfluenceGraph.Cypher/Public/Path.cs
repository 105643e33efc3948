namespace InfluenceGraph.Cypher;

/// <summary>A path as a query returned it: nodes[i] and nodes[i+1] are joined by relationships[i].</summary>
public sealed class Path
{
    internal Path(IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyList<Relationship> Relationships { get; }
}
