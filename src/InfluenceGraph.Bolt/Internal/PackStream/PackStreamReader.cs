using System.Buffers.Binary;
using System.Text;

namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>
/// Decodes PackStream v1 from one message's bytes (PackStream spec, "Markers"). Integers come back as long,
/// floats as double, strings, byte[], List&lt;object?&gt; and Dictionary&lt;string, object?&gt;; structures are
/// mapped to value types by PackStreamReader.Structs.cs unless <see cref="RawStructures"/> is set.
/// </summary>
internal sealed partial class PackStreamReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlyMemory<byte> data, bool utcDateTime = true, bool rawStructures = false)
    {
        _data = data;
        UtcDateTime = utcDateTime;
        RawStructures = rawStructures;
    }

    public bool UtcDateTime { get; }

    /// <summary>Return every structure as a <see cref="PackStreamStructure"/> (used for messages and byte-level tests).</summary>
    public bool RawStructures { get; }

    public bool AtEnd => _position >= _data.Length;

    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker)
        {
            case <= 0x7F: return (long)marker;
            case >= 0xF0: return (long)unchecked((sbyte)marker);
            case >= PackStreamMarkers.TinyString and <= 0x8F: return ReadString(marker & 0x0F);
            case >= PackStreamMarkers.TinyList and <= 0x9F: return ReadList(marker & 0x0F);
            case >= PackStreamMarkers.TinyMap and <= 0xAF: return ReadMap(marker & 0x0F);
            case >= PackStreamMarkers.TinyStruct and <= 0xBF: return ReadStructure(marker & 0x0F, ReadByte());
            case PackStreamMarkers.Null: return null;
            case PackStreamMarkers.False: return false;
            case PackStreamMarkers.True: return true;
            case PackStreamMarkers.Float64: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case PackStreamMarkers.Int8: return (long)unchecked((sbyte)ReadByte());
            case PackStreamMarkers.Int16: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case PackStreamMarkers.Int32: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case PackStreamMarkers.Int64: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case PackStreamMarkers.Bytes8: return Take(ReadByte()).ToArray();
            case PackStreamMarkers.Bytes16: return Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray();
            case PackStreamMarkers.Bytes32: return Take(ReadSize32()).ToArray();
            case PackStreamMarkers.String8: return ReadString(ReadByte());
            case PackStreamMarkers.String16: return ReadString(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case PackStreamMarkers.String32: return ReadString(ReadSize32());
            case PackStreamMarkers.List8: return ReadList(ReadByte());
            case PackStreamMarkers.List16: return ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case PackStreamMarkers.List32: return ReadList(ReadSize32());
            case PackStreamMarkers.Map8: return ReadMap(ReadByte());
            case PackStreamMarkers.Map16: return ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case PackStreamMarkers.Map32: return ReadMap(ReadSize32());
            default: throw new ProtocolException(ErrorMessages.ReservedMarker(marker, _position - 1));
        }
    }

    /// <summary>Reads a structure header (B0..BF + tag): a message's start.</summary>
    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        if (marker is < PackStreamMarkers.TinyStruct or > 0xBF)
            throw new ProtocolException(ErrorMessages.ExpectedStructure(marker));
        return (marker & 0x0F, ReadByte());
    }

    private string ReadString(int size) => Encoding.UTF8.GetString(Take(size));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) list.Add(ReadValue());
        return list;
    }

    // Duplicate keys: the last one wins (PackStream spec, Dictionary).
    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            var key = ReadValue() as string ?? throw new ProtocolException(ErrorMessages.MapKeyNotString(typeof(object)));
            map[key] = ReadValue();
        }
        return map;
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        if (size > PackStreamMarkers.MaxSize) throw new ProtocolException(ErrorMessages.SizeTooLarge(size));
        return (int)size;
    }

    private byte ReadByte() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_position + count > _data.Length)
            throw new ProtocolException(ErrorMessages.Truncated(count, _data.Length - _position));
        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
