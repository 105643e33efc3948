namespace InfluenceGraph.Cypher.Storage;

/// <summary>A stored entity: found in the store's tables by id, visible to a reader only if it exists at the reader's view.</summary>
internal interface IStoredEntity
{
    long Id { get; }

    bool Deleted { get; }
}

/// <summary>
/// A stored node. Its contents (labels in the order they were added, properties in the order they were set,
/// adjacency lists) live in versions newest first: a write transaction changes a copy stamped Pending, and a reader
/// walks to the newest version committed at or before its view (see <see cref="ReadView"/>).
/// </summary>
internal sealed class NodeData : IStoredEntity
{
    private NodeState _head;

    public NodeData(long id, long stamp, PropertyBag? properties = null)
    {
        Id = id;
        _head = new NodeState(properties ?? new PropertyBag(), [], [], []) { Stamp = stamp };
    }

    public long Id { get; }

    public List<string> Labels => State.Labels;
    public PropertyBag Properties => State.Properties;
    public List<RelData> Outgoing => State.Outgoing;
    public List<RelData> Incoming => State.Incoming;
    public bool Deleted => State.Deleted;

    public bool HasLabel(string label) => State.HasLabel(label);

    public int Degree
    {
        get
        {
            var state = State;
            return state.Outgoing.Count + state.Incoming.Count;
        }
    }

    /// <summary>The newest version, committed or not (the writer's and the version keeper's view).</summary>
    internal NodeState Head => Volatile.Read(ref _head);

    internal void Publish(NodeState head) => Volatile.Write(ref _head, head);

    private NodeState State
    {
        get
        {
            var head = Volatile.Read(ref _head);
            if (ReadView.Current is not { } view) return head;
            for (var state = head; state is not null; state = state.Older)
                if (state.Stamp <= view.Stamp) return state;
            return NodeState.Missing;
        }
    }
}

/// <summary>One version of a node's contents; a committed version is never changed (lists marked shared belong to an older one).</summary>
internal sealed class NodeState(PropertyBag properties, List<string> labels, List<RelData> outgoing, List<RelData> incoming)
{
    public const int SharedLabels = 1, SharedProperties = 2, SharedOutgoing = 4, SharedIncoming = 8, SharedAll = 15;

    /// <summary>What a reader sees of a node that did not exist yet at its view.</summary>
    public static readonly NodeState Missing = new(new PropertyBag(), [], [], []) { Deleted = true };

    public List<string> Labels { get; set; } = labels;
    public PropertyBag Properties { get; set; } = properties;
    public List<RelData> Outgoing { get; set; } = outgoing;
    public List<RelData> Incoming { get; set; } = incoming;
    public bool Deleted { get; set; }
    public long Stamp { get; set; }
    public NodeState? Older { get; set; }
    public int Shared { get; set; }

    /// <summary>Whether this version has the label (labels are few: a loop, the pooled name compared by reference first).</summary>
    public bool HasLabel(string label)
    {
        foreach (var own in Labels)
            if (ReferenceEquals(own, label) || string.Equals(own, label, StringComparison.Ordinal)) return true;
        return false;
    }

    public NodeState PendingCopy() => new(Properties, Labels, Outgoing, Incoming)
    {
        Deleted = Deleted, Stamp = ReadView.Pending, Older = this, Shared = SharedAll,
    };
}

/// <summary>
/// A stored relationship between two stored nodes; its properties and deletion are versioned as a node's are. The
/// relationship is its own first version (most are never changed, so they cost one object, not two); a change makes a
/// <see cref="RelState"/> copy that becomes the head.
/// </summary>
internal sealed class RelData : RelState, IStoredEntity
{
    private RelState _head;

    public RelData(long id, string type, NodeData start, NodeData end, long stamp, PropertyBag? properties = null)
        : base(properties ?? new PropertyBag())
    {
        Id = id;
        Type = type;
        Start = start;
        End = end;
        Stamp = stamp;
        _head = this;
    }

    public long Id { get; }
    public string Type { get; }
    public NodeData Start { get; }
    public NodeData End { get; }
    public PropertyBag Properties => State.Bag;
    public bool Deleted => State.IsDeleted;

    public NodeData Other(NodeData node) => ReferenceEquals(node, Start) ? End : Start;

    internal RelState Head => Volatile.Read(ref _head);

    internal void Publish(RelState head) => Volatile.Write(ref _head, head);

    private RelState State
    {
        get
        {
            var head = Volatile.Read(ref _head);
            if (ReadView.Current is not { } view) return head;
            for (var state = head; state is not null; state = state.Older)
                if (state.Stamp <= view.Stamp) return state;
            return Missing;
        }
    }
}

/// <summary>One version of a relationship's contents (the first is the <see cref="RelData"/> itself).</summary>
internal class RelState(PropertyBag bag)
{
    public static readonly RelState Missing = new(new PropertyBag()) { IsDeleted = true };

    public PropertyBag Bag { get; set; } = bag;
    public bool IsDeleted { get; set; }
    public long Stamp { get; set; }
    public RelState? Older { get; set; }
    public bool SharedBag { get; set; }

    public RelState PendingCopy() => new(Bag)
    {
        IsDeleted = IsDeleted, Stamp = ReadView.Pending, Older = this, SharedBag = true,
    };
}

/// <summary>A unique-property constraint and the index that enforces it (value to node).</summary>
internal sealed class UniqueConstraint(string name, string label, string property)
{
    public string Name { get; } = name;
    public string Label { get; } = label;
    public string Property { get; } = property;
    public ConstraintIndex Index { get; } = new(label, property);

    /// <summary>The commit that created it (Pending until then): a reader older than that must not use its index.</summary>
    public long Stamp { get; set; } = ReadView.Pending;
}
