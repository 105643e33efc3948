using System.Runtime.CompilerServices;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// An append-only list in chunks that each stay below the large-object threshold, for what a write transaction
/// records per change (undo steps, touched entities). A million changes then cost a million slots, not the copies of
/// an array doubled twenty times, and no large-object allocation (each of which counts towards a full collection).
/// </summary>
internal sealed class ChunkedLog<T>
{
    private static readonly int ChunkLength = Math.Max(16, 80_000 / Unsafe.SizeOf<T>());

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public void Add(T item)
    {
        var chunk = Count / ChunkLength;
        if (chunk == _chunks.Count) _chunks.Add(new T[ChunkLength]);
        _chunks[chunk][Count % ChunkLength] = item;
        Count++;
    }

    /// <summary>The newest item, to change in place (the log must not be empty).</summary>
    public ref T Last => ref _chunks[(Count - 1) / ChunkLength][(Count - 1) % ChunkLength];

    /// <summary>Removes and returns the newest item.</summary>
    public bool TryTakeLast(out T item)
    {
        if (Count == 0)
        {
            item = default!;
            return false;
        }
        Count--;
        ref var slot = ref _chunks[Count / ChunkLength][Count % ChunkLength];
        item = slot;
        slot = default!;
        return true;
    }

    /// <summary>Empties the log, keeping the first chunk for the next transaction.</summary>
    public void Clear()
    {
        if (_chunks.Count > 0)
        {
            Array.Clear(_chunks[0], 0, Math.Min(Count, ChunkLength));
            _chunks.RemoveRange(1, _chunks.Count - 1);
        }
        Count = 0;
    }

    public Enumerator GetEnumerator() => new(this);

    /// <summary>Oldest first.</summary>
    public struct Enumerator(ChunkedLog<T> log)
    {
        private int _index = -1;

        public readonly T Current => log._chunks[_index / ChunkLength][_index % ChunkLength];

        public bool MoveNext() => ++_index < log.Count;
    }
}
