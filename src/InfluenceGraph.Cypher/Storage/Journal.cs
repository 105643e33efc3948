using System.Buffers.Binary;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The write-ahead journal: a file of committed transactions, one frame each, appended and fsynced at commit.
/// Layout: an 8-byte file magic, then frames of
///   marker (2 bytes, 0xC7 0x1F) | payload length (uint32 LE) | CRC-32 of length and payload (uint32 LE) | payload.
/// The marker lets the reader tell a torn tail (no valid frame follows the damage) from damage in the middle
/// (a valid frame follows it): the first is dropped with a warning, the second is refused.
/// </summary>
internal sealed class Journal : IDisposable
{
    public const string FileName = "journal.log";
    private static readonly byte[] Magic = "IGJRNL01"u8.ToArray();
    private const byte Marker0 = 0xC7;
    private const byte Marker1 = 0x1F;
    private const int FrameHeader = 10;

    private readonly FileStream _file;

    private Journal(FileStream file) => _file = file;

    public string Path => _file.Name;

    /// <summary>Opens (or creates) the journal in <paramref name="directory"/> and replays it into <paramref name="store"/>.</summary>
    public static Journal Open(string directory, GraphStore store, List<string> warnings)
    {
        var path = System.IO.Path.Combine(directory, FileName);
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        try
        {
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            var validEnd = Replay(path, bytes, store, warnings);
            if (validEnd < Magic.Length)
            {
                file.SetLength(0);
                file.Write(Magic);
                file.Flush(true);
            }
            else if (validEnd < bytes.Length)
            {
                file.SetLength(validEnd);
                file.Flush(true);
            }
            file.Seek(0, SeekOrigin.End);
            return new Journal(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Appends one transaction and forces it to disk before returning.</summary>
    public void Append(byte[] payload)
    {
        var frame = new byte[FrameHeader + payload.Length];
        frame[0] = Marker0;
        frame[1] = Marker1;
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(2), (uint)payload.Length);
        payload.CopyTo(frame, FrameHeader);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(6), Checksum(frame));
        var start = _file.Position;
        try
        {
            _file.Write(frame);
            _file.Flush(true);
        }
        catch
        {
            // Leave no partial frame behind: the next commit must not append after garbage.
            try
            {
                _file.SetLength(start);
                _file.Seek(start, SeekOrigin.Begin);
            }
            catch (IOException)
            {
            }
            throw;
        }
    }

    public void Dispose() => _file.Dispose();

    // CRC over the length field and the payload: a torn or flipped length is caught too.
    private static uint Checksum(ReadOnlySpan<byte> frame)
    {
        Span<byte> lengthBytes = stackalloc byte[4];
        frame.Slice(2, 4).CopyTo(lengthBytes);
        var crc = Crc32.Compute([.. lengthBytes, .. frame[FrameHeader..]]);
        return crc;
    }

    /// <summary>Replays every frame; returns the offset where valid data ends.</summary>
    private static long Replay(string path, byte[] bytes, GraphStore store, List<string> warnings)
    {
        if (bytes.Length == 0) return 0;
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            if (bytes.Length < Magic.Length && Magic.AsSpan(0, bytes.Length).SequenceEqual(bytes))
            {
                warnings.Add($"Journal '{path}': incomplete header dropped");
                return 0;
            }
            throw Errors.StoreCorrupt(path, 0, "the file does not start with the journal header");
        }
        var offset = (long)Magic.Length;
        while (offset < bytes.Length)
        {
            var frameLength = TryFrame(bytes, offset);
            if (frameLength < 0)
            {
                if (NextValidFrame(bytes, offset + 1) is { } later)
                    throw Errors.StoreCorrupt(path, offset, $"a frame fails its checksum or is cut short while a valid frame follows at offset {later}");
                warnings.Add($"Journal '{path}': dropped a torn last record at offset {offset} ({bytes.Length - offset} bytes): the process likely stopped mid-commit");
                return offset;
            }
            try
            {
                JournalReplay.Apply(store, bytes[(int)(offset + FrameHeader)..(int)(offset + frameLength)]);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or CypherException or KeyNotFoundException)
            {
                throw Errors.StoreCorrupt(path, offset, e.Message);
            }
            offset += frameLength;
        }
        return offset;
    }

    /// <summary>The whole frame's length if a well-formed frame with a valid checksum starts at offset, else -1.</summary>
    private static long TryFrame(byte[] bytes, long offset)
    {
        if (bytes.Length - offset < FrameHeader || bytes[offset] != Marker0 || bytes[offset + 1] != Marker1) return -1;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + 2));
        if (length > bytes.Length - offset - FrameHeader) return -1;
        var frame = bytes.AsSpan((int)offset, FrameHeader + (int)length);
        var stored = BinaryPrimitives.ReadUInt32LittleEndian(frame[6..]);
        return Checksum(frame) == stored ? FrameHeader + length : -1;
    }

    private static long? NextValidFrame(byte[] bytes, long from)
    {
        for (var p = from; p + FrameHeader <= bytes.Length; p++)
            if (bytes[p] == Marker0 && bytes[p + 1] == Marker1 && TryFrame(bytes, p) > 0) return p;
        return null;
    }
}
