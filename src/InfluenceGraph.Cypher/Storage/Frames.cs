using System.Buffers.Binary;
using Crc32 = System.IO.Hashing.Crc32;

namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// The checksummed frame both durable files use:
///   marker (2 bytes, 0xC7 0x1F) | payload length (uint32 LE) | CRC-32 of length and payload (uint32 LE) | payload.
/// The marker lets a reader look past damage for a later valid frame (damage in the middle, not a torn tail).
/// </summary>
internal static class Frames
{
    public const int HeaderLength = 10;
    private const byte Marker0 = 0xC7;
    private const byte Marker1 = 0x1F;

    /// <summary>A frame's header for this payload (written before it, the payload after it, with no copy of it).</summary>
    public static void WriteHeader(Span<byte> header, ReadOnlySpan<byte> payload)
    {
        var crc = Checksum((uint)payload.Length);
        crc.Append(payload);
        WriteHeader(header, (uint)payload.Length, crc.GetCurrentHashAsUInt32());
    }

    /// <summary>The whole frame's length if a well-formed frame with a valid checksum starts at offset, else -1.</summary>
    public static long TryRead(byte[] bytes, long offset)
    {
        if (bytes.Length - offset < HeaderLength || bytes[offset] != Marker0 || bytes[offset + 1] != Marker1) return -1;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + 2));
        if (length > bytes.Length - offset - HeaderLength) return -1;
        var frame = bytes.AsSpan((int)offset, HeaderLength + (int)length);
        var stored = BinaryPrimitives.ReadUInt32LittleEndian(frame[6..]);
        return FrameChecksum(frame) == stored ? HeaderLength + length : -1;
    }

    public static byte[] Payload(byte[] bytes, long offset, long frameLength) =>
        bytes[(int)(offset + HeaderLength)..(int)(offset + frameLength)];

    public static long? NextValid(byte[] bytes, long from)
    {
        for (var p = from; p + HeaderLength <= bytes.Length; p++)
            if (bytes[p] == Marker0 && bytes[p + 1] == Marker1 && TryRead(bytes, p) > 0) return p;
        return null;
    }

    /// <summary>A frame's header, for a payload written separately (see <see cref="Checksum(uint)"/> for its checksum).</summary>
    public static void WriteHeader(Span<byte> header, uint length, uint checksum)
    {
        header[0] = Marker0;
        header[1] = Marker1;
        BinaryPrimitives.WriteUInt32LittleEndian(header[2..], length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[6..], checksum);
    }

    /// <summary>The CRC over a frame's length field, to which its payload is then appended: a torn or flipped length is caught too.</summary>
    public static Crc32 Checksum(uint length)
    {
        Span<byte> field = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(field, length);
        var crc = new Crc32();
        crc.Append(field);
        return crc;
    }

    // A whole frame's checksum: its length field, then its payload.
    private static uint FrameChecksum(ReadOnlySpan<byte> frame)
    {
        var crc = Checksum(BinaryPrimitives.ReadUInt32LittleEndian(frame[2..]));
        crc.Append(frame[HeaderLength..]);
        return crc.GetCurrentHashAsUInt32();
    }
}
