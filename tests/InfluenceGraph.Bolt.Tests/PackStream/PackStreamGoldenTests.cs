using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>Byte vectors from BOLT-SPEC.md section 4 (docs and oracle), encoded and decoded both ways.</summary>
public sealed class PackStreamGoldenTests
{
    private static string Letters(int n) => string.Concat(Enumerable.Range(0, n).Select(i => (char)('A' + i % 26)));
    private static string HexOf(string s) => Infrastructure.Hex.Format(System.Text.Encoding.UTF8.GetBytes(s));

    public static TheoryData<string, object?, string> Vectors => new()
    {
        { "null", null, "C0" },
        { "false", false, "C2" },
        { "true", true, "C3" },
        { "42", 42L, "2A" },
        { "int min", long.MinValue, "CB 80 00 00 00 00 00 00 00" },
        { "int max", long.MaxValue, "CB 7F FF FF FF FF FF FF FF" },
        { "tiny -16", -16L, "F0" },
        { "-1", -1L, "FF" },
        { "127", 127L, "7F" },
        { "128", 128L, "C9 00 80" },
        { "-17", -17L, "C8 EF" },
        { "-128", -128L, "C8 80" },
        { "-129", -129L, "C9 FF 7F" },
        { "32767", 32767L, "C9 7F FF" },
        { "32768", 32768L, "CA 00 00 80 00" },
        { "-32768", -32768L, "C9 80 00" },
        { "-32769", -32769L, "CA FF FF 7F FF" },
        { "int32 max", (long)int.MaxValue, "CA 7F FF FF FF" },
        { "int32 max + 1", int.MaxValue + 1L, "CB 00 00 00 00 80 00 00 00" },
        { "int32 min", (long)int.MinValue, "CA 80 00 00 00" },
        { "int32 min - 1", int.MinValue - 1L, "CB FF FF FF FF 7F FF FF FF" },
        { "1.23", 1.23, "C1 3F F3 AE 14 7A E1 47 AE" },
        { "empty bytes", Array.Empty<byte>(), "CC 00" },
        { "bytes 1 2 3", new byte[] { 1, 2, 3 }, "CC 03 01 02 03" },
        { "empty string", "", "80" },
        { "A", "A", "81 41" },
        { "15 letters", Letters(15), "8F " + HexOf(Letters(15)) },
        { "16 letters", Letters(16), "D0 10 " + HexOf(Letters(16)) },
        { "26 letters", Letters(26), "D0 1A " + HexOf(Letters(26)) },
        { "Größenmaßstäbe", "Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65" },
        { "empty list", new List<object?>(), "90" },
        { "[1,2,3]", new List<object?> { 1L, 2L, 3L }, "93 01 02 03" },
        { "[1, 2.0, three]", new List<object?> { 1L, 2.0, "three" }, "93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65" },
        { "1..40", Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToList(), "D4 28 " + string.Join(" ", Enumerable.Range(1, 40).Select(i => i.ToString("X2"))) },
        { "[128,-129,32768]", new List<object?> { 128L, -129L, 32768L }, "93 C9 00 80 C9 FF 7F CA 00 00 80 00" },
        { "[-16,-17,127]", new List<object?> { -16L, -17L, 127L }, "93 F0 C8 EF 7F" },
        { "empty map", new Dictionary<string, object?>(), "A0" },
        { "one eins", new Dictionary<string, object?> { ["one"] = "eins" }, "A1 83 6F 6E 65 84 65 69 6E 73" },
        { "A..Z", Enumerable.Range(0, 26).ToDictionary(i => ((char)('A' + i)).ToString(), i => (object?)(i + 1L)),
            "D8 1A " + string.Join(" ", Enumerable.Range(0, 26).Select(i => $"81 {0x41 + i:X2} {i + 1:X2}")) },
        { "Date 2020-01-01", new LocalDate(2020, 1, 1), "B1 44 C9 47 56" },
        { "LocalTime 12:00", new LocalTime(12, 0, 0), "B1 74 CB 00 00 27 4A 48 A7 80 00" },
        { "Duration(1,2,3,4)", new Duration(1, 2, 3, 4), "B4 45 01 02 03 04" },
        { "Point2D", new Point(7203, 1.0, 2.0), "B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00" },
        { "DateTime UTC", new ZonedDateTime(4500, 42, 3600), "B3 49 C9 11 94 2A C9 0E 10" },
        { "DateTimeZoneId UTC", new ZonedDateTime(4500, 42, "Europe/Paris"), "B3 69 C9 11 94 2A 8C 45 75 72 6F 70 65 2F 50 61 72 69 73" },
        { "Relationship", new Relationship(11, "r", "KNOWS", 2, 3, "a", "b", new Dictionary<string, object?>()), "B8 52 0B 02 03 85 4B 4E 4F 57 53 A0 81 72 81 61 81 62" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Writer_SpecVector_ProducesSpecBytes(string name, object? value, string hex)
    {
        _ = name;
        Assert.Equal(hex, Pack.Encode(value));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Reader_SpecBytes_ReencodeToSameBytes(string name, object? value, string hex)
    {
        _ = (name, value);
        var decoded = Pack.Decode(hex);
        Assert.Equal(hex, Pack.Encode(decoded));
    }

    [Theory]
    [InlineData(0, "80")]
    [InlineData(15, "8F")]
    [InlineData(16, "D0 10")]
    [InlineData(255, "D0 FF")]
    [InlineData(256, "D1 01 00")]
    [InlineData(65535, "D1 FF FF")]
    [InlineData(65536, "D2 00 01 00 00")]
    public void Writer_StringSizeBoundary_UsesSmallestHeader(int size, string header)
    {
        var hex = Pack.Encode(new string('x', size));
        Assert.StartsWith(header, hex);
        Assert.Equal(new string('x', size), Pack.Decode(hex));
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D4 10")]
    [InlineData(255, "D4 FF")]
    [InlineData(256, "D5 01 00")]
    [InlineData(65535, "D5 FF FF")]
    [InlineData(65536, "D6 00 01 00 00")]
    public void Writer_ListSizeBoundary_UsesSmallestHeader(int size, string header)
    {
        var hex = Pack.Encode(Enumerable.Repeat((object?)1L, size).ToList());
        Assert.StartsWith(header, hex);
        Assert.Equal(size, ((List<object?>)Pack.Decode(hex)!).Count);
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D8 10")]
    [InlineData(255, "D8 FF")]
    [InlineData(256, "D9 01 00")]
    [InlineData(65535, "D9 FF FF")]
    [InlineData(65536, "DA 00 01 00 00")]
    public void Writer_MapSizeBoundary_UsesSmallestHeader(int size, string header)
    {
        var hex = Pack.Encode(Enumerable.Range(0, size).ToDictionary(i => "k" + i, i => (object?)null));
        Assert.StartsWith(header, hex);
        Assert.Equal(size, ((Dictionary<string, object?>)Pack.Decode(hex)!).Count);
    }

    [Theory]
    [InlineData(255, "CC FF")]
    [InlineData(256, "CD 01 00")]
    [InlineData(65535, "CD FF FF")]
    [InlineData(65536, "CE 00 01 00 00")]
    public void Writer_BytesSizeBoundary_UsesSmallestHeader(int size, string header)
    {
        var hex = Pack.Encode(new byte[size]);
        Assert.StartsWith(header, hex);
        Assert.Equal(size, ((byte[])Pack.Decode(hex)!).Length);
    }

    [Theory]
    [InlineData("C4")]
    [InlineData("C5")]
    [InlineData("C6")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DB")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void Reader_ReservedMarker_ThrowsProtocolException(string hex) =>
        Assert.Throws<ProtocolException>(() => Pack.Decode(hex));

    [Fact]
    public void Reader_TruncatedInput_ThrowsProtocolException() =>
        Assert.Throws<ProtocolException>(() => Pack.Decode("D0 05 41 42"));

    [Fact]
    public void Reader_DuplicateMapKeys_LastOneWins()
    {
        var map = (Dictionary<string, object?>)Pack.Decode("A2 81 61 01 81 61 02")!;
        Assert.Equal(2L, Assert.Single(map).Value);
    }

    [Fact]
    public void Writer_SixteenStructFields_ThrowsProtocolException() =>
        Assert.Throws<ProtocolException>(() => new PackStreamWriter().WriteStructure(new PackStreamStructure(0x01, new object?[16])));
}
