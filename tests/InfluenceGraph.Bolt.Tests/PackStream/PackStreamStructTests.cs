namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>Every Bolt structure decoded to its value type and encoded back (BOLT-SPEC.md section 5).</summary>
public sealed class PackStreamStructTests
{
    private static readonly Dictionary<string, object?> NoProps = [];

    [Fact]
    public void Node_Bolt5_DecodesAllFourFields()
    {
        const string hex = "B4 4E 01 91 85 41 63 74 6F 72 A1 82 69 64 82 61 31 87 34 3A 61 62 63 3A 31";
        var node = Assert.IsType<Node>(Pack.Decode(hex));
        Assert.Equal((1L, "4:abc:1", "Actor", "a1"), (node.Id, node.ElementId, Assert.Single(node.Labels), node.Get<string>("id")));
        Assert.Equal(hex, Pack.Encode(node));
    }

    [Fact]
    public void Node_Bolt44_UsesIdAsElementId()
    {
        var node = Assert.IsType<Node>(Pack.Decode("B3 4E 07 90 A0", utc: false));
        Assert.Equal("7", node.ElementId);
        Assert.Equal("B3 4E 07 90 A0", Pack.Encode(node, utc: false, elementIds: false));
    }

    [Fact]
    public void Relationship_Bolt44_FiveFields_RoundTrip()
    {
        const string hex = "B5 52 0B 02 03 85 4B 4E 4F 57 53 A0";
        var rel = Assert.IsType<Relationship>(Pack.Decode(hex, utc: false));
        Assert.Equal(("11", "2", "3"), (rel.ElementId, rel.StartNodeElementId, rel.EndNodeElementId));
        Assert.Equal(hex, Pack.Encode(rel, utc: false, elementIds: false));
    }

    [Fact]
    public void UnboundRelationship_Bolt5_RoundTrip()
    {
        const string hex = "B4 72 05 82 52 45 A1 81 77 01 82 72 35";
        var rel = Assert.IsType<UnboundRelationship>(Pack.Decode(hex));
        Assert.Equal((5L, "RE", "r5"), (rel.Id, rel.Type, rel.ElementId));
        Assert.Equal(hex, Pack.Encode(rel));
    }

    [Fact]
    public void Path_OracleVector_SingleNode()
    {
        const string hex = "B3 50 91 B4 4E 01 90 A0 82 6E 31 90 90";
        var path = Assert.IsType<GraphPath>(Pack.Decode(hex));
        Assert.Equal("n1", path.Start.ElementId);
        Assert.Same(path.Start, path.End);
        Assert.Equal(hex, Pack.Encode(path));
    }

    [Fact]
    public void Path_DocsExample_WalksForwardsAndBackwards()
    {
        // nodes [42, 69, 1], rels [1000, 1001], indices [1,1,1,0,-2,2]: (42)-[1000]->(69)-[1000]->(42)<-[1001]-(1)
        object N(long id) => Pack.Struct(0x4E, id, new List<object?>(), NoProps, "n" + id);
        object R(long id) => Pack.Struct(0x72, id, "T", NoProps, "r" + id);
        var raw = Pack.Struct(0x50, new List<object?> { N(42), N(69), N(1) }, new List<object?> { R(1000), R(1001) },
            new List<object?> { 1L, 1L, 1L, 0L, -2L, 2L });
        var hex = Pack.Encode(raw);
        var path = Assert.IsType<GraphPath>(Pack.Decode(hex));
        Assert.Equal(["n42", "n69", "n42", "n1"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(["n42->n69", "n69->n42", "n1->n42"],
            path.Relationships.Select(r => $"{r.StartNodeElementId}->{r.EndNodeElementId}"));
        Assert.Equal(hex, Pack.Encode(path));
    }

    [Fact]
    public void DateTime_Utc_DocsExample_DecodesInstantAndOffset()
    {
        var value = Assert.IsType<ZonedDateTime>(Pack.Decode("B3 49 C9 11 94 2A C9 0E 10"));
        Assert.Equal("1970-01-01T02:15:00.000000042+01:00", value.ToString());
        Assert.Equal(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1)), value.ToDateTimeOffset());
    }

    [Fact]
    public void DateTime_Legacy_StoresWallClockSeconds()
    {
        var value = new ZonedDateTime(4500, 42, 3600);
        Assert.Equal("B3 46 C9 1F A4 2A C9 0E 10", Pack.Encode(value, utc: false)); // seconds = 8100
        Assert.Equal(value, Pack.Decode("B3 46 C9 1F A4 2A C9 0E 10", utc: false));
    }

    [Fact]
    public void DateTimeZoneId_Utc_DocsExample_KnowsParisOffset()
    {
        var value = Assert.IsType<ZonedDateTime>(Pack.Decode("B3 69 C9 11 94 2A 8C 45 75 72 6F 70 65 2F 50 61 72 69 73"));
        Assert.Equal(("Europe/Paris", 3600), (value.ZoneId, value.OffsetSeconds));
        Assert.Equal("1970-01-01T02:15:00.000000042+01:00[Europe/Paris]", value.ToString());
    }

    [Fact]
    public void DateTimeZoneId_Legacy_StoresWallClockSeconds()
    {
        var value = new ZonedDateTime(4500, 42, "Europe/Paris");
        var hex = Pack.Encode(value, utc: false);
        Assert.Equal("B3 66 C9 1F A4 2A 8C 45 75 72 6F 70 65 2F 50 61 72 69 73", hex);
        Assert.Equal(value, Pack.Decode(hex, utc: false));
    }

    [Fact]
    public void DateTime_LegacyTagOnBolt5_ThrowsProtocolException() =>
        Assert.Throws<ProtocolException>(() => Pack.Decode("B3 46 C9 1F A4 2A C9 0E 10", utc: true));

    [Fact]
    public void Time_RoundTrip_KeepsOffset()
    {
        var value = new OffsetTime(new LocalTime(10, 30, 0).NanosecondOfDay, -18000);
        var decoded = Assert.IsType<OffsetTime>(Pack.Decode(Pack.Encode(value)));
        Assert.Equal("10:30:00-05:00", decoded.ToString());
    }

    [Fact]
    public void LocalDateTime_RoundTrip_FromDateTime()
    {
        var value = new DateTime(2024, 2, 29, 23, 59, 58, DateTimeKind.Unspecified).AddTicks(5);
        var hex = Pack.Encode(value);
        Assert.StartsWith("B2 64", hex);
        Assert.Equal(value, Assert.IsType<LocalDateTime>(Pack.Decode(hex)).ToDateTime());
    }

    [Fact]
    public void Point3D_RoundTrip()
    {
        var hex = Pack.Encode(new Point(9157, 1, 2, 3));
        Assert.StartsWith("B4 59 C9 23 C5", hex);
        Assert.Equal(new Point(9157, 1, 2, 3), Pack.Decode(hex));
    }

    [Fact]
    public void Date_BeforeEpochAndFarYears_RoundTrip()
    {
        Assert.Equal("1969-12-31", LocalDate.FromEpochDay(-1).ToString());
        Assert.Equal(new DateOnly(1, 1, 1), Assert.IsType<LocalDate>(Pack.Decode(Pack.Encode(new DateOnly(1, 1, 1)))).ToDateOnly());
        var far = new LocalDate(-40000, 3, 1);
        Assert.Equal(far, Pack.Decode(Pack.Encode(far)));
        Assert.Throws<ValueOverflowException>(() => far.ToDateOnly());
    }

    [Fact]
    public void ClrParameters_MapToBoltTypes()
    {
        Assert.Equal("B1 44 C9 47 56", Pack.Encode(new DateOnly(2020, 1, 1)));
        Assert.Equal("B1 74 CB 00 00 27 4A 48 A7 80 00", Pack.Encode(new TimeOnly(12, 0)));
        Assert.Equal("B1 74 CB 00 00 27 4A 48 A7 80 00", Pack.Encode(TimeSpan.FromHours(12)));
        Assert.Equal("B3 49 C9 11 94 00 C9 0E 10", Pack.Encode(new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1))));
        Assert.Equal("93 01 02 03", Pack.Encode(new[] { 1, 2, 3 }));
        Assert.Equal("92 C1 3F F8 00 00 00 00 00 00 81 61", Pack.Encode(new object[] { 1.5f, 'a' }));
        Assert.Equal("A1 81 61 01", Pack.Encode(new SortedList<string, int> { ["a"] = 1 }));
        Assert.Equal("A1 81 61 01", Pack.Encode(new Dictionary<string, int> { ["a"] = 1 }.AsReadOnly()));
        Assert.Throws<ClientException>(() => Pack.Encode(new object()));
    }
}
