namespace InfluenceGraph.Bolt.Internal.PackStream;

/// <summary>
/// PackStream v1 marker bytes, one table (PackStream spec "Markers"; BOLT-SPEC.md section 4).
/// Every marker not listed here is reserved and rejected by the reader.
/// </summary>
internal static class PackStreamMarkers
{
    public const byte Null = 0xC0;
    public const byte Float64 = 0xC1;
    public const byte False = 0xC2;
    public const byte True = 0xC3;
    public const byte Int8 = 0xC8;
    public const byte Int16 = 0xC9;
    public const byte Int32 = 0xCA;
    public const byte Int64 = 0xCB;
    public const byte Bytes8 = 0xCC;
    public const byte Bytes16 = 0xCD;
    public const byte Bytes32 = 0xCE;
    public const byte String8 = 0xD0;
    public const byte String16 = 0xD1;
    public const byte String32 = 0xD2;
    public const byte List8 = 0xD4;
    public const byte List16 = 0xD5;
    public const byte List32 = 0xD6;
    public const byte Map8 = 0xD8;
    public const byte Map16 = 0xD9;
    public const byte Map32 = 0xDA;

    /// <summary>High nibbles of the tiny forms; the low nibble holds the size (0..15).</summary>
    public const byte TinyString = 0x80;
    public const byte TinyList = 0x90;
    public const byte TinyMap = 0xA0;
    public const byte TinyStruct = 0xB0;

    /// <summary>TINY_INT covers -16..127: 0x00..0x7F and 0xF0..0xFF.</summary>
    public const long TinyIntMin = -16;
    public const long TinyIntMax = 127;

    /// <summary>"All sizes are unsigned, but the maximum is 2,147,483,647."</summary>
    public const long MaxSize = int.MaxValue;

    /// <summary>Structures hold at most 15 fields: there is no large-struct marker.</summary>
    public const int MaxStructFields = 15;
}

/// <summary>Structure tag bytes of the Bolt value types (structure-semantics; BOLT-SPEC.md section 5).</summary>
internal static class StructTags
{
    public const byte Node = 0x4E;                 // 'N'
    public const byte Relationship = 0x52;         // 'R'
    public const byte UnboundRelationship = 0x72;  // 'r'
    public const byte Path = 0x50;                 // 'P'
    public const byte Date = 0x44;                 // 'D'
    public const byte Time = 0x54;                 // 'T'
    public const byte LocalTime = 0x74;            // 't'
    public const byte DateTime = 0x49;             // 'I'  5.0+: UTC instant
    public const byte DateTimeZoneId = 0x69;       // 'i'  5.0+: UTC instant
    public const byte LegacyDateTime = 0x46;       // 'F'  4.4 without the utc patch: local wall clock
    public const byte LegacyDateTimeZoneId = 0x66; // 'f'  4.4 without the utc patch: local wall clock
    public const byte LocalDateTime = 0x64;        // 'd'
    public const byte Duration = 0x45;             // 'E'
    public const byte Point2D = 0x58;              // 'X'
    public const byte Point3D = 0x59;              // 'Y'
}
