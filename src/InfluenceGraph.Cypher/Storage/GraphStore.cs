using System.Collections.Concurrent;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The in-memory graph: nodes, relationships, adjacency, label index and unique-constraint indexes. These Apply
/// methods change it without journaling or undo; <see cref="GraphWriter"/> wraps them for transactions, and the
/// journal replays through them on open. Once versioned (after open) a change never touches what a reader can see:
/// it edits a pending copy of the entity, and removals from the tables and indexes wait until no reader needs them
/// (see GraphStore.Versions.cs).
/// </summary>
internal sealed partial class GraphStore
{
    private readonly ValuePool _pool = new();
    private readonly Dictionary<string, long> _relationshipTypeCounts = new(StringComparer.Ordinal);
    private Dictionary<string, UniqueConstraint> _constraints = new(StringComparer.Ordinal);

    public EntityTable<NodeData> Nodes { get; } = new();
    public EntityTable<RelData> Relationships { get; } = new();
    public ConcurrentDictionary<string, LabelSet> LabelIndex { get; } = new(StringComparer.Ordinal);

    /// <summary>The constraints (replaced whole on change, so a reader's enumeration never sees one half-changed).</summary>
    public Dictionary<string, UniqueConstraint> Constraints => Volatile.Read(ref _constraints);

    /// <summary>How many relationships of each type exist at the caller's view (types with none are absent).</summary>
    public Dictionary<string, long> RelationshipTypeCounts => ReadView.Current?.RelationshipTypeCounts ?? _relationshipTypeCounts;
    public long NextNodeId { get; set; }
    public long NextRelId { get; set; }

    public LabelSet? LabelSetOf(string label) => LabelIndex.TryGetValue(label, out var set) ? set : null;

    public IEnumerable<NodeData> NodesWithLabel(string label) => LabelSetOf(label) ?? (IEnumerable<NodeData>)[];

    public IEnumerable<UniqueConstraint> ConstraintsOn(string label) =>
        Constraints.Count == 0 ? [] : Constraints.Values.Where(c => c.Label == label);

    /// <summary>The constraint on this label and property whose index the caller's view may use (a reader older than its creation may not).</summary>
    public UniqueConstraint? ConstraintFor(string label, string property)
    {
        var stamp = ReadView.Current?.Stamp ?? ReadView.Pending;
        foreach (var constraint in Constraints.Values)
            if (constraint.Label == label && constraint.Property == property && constraint.Stamp <= stamp) return constraint;
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

    public NodeData ApplyCreateNode(long id, IEnumerable<string> labels, IEnumerable<KeyValuePair<string, object?>> properties) =>
        ApplyCreateNode(id, labels, PropertyBag.Of(properties));

    /// <summary>Creates a node with these properties (null values left out already); the node keeps the bag, its values pooled in place.</summary>
    public NodeData ApplyCreateNode(long id, IEnumerable<string> labels, PropertyBag properties)
    {
        var node = new NodeData(id, Versioned ? ReadView.Pending : 0, Pooled(properties));
        if (Versioned) NoteCreated(ref _createdNodesFrom, ref _createdNodesEnd, id);
        foreach (var label in labels) ApplyAddLabel(node, label);
        Nodes[id] = node;
        NextNodeId = Math.Max(NextNodeId, id + 1);
        return node;
    }

    /// <summary>Puts a deleted node back (undo of a delete); its relationships are restored separately.</summary>
    public void ApplyRestoreNode(NodeData node)
    {
        Edit(node).Deleted = false;
        Nodes[node.Id] = node;
        foreach (var label in node.Head.Labels) IndexLabel(node, label);
    }

    public void ApplyDeleteNode(NodeData node)
    {
        foreach (var label in node.Head.Labels) UnindexLabel(node, label);
        Edit(node).Deleted = true;
        if (Versioned) Discard(new Garbage(node, null, null, null));
        else Nodes.Remove(node);
    }

    public void ApplyAddLabel(NodeData node, string label)
    {
        if (node.HasLabel(label)) return;
        EditLabels(node).Add(_pool.Name(label));
        if (!node.Deleted) IndexLabel(node, label);
    }

    public void ApplyRemoveLabel(NodeData node, string label)
    {
        if (!node.HasLabel(label)) return;
        EditLabels(node).Remove(label);
        UnindexLabel(node, label);
    }

    public void ApplySetNodeProperty(NodeData node, string key, object? value)
    {
        foreach (var label in node.Head.Labels)
            if (ConstraintFor(label, key) is { } constraint)
            {
                if (node.Properties.TryGetValue(key, out var old) && old is not null) Unindex(constraint, old, node);
                if (value is not null) constraint.Index.Add(value, node);
            }
        if (value is null)
        {
            if (node.Properties.ContainsKey(key)) EditProperties(node).Remove(key);
        }
        else EditProperties(node).Set(key, _pool.Value(key, value));
    }

    public RelData ApplyCreateRelationship(long id, string type, NodeData start, NodeData end, IEnumerable<KeyValuePair<string, object?>> properties) =>
        ApplyCreateRelationship(id, type, start, end, PropertyBag.Of(properties));

    /// <summary>Creates a relationship with these properties (null values left out already); it keeps the bag, its values pooled in place.</summary>
    public RelData ApplyCreateRelationship(long id, string type, NodeData start, NodeData end, PropertyBag properties)
    {
        var rel = new RelData(id, _pool.Name(type), start, end, Versioned ? ReadView.Pending : 0, Pooled(properties));
        if (Versioned) NoteCreated(ref _createdRelsFrom, ref _createdRelsEnd, id);
        ApplyRestoreRelationship(rel);
        NextRelId = Math.Max(NextRelId, id + 1);
        return rel;
    }

    public void ApplyRestoreRelationship(RelData rel)
    {
        Edit(rel).IsDeleted = false;
        Relationships[rel.Id] = rel;
        EditOutgoing(rel.Start).Add(rel);
        EditIncoming(rel.End).Add(rel);
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_relationshipTypeCounts, rel.Type, out _)++;
    }

    public void ApplyDeleteRelationship(RelData rel)
    {
        EditOutgoing(rel.Start).Remove(rel);
        EditIncoming(rel.End).Remove(rel);
        Edit(rel).IsDeleted = true;
        if (Versioned) Discard(new Garbage(rel, null, null, null));
        else Relationships.Remove(rel);
        if (--_relationshipTypeCounts[rel.Type] == 0) _relationshipTypeCounts.Remove(rel.Type);
    }

    // Later values are not pooled (the journal replays many of them); creation's are.
    public void ApplySetRelationshipProperty(RelData rel, string key, object? value)
    {
        if (value is null)
        {
            if (rel.Properties.ContainsKey(key)) EditProperties(rel).Remove(key);
        }
        else EditProperties(rel).Set(key, value);
    }

    /// <summary>Adds a unique constraint and builds its index; throws if existing data already breaks it.</summary>
    public UniqueConstraint ApplyCreateConstraint(string name, string label, string property)
    {
        var constraint = new UniqueConstraint(name, label, property) { Stamp = Versioned ? ReadView.Pending : 0 };
        foreach (var node in NodesWithLabel(label))
        {
            if (!node.Properties.TryGetValue(property, out var value) || value is null) continue;
            if (constraint.Index.TryGetValue(value, out _)) throw Errors.ConstraintCreation(label, property, value);
            constraint.Index.Add(value, node);
        }
        if (Versioned) _touchedConstraints.Add(constraint);
        Volatile.Write(ref _constraints, new Dictionary<string, UniqueConstraint>(_constraints, StringComparer.Ordinal) { [name] = constraint });
        return constraint;
    }

    public void ApplyDropConstraint(string name)
    {
        var constraints = new Dictionary<string, UniqueConstraint>(_constraints, StringComparer.Ordinal);
        constraints.Remove(name);
        Volatile.Write(ref _constraints, constraints);
    }

    private PropertyBag Pooled(PropertyBag bag)
    {
        bag.PoolValues(_pool);
        return bag;
    }

    private void IndexLabel(NodeData node, string label)
    {
        LabelIndex.GetOrAdd(label, static l => new LabelSet(l)).Add(node);
        foreach (var constraint in ConstraintsOn(label))
            if (node.Properties.TryGetValue(constraint.Property, out var value) && value is not null)
                constraint.Index.Add(value, node);
    }

    private void UnindexLabel(NodeData node, string label)
    {
        if (Versioned) Discard(new Garbage(node, label, null, null));
        else if (LabelIndex.TryGetValue(label, out var set)) set.Remove(node);
        foreach (var constraint in ConstraintsOn(label))
            if (node.Properties.TryGetValue(constraint.Property, out var value) && value is not null) Unindex(constraint, value, node);
    }

    private void Unindex(UniqueConstraint constraint, object value, NodeData node)
    {
        if (Versioned) Discard(new Garbage(node, null, value, constraint));
        else constraint.Index.Remove(value, node);
    }
}
