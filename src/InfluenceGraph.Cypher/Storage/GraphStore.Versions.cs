namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Snapshot isolation. Every committed state has a stamp; a reader takes the newest (<see cref="BeginRead"/>) and
/// sees each entity's newest version stamped at or before it. The one write transaction edits pending copies
/// (<see cref="Edit(NodeData)"/>), stamps them at <see cref="Publish"/> and drops them at <see cref="RollbackVersions"/>.
/// Older versions and removed table or index entries are kept until the oldest open reader is past them.
/// </summary>
internal sealed partial class GraphStore
{
    /// <summary>What an unlinked first version of a relationship holds instead of properties nobody reads any more.</summary>
    private static readonly PropertyBag Unread = new();

    /// <summary>Something a commit removed that a reader may still see: a node or relationship's slot, a label-set entry or an index entry.</summary>
    private readonly record struct Garbage(IStoredEntity Entity, string? Label, object? Value, UniqueConstraint? Constraint);

    private readonly ChunkedLog<NodeData> _touchedNodes = new();
    private readonly ChunkedLog<RelData> _touchedRels = new();

    // The ids the open transaction created (it hands them out in order): these are stamped by range, not listed.
    private long _createdNodesFrom = -1, _createdNodesEnd, _createdRelsFrom = -1, _createdRelsEnd;
    private readonly List<UniqueConstraint> _touchedConstraints = [];
    private readonly List<Garbage> _pendingGarbage = [];
    private List<Garbage> _garbage = [];
    private List<IStoredEntity> _chains = [];
    private readonly object _readersGate = new();
    private readonly Dictionary<long, int> _readers = [];
    private ReadView _root = new(0, []);

    /// <summary>False while the store is loaded on open (nobody reads yet, so changes are made in place).</summary>
    public bool Versioned { get; private set; }

    /// <summary>Called once the store is loaded: from now on every change is made on versions.</summary>
    public void StartVersioning()
    {
        _root = new ReadView(0, new Dictionary<string, long>(_relationshipTypeCounts, StringComparer.Ordinal));
        Versioned = true;
    }

    /// <summary>The newest committed state, held for the reader until <see cref="EndRead"/>.</summary>
    public ReadView BeginRead()
    {
        lock (_readersGate)
        {
            var view = _root;
            _readers[view.Stamp] = _readers.GetValueOrDefault(view.Stamp) + 1;
            return view;
        }
    }

    public void EndRead(ReadView view)
    {
        lock (_readersGate)
            if (--_readers[view.Stamp] == 0) _readers.Remove(view.Stamp);
    }

    /// <summary>Makes the open transaction's changes the newest committed state (after its journal frame is durable).</summary>
    public void Publish()
    {
        var stamp = _root.Stamp + 1;
        foreach (var node in _touchedNodes)
        {
            node.Head.Stamp = stamp;
            if (node.Head.Older is not null) _chains.Add(node);
        }
        foreach (var rel in _touchedRels)
        {
            rel.Head.Stamp = stamp;
            if (rel.Head.Older is not null) _chains.Add(rel);
        }
        foreach (var node in Created(Nodes, _createdNodesFrom, _createdNodesEnd))
            if (node.Head.Stamp == ReadView.Pending) node.Head.Stamp = stamp;
        foreach (var rel in Created(Relationships, _createdRelsFrom, _createdRelsEnd))
            if (rel.Head.Stamp == ReadView.Pending) rel.Head.Stamp = stamp;
        foreach (var constraint in _touchedConstraints) constraint.Stamp = stamp;
        var view = new ReadView(stamp, new Dictionary<string, long>(_relationshipTypeCounts, StringComparer.Ordinal));
        lock (_readersGate) _root = view;
        _garbage.AddRange(_pendingGarbage);
        ClearTransaction();
        Collect();
    }

    /// <summary>Drops the pending versions (the writer's undo has already put the tables and counters back).</summary>
    public void RollbackVersions()
    {
        foreach (var node in _touchedNodes)
        {
            var head = node.Head;
            if (head.Stamp != ReadView.Pending) continue;
            if (head.Older is { } older) node.Publish(older);
            else head.Stamp = 0;
        }
        foreach (var rel in _touchedRels)
        {
            var head = rel.Head;
            if (head.Stamp != ReadView.Pending) continue;
            if (head.Older is { } older) rel.Publish(older);
            else head.Stamp = 0;
        }
        foreach (var node in Created(Nodes, _createdNodesFrom, _createdNodesEnd))
            if (node.Head is { Stamp: ReadView.Pending, Older: null } head) head.Stamp = 0;
        foreach (var rel in Created(Relationships, _createdRelsFrom, _createdRelsEnd))
            if (rel.Head is { Stamp: ReadView.Pending, Older: null } head) head.Stamp = 0;
        foreach (var constraint in _touchedConstraints)
            if (constraint.Stamp == ReadView.Pending) constraint.Stamp = _root.Stamp;
        _garbage.AddRange(_pendingGarbage);
        ClearTransaction();
        Collect();
    }

    /// <summary>Remembers that the open transaction created the entity with this id.</summary>
    private static void NoteCreated(ref long from, ref long end, long id)
    {
        if (from < 0) from = id;
        end = Math.Max(end, id + 1);
    }

    private static IEnumerable<T> Created<T>(EntityTable<T> table, long from, long end) where T : class, IStoredEntity
    {
        if (from < 0) yield break;
        for (var id = from; id < end; id++)
            if (table.Slot(id) is { } entity) yield return entity;
    }

    private void ClearTransaction()
    {
        (_createdNodesFrom, _createdNodesEnd, _createdRelsFrom, _createdRelsEnd) = (-1, 0, -1, 0);
        _touchedNodes.Clear();
        _touchedRels.Clear();
        _touchedConstraints.Clear();
        _pendingGarbage.Clear();
    }

    private void Discard(Garbage garbage) => _pendingGarbage.Add(garbage);

    // Frees what no open reader can see: versions older than the one the oldest reader reads, and entries whose
    // entity's newest committed version (old enough for every reader) no longer has them.
    private void Collect()
    {
        long oldest;
        lock (_readersGate)
        {
            oldest = _root.Stamp;
            foreach (var stamp in _readers.Keys) oldest = Math.Min(oldest, stamp);
        }
        if (_chains.Count > 0)
        {
            var kept = new List<IStoredEntity>();
            foreach (var entity in _chains)
                if (!Prune(entity, oldest)) kept.Add(entity);
            _chains = kept;
        }
        if (_garbage.Count > 0)
        {
            var kept = new List<Garbage>();
            foreach (var garbage in _garbage)
                if (!Free(garbage, oldest)) kept.Add(garbage);
            _garbage = kept;
        }
    }

    private static bool Prune(IStoredEntity entity, long oldest)
    {
        if (entity is NodeData node)
        {
            for (var state = node.Head; state is not null; state = state.Older)
                if (state.Stamp <= oldest)
                {
                    state.Older = null;
                    return true;
                }
            return false;
        }
        var rel = (RelData)entity;
        for (var state = rel.Head; state is not null; state = state.Older)
            if (state.Stamp <= oldest)
            {
                // The relationship's own first version, unlinked, lets go of its properties.
                if (state.Older is not null && !ReferenceEquals(state, rel)) rel.Bag = Unread;
                state.Older = null;
                return true;
            }
        return false;
    }

    private bool Free(Garbage garbage, long oldest)
    {
        if (garbage.Entity is RelData rel)
        {
            var relHead = rel.Head;
            if (relHead.Stamp > oldest) return false;
            if (relHead.IsDeleted) Relationships.Remove(rel);
            return true;
        }
        var node = (NodeData)garbage.Entity;
        var head = node.Head;
        if (head.Stamp > oldest) return false;
        if (garbage.Constraint is { } constraint)
        {
            if (!Holds(head, constraint, garbage.Value!)) constraint.Index.Remove(garbage.Value!, node);
        }
        else if (garbage.Label is { } label)
        {
            if ((head.Deleted || !head.HasLabel(label)) && LabelIndex.TryGetValue(label, out var set)) set.Remove(node);
        }
        else if (head.Deleted) Nodes.Remove(node);
        return true;
    }

    private static bool Holds(NodeState head, UniqueConstraint constraint, object value) =>
        !head.Deleted && head.HasLabel(constraint.Label)
        && head.Properties.TryGetValue(constraint.Property, out var current) && current is not null
        && Execution.ValueEquality.Instance.Equals(current, value);

    private NodeState Edit(NodeData node)
    {
        var head = node.Head;
        if (!Versioned || head.Stamp == ReadView.Pending) return head;
        var copy = head.PendingCopy();
        node.Publish(copy);
        _touchedNodes.Add(node);
        return copy;
    }

    private RelState Edit(RelData rel)
    {
        var head = rel.Head;
        if (!Versioned || head.Stamp == ReadView.Pending) return head;
        var copy = head.PendingCopy();
        rel.Publish(copy);
        _touchedRels.Add(rel);
        return copy;
    }

    private List<string> EditLabels(NodeData node)
    {
        var state = Edit(node);
        if ((state.Shared & NodeState.SharedLabels) != 0) (state.Labels, state.Shared) = ([.. state.Labels], state.Shared & ~NodeState.SharedLabels);
        return state.Labels;
    }

    private PropertyBag EditProperties(NodeData node)
    {
        var state = Edit(node);
        if ((state.Shared & NodeState.SharedProperties) != 0) (state.Properties, state.Shared) = (state.Properties.Clone(), state.Shared & ~NodeState.SharedProperties);
        return state.Properties;
    }

    private List<RelData> EditOutgoing(NodeData node)
    {
        var state = Edit(node);
        if ((state.Shared & NodeState.SharedOutgoing) != 0) (state.Outgoing, state.Shared) = ([.. state.Outgoing], state.Shared & ~NodeState.SharedOutgoing);
        return state.Outgoing;
    }

    private List<RelData> EditIncoming(NodeData node)
    {
        var state = Edit(node);
        if ((state.Shared & NodeState.SharedIncoming) != 0) (state.Incoming, state.Shared) = ([.. state.Incoming], state.Shared & ~NodeState.SharedIncoming);
        return state.Incoming;
    }

    private PropertyBag EditProperties(RelData rel)
    {
        var state = Edit(rel);
        if (state.SharedBag) (state.Bag, state.SharedBag) = (state.Bag.Clone(), false);
        return state.Bag;
    }
}
