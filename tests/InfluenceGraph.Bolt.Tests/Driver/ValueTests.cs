using InfluenceGraph.Bolt.Internal;
using InfluenceGraph.Bolt.Internal.Routing;

namespace InfluenceGraph.Bolt.Tests.Driver;

/// <summary>Record access, value conversion, addresses and routing-table parsing.</summary>
public sealed class ValueTests
{
    private static readonly InfluenceGraph.Bolt.Internal.Record Sample = new(["n", "f", "list", "map", "day"],
        [7L, 1.5, new List<object?> { 1L, 2L }, new Dictionary<string, object?> { ["a"] = 1L }, LocalDate.FromEpochDay(0)]);

    [Fact]
    public void Record_Get_ConvertsToRequestedTypes()
    {
        Assert.Equal(7, Sample.Get<int>("n"));
        Assert.Equal(1.5f, Sample.Get<float>("f"));
        Assert.Equal([1, 2], Sample.Get<List<int>>("list"));
        Assert.Equal([1L, 2L], Sample.Get<long[]>("list"));
        Assert.Equal(1, Sample.Get<IReadOnlyDictionary<string, int>>("map")["a"]);
        Assert.Equal(new DateOnly(1970, 1, 1), Sample.Get<DateOnly>("day"));
        Assert.Equal(7L, Sample[0]);
        Assert.Equal(5, Sample.Values.Count);
    }

    [Fact]
    public void Record_UnknownKey_ThrowsNamingTheKeys()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Sample["missing"]);
        Assert.Contains("n, f, list, map, day", error.Message);
    }

    [Fact]
    public void ValueConverter_Overflow_ThrowsValueOverflow() =>
        Assert.Throws<ValueOverflowException>(() => ValueConverter.Convert<int>(long.MaxValue));

    [Fact]
    public void ValueConverter_NullToValueType_ThrowsInvalidCast() =>
        Assert.Throws<InvalidCastException>(() => ValueConverter.Convert<int>(null));

    [Theory]
    [InlineData("db1:7687", "db1", 7687)]
    [InlineData("db1", "db1", 7687)]
    [InlineData("[::1]:7688", "::1", 7688)]
    public void ServerAddress_Parse_HostAndPort(string text, string host, int port) =>
        Assert.Equal(new ServerAddress(host, port), ServerAddress.Parse(text));

    [Fact]
    public void RoutingTable_Parse_RolesAndTtl()
    {
        var metadata = new Dictionary<string, object?>
        {
            ["rt"] = new Dictionary<string, object?>
            {
                ["ttl"] = 300L,
                ["db"] = "neo4j",
                ["servers"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { "a:7687" }, ["role"] = "ROUTE" },
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { "b:7687", "c:7687" }, ["role"] = "READ" },
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { "d:7687" }, ["role"] = "WRITE" },
                },
            },
        };
        var table = RoutingTable.Parse(metadata, "");
        Assert.Equal("neo4j", table.Database);
        Assert.Equal(["b:7687", "c:7687"], table.Readers.Select(a => a.ToString()));
        Assert.InRange(table.ExpiresAt - DateTime.UtcNow, TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(300));
        Assert.False(table.IsStale(AccessMode.Write));
        table.ForgetWriter(new ServerAddress("d", 7687));
        Assert.True(table.IsStale(AccessMode.Write));
        Assert.False(table.IsStale(AccessMode.Read));
        Assert.NotEqual(table.Candidates(AccessMode.Read)[0], table.Candidates(AccessMode.Read)[0]);
    }
}
