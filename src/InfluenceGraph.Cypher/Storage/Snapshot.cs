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
        var payload = Frames.Payload(bytes, Magic.Length, frameLength);
        try
        {
            var generation = BinaryPrimitives.ReadInt64LittleEndian(payload);
            var nextNode = BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(8));
            var nextRel = BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(16));
            JournalReplay.Apply(store, payload[24..]);
            store.NextNodeId = Math.Max(store.NextNodeId, nextNode);
            store.NextRelId = Math.Max(store.NextRelId, nextRel);
            return generation;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or CypherException or ArgumentOutOfRangeException)
        {
            throw Errors.StoreCorrupt(path, Magic.Length, e.Message);
        }
    }

    public static void Write(string directory, GraphStore store, long generation)
    {
        var records = new JournalRecordWriter();
        foreach (var constraint in store.Constraints.Values) records.CreateConstraint(constraint.Name, constraint.Label, constraint.Property);
        foreach (var node in store.Nodes.Values.OrderBy(n => n.Id)) records.CreateNode(node);
        foreach (var rel in store.Relationships.Values.OrderBy(r => r.Id)) records.CreateRelationship(rel);
        var body = records.ToArray();
        var payload = new byte[24 + body.Length];
        BinaryPrimitives.WriteInt64LittleEndian(payload, generation);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(8), store.NextNodeId);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(16), store.NextRelId);
        body.CopyTo(payload, 24);

        var path = System.IO.Path.Combine(directory, FileName);
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(Magic);
                file.Write(Frames.Encode(payload));
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
