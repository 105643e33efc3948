namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The changes of one write transaction: each change is applied to the store at once (so the transaction reads its
/// own writes), remembered as an undo step (rollback replays them backwards) and as a journal record (commit writes
/// them as one checksummed frame). A store without a journal (in memory) encodes no records.
/// </summary>
internal sealed class GraphWriter(GraphStore store, bool journaled)
{
    /// <summary>What undoing one change does (a step of the undo log; a value, so a change allocates nothing to be undone).</summary>
    private enum UndoKind : byte
    {
        CreateNode, DeleteNode, AddLabel, RemoveLabel, SetNodeProperty, CreateRelationship, DeleteRelationship,
        SetRelationshipProperty, CreateConstraint, DropConstraint,
    }

    /// <summary>
    /// One change to undo: the entity (or constraint) it changed, the label, key or name it changed, the value before
    /// and a number (the first id of a creation, a label's or property's position before a change; -1: none). Creations
    /// of consecutive ids of one kind are one step with their count: a bulk load's undo log stays a few steps long.
    /// </summary>
    private record struct UndoStep(UndoKind Kind, object Target, string? Name = null, object? Old = null, long Number = -1, int Count = 1);

    private readonly ChunkedLog<UndoStep> _undo = new();
    private readonly JournalRecordWriter? _redo = journaled ? new() : null;

    public GraphStore Store { get; } = store;

    public bool HasChanges => _undo.Count > 0;

    /// <summary>The journal records of the changes so far (valid until the next change).</summary>
    public ReadOnlySpan<byte> JournalPayload => _redo is null ? [] : _redo.Written;

    public NodeData CreateNode(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties) =>
        CreateNode(labels, PropertyBag.Of(properties));

    /// <summary>Creates a node that keeps <paramref name="properties"/> (no null values).</summary>
    public NodeData CreateNode(IReadOnlyList<string> labels, PropertyBag properties)
    {
        var id = Store.NextNodeId;
        if (Store.Constraints.Count > 0)
            foreach (var label in labels)
                for (var i = 0; i < properties.Count; i++)
                    Store.CheckUnique(null, label, properties.KeyAt(i), properties.ValueAt(i));
        var node = Store.ApplyCreateNode(id, labels, properties);
        AddCreation(UndoKind.CreateNode, node, id);
        _redo?.CreateNode(node);
        return node;
    }

    public void DeleteNode(NodeData node)
    {
        if (node.Deleted) return;
        Store.ApplyDeleteNode(node);
        _undo.Add(new UndoStep(UndoKind.DeleteNode, node));
        _redo?.DeleteNode(node.Id);
    }

    public bool AddLabel(NodeData node, string label)
    {
        if (node.HasLabel(label)) return false;
        foreach (var (key, value) in node.Properties) Store.CheckUnique(node, label, key, value);
        Store.ApplyAddLabel(node, label);
        _undo.Add(new UndoStep(UndoKind.AddLabel, node, label));
        _redo?.AddLabel(node.Id, label);
        return true;
    }

    public bool RemoveLabel(NodeData node, string label)
    {
        if (!node.HasLabel(label)) return false;
        var position = node.Labels.IndexOf(label);
        Store.ApplyRemoveLabel(node, label);
        _undo.Add(new UndoStep(UndoKind.RemoveLabel, node, label, Number: position));
        _redo?.RemoveLabel(node.Id, label);
        return true;
    }

    public void SetNodeProperty(NodeData node, string key, object? value)
    {
        foreach (var label in node.Labels) Store.CheckUnique(node, label, key, value);
        var had = node.Properties.TryGetValue(key, out var old);
        var position = had ? node.Properties.IndexOf(key) : -1;
        Store.ApplySetNodeProperty(node, key, value);
        _undo.Add(new UndoStep(UndoKind.SetNodeProperty, node, key, old, position));
        _redo?.SetNodeProperty(node.Id, key, value);
    }

    public RelData CreateRelationship(string type, NodeData start, NodeData end, IReadOnlyList<KeyValuePair<string, object?>> properties) =>
        CreateRelationship(type, start, end, PropertyBag.Of(properties));

    /// <summary>Creates a relationship that keeps <paramref name="properties"/> (no null values).</summary>
    public RelData CreateRelationship(string type, NodeData start, NodeData end, PropertyBag properties)
    {
        var id = Store.NextRelId;
        var rel = Store.ApplyCreateRelationship(id, type, start, end, properties);
        AddCreation(UndoKind.CreateRelationship, rel, id);
        _redo?.CreateRelationship(rel);
        return rel;
    }

    public void DeleteRelationship(RelData rel)
    {
        if (rel.Deleted) return;
        Store.ApplyDeleteRelationship(rel);
        _undo.Add(new UndoStep(UndoKind.DeleteRelationship, rel));
        _redo?.DeleteRelationship(rel.Id);
    }

    public void SetRelationshipProperty(RelData rel, string key, object? value)
    {
        var had = rel.Properties.TryGetValue(key, out var old);
        var position = had ? rel.Properties.IndexOf(key) : -1;
        Store.ApplySetRelationshipProperty(rel, key, value);
        _undo.Add(new UndoStep(UndoKind.SetRelationshipProperty, rel, key, old, position));
        _redo?.SetRelationshipProperty(rel.Id, key, value);
    }

    public void CreateConstraint(string name, string label, string property)
    {
        var constraint = Store.ApplyCreateConstraint(name, label, property);
        _undo.Add(new UndoStep(UndoKind.CreateConstraint, constraint));
        _redo?.CreateConstraint(name, label, property);
    }

    public void DropConstraint(string name)
    {
        var constraint = Store.Constraints[name];
        Store.ApplyDropConstraint(name);
        _undo.Add(new UndoStep(UndoKind.DropConstraint, constraint));
        _redo?.DropConstraint(name);
    }

    /// <summary>Forgets the changes made so far once they are committed (and published): the writer goes on as a new transaction.</summary>
    public void Committed()
    {
        _undo.Clear();
        _redo?.Clear();
    }

    /// <summary>Undoes every change, newest first, leaving the store as it was when the transaction began.</summary>
    public void Rollback()
    {
        while (_undo.TryTakeLast(out var step)) Undo(step);
        Store.RollbackVersions();
    }

    private void AddCreation(UndoKind kind, object created, long id)
    {
        if (_undo.Count > 0)
        {
            ref var last = ref _undo.Last;
            if (last.Kind == kind && last.Number + last.Count == id)
            {
                last.Count++;
                return;
            }
        }
        _undo.Add(new UndoStep(kind, created, Number: id));
    }

    private void Undo(UndoStep step)
    {
        switch (step.Kind)
        {
            case UndoKind.CreateNode:
                for (var id = step.Number + step.Count - 1; id >= step.Number; id--)
                    if (Store.Nodes.Slot(id) is { } node) Store.ApplyDeleteNode(node);
                Store.NextNodeId = step.Number;
                break;
            case UndoKind.DeleteNode:
                Store.ApplyRestoreNode((NodeData)step.Target);
                break;
            case UndoKind.AddLabel:
                Store.ApplyRemoveLabel((NodeData)step.Target, step.Name!);
                break;
            case UndoKind.RemoveLabel:
            {
                var node = (NodeData)step.Target;
                Store.ApplyAddLabel(node, step.Name!);
                node.Labels.Remove(step.Name!);
                node.Labels.Insert((int)step.Number, step.Name!);
                break;
            }
            case UndoKind.SetNodeProperty:
            {
                var node = (NodeData)step.Target;
                Store.ApplySetNodeProperty(node, step.Name!, null);
                if (step.Number < 0) break;
                Store.ApplySetNodeProperty(node, step.Name!, step.Old);
                MoveTo(node.Properties, step.Name!, (int)step.Number);
                break;
            }
            case UndoKind.CreateRelationship:
                for (var id = step.Number + step.Count - 1; id >= step.Number; id--)
                    if (Store.Relationships.Slot(id) is { } rel) Store.ApplyDeleteRelationship(rel);
                Store.NextRelId = step.Number;
                break;
            case UndoKind.DeleteRelationship:
                Store.ApplyRestoreRelationship((RelData)step.Target);
                break;
            case UndoKind.SetRelationshipProperty:
            {
                var rel = (RelData)step.Target;
                Store.ApplySetRelationshipProperty(rel, step.Name!, null);
                if (step.Number < 0) break;
                Store.ApplySetRelationshipProperty(rel, step.Name!, step.Old);
                MoveTo(rel.Properties, step.Name!, (int)step.Number);
                break;
            }
            case UndoKind.CreateConstraint:
                Store.ApplyDropConstraint(((UniqueConstraint)step.Target).Name);
                break;
            case UndoKind.DropConstraint:
            {
                var constraint = (UniqueConstraint)step.Target;
                Store.ApplyCreateConstraint(constraint.Name, constraint.Label, constraint.Property);
                break;
            }
        }
    }

    private static void MoveTo(PropertyBag properties, string key, int position)
    {
        var current = properties.IndexOf(key);
        if (current == position || position < 0 || position >= properties.Count) return;
        var value = properties[key];
        properties.RemoveAt(current);
        properties.Insert(position, key, value);
    }
}
