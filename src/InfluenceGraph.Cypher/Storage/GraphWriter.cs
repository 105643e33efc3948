namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The changes of one write transaction: each change is applied to the store at once (so the transaction reads its
/// own writes), remembered as an undo step (rollback replays them backwards) and as a journal record (commit writes
/// them as one checksummed frame). A store without a journal (in memory) encodes no records.
/// </summary>
internal sealed class GraphWriter(GraphStore store, bool journaled)
{
    private readonly Stack<Action> _undo = new();
    private readonly JournalRecordWriter? _redo = journaled ? new() : null;

    public GraphStore Store { get; } = store;

    public bool HasChanges => _undo.Count > 0;

    public byte[] JournalPayload => _redo?.ToArray() ?? [];

    /// <summary>Makes room in the undo log for a batch of this many more changes.</summary>
    public void Reserve(int changes) => _undo.EnsureCapacity(_undo.Count + changes);

    public NodeData CreateNode(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var id = Store.NextNodeId;
        if (Store.Constraints.Count > 0)
            foreach (var label in labels)
                foreach (var (key, value) in properties)
                    Store.CheckUnique(null, label, key, value);
        var previousNext = Store.NextNodeId;
        var node = Store.ApplyCreateNode(id, labels, properties);
        _undo.Push(() =>
        {
            Store.ApplyDeleteNode(node);
            Store.NextNodeId = previousNext;
        });
        _redo?.CreateNode(node);
        return node;
    }

    public void DeleteNode(NodeData node)
    {
        if (node.Deleted) return;
        Store.ApplyDeleteNode(node);
        _undo.Push(() => Store.ApplyRestoreNode(node));
        _redo?.DeleteNode(node.Id);
    }

    public bool AddLabel(NodeData node, string label)
    {
        if (node.HasLabel(label)) return false;
        foreach (var (key, value) in node.Properties) Store.CheckUnique(node, label, key, value);
        Store.ApplyAddLabel(node, label);
        _undo.Push(() => Store.ApplyRemoveLabel(node, label));
        _redo?.AddLabel(node.Id, label);
        return true;
    }

    public bool RemoveLabel(NodeData node, string label)
    {
        if (!node.HasLabel(label)) return false;
        var position = node.Labels.IndexOf(label);
        Store.ApplyRemoveLabel(node, label);
        _undo.Push(() =>
        {
            Store.ApplyAddLabel(node, label);
            node.Labels.Remove(label);
            node.Labels.Insert(position, label);
        });
        _redo?.RemoveLabel(node.Id, label);
        return true;
    }

    public void SetNodeProperty(NodeData node, string key, object? value)
    {
        foreach (var label in node.Labels) Store.CheckUnique(node, label, key, value);
        var had = node.Properties.TryGetValue(key, out var old);
        var position = had ? node.Properties.IndexOf(key) : -1;
        Store.ApplySetNodeProperty(node, key, value);
        _undo.Push(() =>
        {
            Store.ApplySetNodeProperty(node, key, null);
            if (!had) return;
            Store.ApplySetNodeProperty(node, key, old);
            MoveTo(node.Properties, key, position);
        });
        _redo?.SetNodeProperty(node.Id, key, value);
    }

    public RelData CreateRelationship(string type, NodeData start, NodeData end, IReadOnlyList<KeyValuePair<string, object?>> properties)
    {
        var previousNext = Store.NextRelId;
        var rel = Store.ApplyCreateRelationship(Store.NextRelId, type, start, end, properties);
        _undo.Push(() =>
        {
            Store.ApplyDeleteRelationship(rel);
            Store.NextRelId = previousNext;
        });
        _redo?.CreateRelationship(rel);
        return rel;
    }

    public void DeleteRelationship(RelData rel)
    {
        if (rel.Deleted) return;
        Store.ApplyDeleteRelationship(rel);
        _undo.Push(() => Store.ApplyRestoreRelationship(rel));
        _redo?.DeleteRelationship(rel.Id);
    }

    public void SetRelationshipProperty(RelData rel, string key, object? value)
    {
        var had = rel.Properties.TryGetValue(key, out var old);
        var position = had ? rel.Properties.IndexOf(key) : -1;
        Store.ApplySetRelationshipProperty(rel, key, value);
        _undo.Push(() =>
        {
            Store.ApplySetRelationshipProperty(rel, key, null);
            if (!had) return;
            Store.ApplySetRelationshipProperty(rel, key, old);
            MoveTo(rel.Properties, key, position);
        });
        _redo?.SetRelationshipProperty(rel.Id, key, value);
    }

    public void CreateConstraint(string name, string label, string property)
    {
        Store.ApplyCreateConstraint(name, label, property);
        _undo.Push(() => Store.ApplyDropConstraint(name));
        _redo?.CreateConstraint(name, label, property);
    }

    public void DropConstraint(string name)
    {
        var constraint = Store.Constraints[name];
        Store.ApplyDropConstraint(name);
        _undo.Push(() => Store.ApplyCreateConstraint(constraint.Name, constraint.Label, constraint.Property));
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
        while (_undo.TryPop(out var step)) step();
        Store.RollbackVersions();
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
