namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The in-memory graph: nodes, relationships, adjacency, label index and unique-constraint indexes. These Apply
/// methods change it without journaling or undo; <see cref="GraphWriter"/> wraps them for transactions, and the
/// journal replays through them on open.
/// </summary>
internal sealed partial class GraphStore
{
    private readonly ValuePool _pool = new();

    public Dictionary<long, NodeData> Nodes { get; } = [];
    public Dictionary<long, RelData> Relationships { get; } = [];
    public Dictionary<string, HashSet<NodeData>> LabelIndex { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, UniqueConstraint> Constraints { get; } = new(StringComparer.Ordinal);

    /// <summary>How many relationships of each type exist (types with none are absent), kept by every change and its undo.</summary>
    public Dictionary<string, long> RelationshipTypeCounts { get; } = new(StringComparer.Ordinal);
    public long NextNodeId { get; set; }
    public long NextRelId { get; set; }

    public IEnumerable<NodeData> NodesWithLabel(string label) =>
        LabelIndex.TryGetValue(label, out var set) ? set : [];

    public IEnumerable<UniqueConstraint> ConstraintsOn(string label) =>
        Constraints.Count == 0 ? [] : Constraints.Values.Where(c => c.Label == label);

    public UniqueConstraint? ConstraintFor(string label, string property)
    {
        foreach (var constraint in Constraints.Values)
            if (constraint.Label == label && constraint.Property == property) return constraint;
        return null;
    }

    /// <summary>Throws when giving <paramref name="node"/> (null: a node not yet created) this label and property value would break a unique constraint.</summary>
    public void CheckUnique(NodeData? node, string label, string property, object? value)
    {
        if (value is null) return;
        var constraint = ConstraintFor(label, property);
        if (constraint is null) return;
        if (constraint.Index.TryGetValue(value, out var holder) && !ReferenceEquals(holder, node))
            throw Errors.UniqueViolation(holder.Id, label, property, value);
    }

    public NodeData ApplyCreateNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var node = new NodeData(id);
        foreach (var (key, value) in properties)
            if (value is not null) node.Properties.Set(key, _pool.Value(value));
        foreach (var label in labels) ApplyAddLabel(node, label);
        Nodes[id] = node;
        NextNodeId = Math.Max(NextNodeId, id + 1);
        return node;
    }

    /// <summary>Puts a deleted node back (undo of a delete); its relationships are restored separately.</summary>
    public void ApplyRestoreNode(NodeData node)
    {
        node.Deleted = false;
        Nodes[node.Id] = node;
        foreach (var label in node.Labels) IndexLabel(node, label);
    }

    public void ApplyDeleteNode(NodeData node)
    {
        foreach (var label in node.Labels) UnindexLabel(node, label);
        Nodes.Remove(node.Id);
        node.Deleted = true;
    }

    public void ApplyAddLabel(NodeData node, string label)
    {
        if (node.HasLabel(label)) return;
        node.Labels.Add(_pool.Name(label));
        if (!node.Deleted) IndexLabel(node, label);
    }

    public void ApplyRemoveLabel(NodeData node, string label)
    {
        if (!node.Labels.Remove(label)) return;
        UnindexLabel(node, label);
    }

    public void ApplySetNodeProperty(NodeData node, string key, object? value)
    {
        foreach (var label in node.Labels)
            if (ConstraintFor(label, key) is { } constraint)
            {
                if (node.Properties.TryGetValue(key, out var old) && old is not null) constraint.Index.Remove(old);
                if (value is not null) constraint.Index[value] = node;
            }
        if (value is null) node.Properties.Remove(key);
        else node.Properties.Set(key, _pool.Value(value));
    }

    public RelData ApplyCreateRelationship(long id, string type, NodeData start, NodeData end, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var rel = new RelData(id, _pool.Name(type), start, end);
        foreach (var (key, value) in properties)
            if (value is not null) rel.Properties.Set(key, _pool.Value(value));
        ApplyRestoreRelationship(rel);
        NextRelId = Math.Max(NextRelId, id + 1);
        return rel;
    }

    public void ApplyRestoreRelationship(RelData rel)
    {
        rel.Deleted = false;
        Relationships[rel.Id] = rel;
        rel.Start.Outgoing.Add(rel);
        rel.End.Incoming.Add(rel);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(RelationshipTypeCounts, rel.Type, out _)++;
    }

    public void ApplyDeleteRelationship(RelData rel)
    {
        Relationships.Remove(rel.Id);
        rel.Start.Outgoing.Remove(rel);
        rel.End.Incoming.Remove(rel);
        rel.Deleted = true;
        if (--RelationshipTypeCounts[rel.Type] == 0) RelationshipTypeCounts.Remove(rel.Type);
    }

    // Static (the journal replays through it without a store at hand), so later values are not pooled; creation's are.
    public static void ApplySetRelationshipProperty(RelData rel, string key, object? value)
    {
        if (value is null) rel.Properties.Remove(key);
        else rel.Properties.Set(key, value);
    }

    /// <summary>Adds a unique constraint and builds its index; throws if existing data already breaks it.</summary>
    public UniqueConstraint ApplyCreateConstraint(string name, string label, string property)
    {
        var constraint = new UniqueConstraint(name, label, property);
        foreach (var node in NodesWithLabel(label))
        {
            if (!node.Properties.TryGetValue(property, out var value) || value is null) continue;
            if (!constraint.Index.TryAdd(value, node)) throw Errors.ConstraintCreation(label, property, value);
        }
        Constraints[name] = constraint;
        return constraint;
    }

    public void ApplyDropConstraint(string name) => Constraints.Remove(name);

    private void IndexLabel(NodeData node, string label)
    {
        if (!LabelIndex.TryGetValue(label, out var set)) LabelIndex[label] = set = [];
        set.Add(node);
        foreach (var constraint in ConstraintsOn(label))
            if (node.Properties.TryGetValue(constraint.Property, out var value) && value is not null)
                constraint.Index[value] = node;
    }

    private void UnindexLabel(NodeData node, string label)
    {
        if (LabelIndex.TryGetValue(label, out var set)) set.Remove(node);
        foreach (var constraint in ConstraintsOn(label))
            if (node.Properties.TryGetValue(constraint.Property, out var value) && value is not null
                && constraint.Index.TryGetValue(value, out var holder) && ReferenceEquals(holder, node))
                constraint.Index.Remove(value);
    }
}
