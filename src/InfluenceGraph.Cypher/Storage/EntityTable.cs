namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// Nodes or relationships by id, in chunks of slots (ids are dense: the store hands them out in order). One writer
/// sets and clears slots while readers look up and scan without a lock: a slot is one reference, and the chunk
/// directory is replaced, never resized in place. Lookups and scans skip entities not visible at the caller's view.
/// </summary>
internal sealed class EntityTable<T> where T : class, IStoredEntity
{
    private const int Shift = 12, ChunkSize = 1 << Shift, Mask = ChunkSize - 1;
    private T?[][] _chunks = [];
    private long _highWater;
    private long _count;

    /// <summary>How many slots are filled, visible or not (an estimate for planning; views keep their own counts).</summary>
    public long Count => Volatile.Read(ref _count);

    public bool TryGetValue(long id, out T entity)
    {
        entity = Slot(id)!;
        return entity is not null && !entity.Deleted;
    }

    public T this[long id]
    {
        get => TryGetValue(id, out var entity) ? entity : throw new KeyNotFoundException($"no entity {id}");
        set => Set(id, value);
    }

    public bool ContainsKey(long id) => TryGetValue(id, out _);

    /// <summary>The entities visible at the caller's view, in id order.</summary>
    public IEnumerable<T> Values
    {
        get
        {
            var chunks = Volatile.Read(ref _chunks);
            var end = Volatile.Read(ref _highWater);
            for (var c = 0; c < chunks.Length && (long)c << Shift < end; c++)
            {
                var chunk = chunks[c];
                if (chunk is null) continue;
                for (var i = 0; i < chunk.Length; i++)
                    if (Volatile.Read(ref chunk[i]) is { Deleted: false } entity) yield return entity;
            }
        }
    }

    public void Set(long id, T entity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        var c = (int)(id >> Shift);
        var chunks = _chunks;
        if (c >= chunks.Length)
        {
            var grown = new T?[Math.Max(c + 1, chunks.Length * 2)][];
            chunks.CopyTo(grown, 0);
            Volatile.Write(ref _chunks, chunks = grown);
        }
        var chunk = chunks[c];
        if (chunk is null) Volatile.Write(ref chunks[c], chunk = new T?[ChunkSize]);
        ref var slot = ref chunk[id & Mask];
        if (slot is null) Volatile.Write(ref _count, _count + 1);
        Volatile.Write(ref slot, entity);
        if (id >= _highWater) Volatile.Write(ref _highWater, id + 1);
    }

    /// <summary>Empties the slot if it still holds <paramref name="entity"/> (no reader may need it any more).</summary>
    public void Remove(T entity)
    {
        var chunks = _chunks;
        var c = (int)(entity.Id >> Shift);
        if (c >= chunks.Length || chunks[c] is not { } chunk) return;
        ref var slot = ref chunk[entity.Id & Mask];
        if (!ReferenceEquals(slot, entity)) return;
        Volatile.Write(ref slot, null);
        Volatile.Write(ref _count, _count - 1);
    }

    /// <summary>What the slot holds, visible or not (the writer's view of its own transaction's entities).</summary>
    public T? Slot(long id)
    {
        if (id < 0) return null;
        var chunks = Volatile.Read(ref _chunks);
        var c = id >> Shift;
        if (c >= chunks.Length || Volatile.Read(ref chunks[c]) is not { } chunk) return null;
        return Volatile.Read(ref chunk[id & Mask]);
    }
}
