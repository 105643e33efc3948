using System.Buffers.Binary;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The write-ahead journal: committed transactions, one <see cref="Frames">frame</see> each, appended and fsynced at
/// commit. The file starts with an 8-byte magic and the generation (int64 LE) of the snapshot it continues: a journal
/// older than the snapshot was already folded into it (compaction stopped before resetting it) and is discarded.
/// On open, a torn tail (no valid frame after the damage) is dropped with a warning; damage followed by a valid
/// frame is refused as corruption. A commit that fails to append (a full disk) is cut off again at once, so the next
/// one never lands after garbage; if even that fails, no commit is appended until the cut succeeds.
/// </summary>
internal sealed class Journal : IDisposable
{
    public const string FileName = "journal.log";
    private static readonly byte[] Magic = "IGJRNL02"u8.ToArray();
    private const int FileHeaderLength = 16;

    private readonly FileStream _file;

    /// <summary>Where the journal's valid bytes end when a failed append could not be cut off; null when the file ends there.</summary>
    private long? _cutTo;

    private Journal(FileStream file, long generation)
    {
        _file = file;
        Generation = generation;
    }

    /// <summary>The snapshot generation this journal continues.</summary>
    public long Generation { get; private set; }

    public long Length => _file.Length;

    /// <summary>Opens (or creates) the journal in <paramref name="directory"/> and replays it into <paramref name="store"/>.</summary>
    public static Journal Open(string directory, GraphStore store, List<string> warnings, long snapshotGeneration, StoreFiles files)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var created = !File.Exists(path);
        var file = files.OpenJournal(path);
        try
        {
            OwnerOnly.Restrict(path);
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            var journal = new Journal(file, snapshotGeneration);
            // A new file's directory entry must be durable too, or the first commits could vanish with it.
            if (created) DirectorySync.Flush(directory);
            var generation = ReadHeader(path, bytes, warnings);
            if (generation is null || generation < snapshotGeneration)
            {
                if (generation is not null) warnings.Add($"Journal '{path}' predates the snapshot (already folded into it): discarded");
                journal.Reset(snapshotGeneration);
                return journal;
            }
            if (generation > snapshotGeneration)
                throw Errors.StoreCorrupt(path, 8, $"the journal continues snapshot generation {generation} but the snapshot is generation {snapshotGeneration}");
            var validEnd = Replay(path, bytes, store, warnings);
            if (validEnd < bytes.Length)
            {
                file.SetLength(validEnd);
                file.Flush(true);
            }
            file.Seek(0, SeekOrigin.End);
            return journal;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends one transaction and forces it to disk before returning.</summary>
    public void Append(ReadOnlySpan<byte> payload)
    {
        if (_cutTo is { } end)
        {
            try
            {
                CutTo(end);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Errors.JournalTailUnrepaired(e);
            }
            _cutTo = null;
        }
        Span<byte> header = stackalloc byte[Frames.HeaderLength];
        Frames.WriteHeader(header, payload);
        var start = _file.Position;
        try
        {
            _file.Write(header);
            _file.Write(payload);
            _file.Flush(true);
        }
        catch
        {
            // Leave no partial frame behind: the next commit must not append after garbage (on open, damage followed
            // by a valid frame is corruption). If the cut fails too, the next append makes it first.
            try
            {
                CutTo(start);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _cutTo = start;
            }
            throw;
        }
    }

    private void CutTo(long end)
    {
        _file.SetLength(end);
        _file.Seek(end, SeekOrigin.Begin);
        _file.Flush(true);
    }

    /// <summary>Empties the journal, which now continues snapshot <paramref name="generation"/>.</summary>
    public void Reset(long generation)
    {
        var header = new byte[FileHeaderLength];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), generation);
        _file.SetLength(0);
        _file.Seek(0, SeekOrigin.Begin);
        _file.Write(header);
        _file.Flush(true);
        Generation = generation;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>The generation in the file header; null when the file is empty or its header was torn.</summary>
    private static long? ReadHeader(string path, byte[] bytes, List<string> warnings)
    {
        if (bytes.Length == 0) return null;
        if (bytes.Length < FileHeaderLength)
        {
            if (!Magic.AsSpan(0, Math.Min(Magic.Length, bytes.Length)).SequenceEqual(bytes.AsSpan(0, Math.Min(Magic.Length, bytes.Length))))
                throw Errors.StoreCorrupt(path, 0, "the file does not start with the journal header");
            warnings.Add($"Journal '{path}': incomplete header dropped");
            return null;
        }
        if (!bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw Errors.StoreCorrupt(path, 0, "the file does not start with the journal header");
        return BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
    }

    /// <summary>Replays every frame; returns the offset where valid data ends.</summary>
    private static long Replay(string path, byte[] bytes, GraphStore store, List<string> warnings)
    {
        var offset = (long)FileHeaderLength;
        while (offset < bytes.Length)
        {
            var frameLength = Frames.TryRead(bytes, offset);
            if (frameLength < 0)
            {
                if (Frames.NextValid(bytes, offset + 1) is { } later)
                    throw Errors.StoreCorrupt(path, offset, $"a record fails its checksum or is cut short while a valid record follows at offset {later}");
                warnings.Add($"Journal '{path}': dropped a torn last record at offset {offset} ({bytes.Length - offset} bytes): the process likely stopped mid-commit");
                return offset;
            }
            try
            {
                JournalReplay.Apply(store, Frames.Payload(bytes, offset, frameLength));
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or CypherException or KeyNotFoundException)
            {
                throw Errors.StoreCorrupt(path, offset, e.Message);
            }
            offset += frameLength;
        }
        return offset;
    }
}
