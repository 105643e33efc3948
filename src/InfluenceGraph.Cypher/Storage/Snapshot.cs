using System.Buffers.Binary;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// A full image of the graph, written by compaction so the journal can start empty. Layout: an 8-byte magic, then
/// one <see cref="Frames">frame</see> whose payload is generation, next node id, next relationship id (int64 LE each)
/// followed by journal records (constraints, nodes, relationships) that rebuild the graph. It is written to a
/// temporary file, fsynced and renamed over the old one, and the directory is fsynced, so a crash leaves either the old
/// or the new snapshot, and the new one is durable before the journal is emptied.
/// </summary>
internal static class Snapshot
{
    public const string FileName = "snapshot.bin";
    private static readonly byte[] Magic = "IGSNAP01"u8.ToArray();

    /// <summary>Loads the snapshot into an empty store; returns its generation (0 when there is none).</summary>
    public static long Load(string directory, GraphStore store)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path)) return 0;
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw Errors.StoreCorrupt(path, 0, "the file does not start with the snapshot header");
        var frameLength = Frames.TryRead(bytes, Magic.Length);
        if (frameLength < 0) throw Errors.StoreCorrupt(path, Magic.Length, "the snapshot fails its checksum");
        // Read in place: at a million relationships the image is hundreds of megabytes, and every copy of it counts.
        var at = Magic.Length + Frames.HeaderLength;
        var length = (int)(frameLength - Frames.HeaderLength);
        try
        {
            if (length < 24) throw new InvalidDataException("the snapshot's header is cut short");
            var generation = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at));
            var nextNode = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 8));
            var nextRel = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + 16));
            JournalReplay.Apply(store, bytes, at + 24, length - 24);
            store.NextNodeId = Math.Max(store.NextNodeId, nextNode);
            store.NextRelId = Math.Max(store.NextRelId, nextRel);
            return generation;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or CypherException or ArgumentOutOfRangeException)
        {
            throw Errors.StoreCorrupt(path, Magic.Length, e.Message);
        }
    }

    /// <summary>Entities encoded between two writes to the file: the image is streamed, never held whole in memory.</summary>
    private const int EntitiesPerChunk = 8_192;

    public static void Write(string directory, GraphStore store, long generation)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 1 << 16))
            {
                file.Write(Magic);
                file.Write(new byte[Frames.HeaderLength]);
                var payloadLength = WriteImage(file, store, generation);
                if (payloadLength > uint.MaxValue)
                    throw new IOException($"The graph's image is {payloadLength} bytes, more than one snapshot frame holds (4 GiB)");
                var checksum = ChecksumOf(file, Magic.Length + Frames.HeaderLength, (uint)payloadLength);
                Span<byte> header = stackalloc byte[Frames.HeaderLength];
                Frames.WriteHeader(header, (uint)payloadLength, checksum);
                file.Position = Magic.Length;
                file.Write(header);
                file.Flush(true);
            }
            OwnerOnly.Restrict(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A half-written image on a full disk would keep holding the space the next commit needs.
            TryDelete(temporary);
            throw;
        }
        File.Move(temporary, path, overwrite: true);
        // The rename must be on disk before the caller empties the journal (see DirectorySync).
        DirectorySync.Flush(directory);
    }

    /// <summary>The payload (generation, next ids, then the records that rebuild the graph) in chunks; returns its length.</summary>
    private static long WriteImage(FileStream file, GraphStore store, long generation)
    {
        var start = file.Position;
        Span<byte> ids = stackalloc byte[24];
        BinaryPrimitives.WriteInt64LittleEndian(ids, generation);
        BinaryPrimitives.WriteInt64LittleEndian(ids[8..], store.NextNodeId);
        BinaryPrimitives.WriteInt64LittleEndian(ids[16..], store.NextRelId);
        file.Write(ids);
        var records = new JournalRecordWriter();
        var pending = 0;
        void Flush()
        {
            file.Write(records.Written);
            records.Clear();
            pending = 0;
        }
        foreach (var constraint in store.Constraints.Values) records.CreateConstraint(constraint.Name, constraint.Label, constraint.Property);
        foreach (var node in store.Nodes.Values.OrderBy(n => n.Id))
        {
            records.CreateNode(node);
            if (++pending == EntitiesPerChunk) Flush();
        }
        foreach (var rel in store.Relationships.Values.OrderBy(r => r.Id))
        {
            records.CreateRelationship(rel);
            if (++pending == EntitiesPerChunk) Flush();
        }
        Flush();
        return file.Position - start;
    }

    /// <summary>The frame checksum (over the length field, then the payload), read back from the file just written.</summary>
    private static uint ChecksumOf(FileStream file, long payloadStart, uint payloadLength)
    {
        file.Flush();
        file.Position = payloadStart;
        var crc = Frames.Checksum(payloadLength);
        var buffer = new byte[1 << 16];
        long left = payloadLength;
        while (left > 0)
        {
            var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0) throw new IOException("The snapshot being written ended before its payload did");
            crc.Append(buffer.AsSpan(0, read));
            left -= read;
        }
        return crc.GetCurrentHashAsUInt32();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next compaction, which overwrites it.
        }
    }
}
