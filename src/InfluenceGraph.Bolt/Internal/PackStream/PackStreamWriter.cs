using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>
/// Encodes PackStream v1 into a growable buffer, always choosing the smallest form (PackStream spec, "Markers").
/// The value mapping for .NET objects is in PackStreamWriter.Values.cs.
/// </summary>
internal sealed partial class PackStreamWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <param name="utcDateTime">Bolt 5.0+ (or 4.4 with the utc patch): DateTime seconds are the UTC instant.</param>
    /// <param name="elementIds">Bolt 5.0+: graph structures carry element ids.</param>
    public PackStreamWriter(bool utcDateTime = true, bool elementIds = true)
    {
        UtcDateTime = utcDateTime;
        ElementIds = elementIds;
    }

    public bool UtcDateTime { get; }
    public bool ElementIds { get; }
    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;
    public int Length => _buffer.WrittenCount;

    public void Clear() => _buffer.Clear();

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    public void WriteNull() => WriteByte(PackStreamMarkers.Null);

    public void WriteBoolean(bool value) => WriteByte(value ? PackStreamMarkers.True : PackStreamMarkers.False);

    // Integer: TINY_INT -16..127, else INT_8 / INT_16 / INT_32 / INT_64, smallest that fits.
    public void WriteInteger(long value)
    {
        if (value is >= PackStreamMarkers.TinyIntMin and <= PackStreamMarkers.TinyIntMax)
            WriteByte(unchecked((byte)value));
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            WriteByte(PackStreamMarkers.Int8);
            WriteByte(unchecked((byte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            WriteByte(PackStreamMarkers.Int16);
            BinaryPrimitives.WriteInt16BigEndian(Reserve(2), (short)value);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            WriteByte(PackStreamMarkers.Int32);
            BinaryPrimitives.WriteInt32BigEndian(Reserve(4), (int)value);
        }
        else
        {
            WriteByte(PackStreamMarkers.Int64);
            BinaryPrimitives.WriteInt64BigEndian(Reserve(8), value);
        }
    }

    // Float: C1 + IEEE-754 binary64, big-endian. PackStream has no 32-bit float.
    public void WriteFloat(double value)
    {
        WriteByte(PackStreamMarkers.Float64);
        BinaryPrimitives.WriteDoubleBigEndian(Reserve(8), value);
    }

    // Bytes: CC/CD/CE + unsigned size; no tiny form.
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        WriteSizedHeader(value.Length, tiny: null, PackStreamMarkers.Bytes8, PackStreamMarkers.Bytes16, PackStreamMarkers.Bytes32);
        value.CopyTo(Reserve(value.Length));
    }

    // String: UTF-8; the size is the byte count. 80..8F tiny, then D0/D1/D2.
    public void WriteString(string value)
    {
        var size = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(size, PackStreamMarkers.TinyString, PackStreamMarkers.String8, PackStreamMarkers.String16, PackStreamMarkers.String32);
        Encoding.UTF8.GetBytes(value, Reserve(size));
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarkers.TinyList, PackStreamMarkers.List8, PackStreamMarkers.List16, PackStreamMarkers.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, PackStreamMarkers.TinyMap, PackStreamMarkers.Map8, PackStreamMarkers.Map16, PackStreamMarkers.Map32);

    // Structure: B0+n (n <= 15) then the tag byte.
    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > PackStreamMarkers.MaxStructFields)
            throw new ProtocolException(ErrorMessages.StructTooLarge(fieldCount));
        WriteByte((byte)(PackStreamMarkers.TinyStruct | fieldCount));
        WriteByte(tag);
    }

    private void WriteSizedHeader(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (tiny is { } t && size < 16)
            WriteByte((byte)(t | size));
        else if (size <= byte.MaxValue)
        {
            WriteByte(marker8);
            WriteByte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteByte(marker16);
            BinaryPrimitives.WriteUInt16BigEndian(Reserve(2), (ushort)size);
        }
        else
        {
            WriteByte(marker32);
            BinaryPrimitives.WriteUInt32BigEndian(Reserve(4), (uint)size);
        }
    }

    private void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    private Span<byte> Reserve(int count)
    {
        var span = _buffer.GetSpan(count)[..count];
        _buffer.Advance(count);
        return span;
    }
}
