namespace InfluenceGraph.Cypher;

/// <summary>A relationship as a query returned it: a snapshot, detached from the store.</summary>
public sealed class Relationship
{
    internal Relationship(long id, string type, long startNodeId, long endNodeId, IReadOnlyDictionary<string, object?> properties)
    {
        Id = id;
        Type = type;
        StartNodeId = startNodeId;
        EndNodeId = endNodeId;
        Properties = properties;
    }

    public long Id { get; }
    public string ElementId => ElementIds.Relationship(Id);
    public string Type { get; }
    public long StartNodeId { get; }
    public long EndNodeId { get; }
    public IReadOnlyDictionary<string, object?> Properties { get; }

    public override bool Equals(object? obj) => obj is Relationship other && other.Id == Id;
    public override int GetHashCode() => Id.GetHashCode();
    public override string ToString() => $"[:{Type} {StartNodeId}->{EndNodeId}]";
}
