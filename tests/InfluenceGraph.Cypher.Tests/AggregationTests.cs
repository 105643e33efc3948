using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class AggregationTests
{
    private static CypherDatabase People()
    {
        var db = CypherDatabase.InMemory();
        db.Run("UNWIND [['a', 'x', 1], ['b', 'x', 2], ['c', 'y', 3], ['d', 'y', null]] AS p CREATE (:P {name: p[0], team: p[1], score: p[2]})");
        return db;
    }

    [Fact]
    public void Aggregates_WithoutGrouping_ComputeOverAllRows()
    {
        using var db = People();
        var row = db.Run("MATCH (p:P) RETURN count(*) AS rows, count(p.score) AS scored, sum(p.score) AS total, avg(p.score) AS mean, min(p.score) AS low, max(p.name) AS high, collect(p.score) AS scores").Records[0];
        Assert.Equal(4L, row["rows"]);
        Assert.Equal(3L, row["scored"]);
        Assert.Equal(6L, row["total"]);
        Assert.Equal(2.0, row["mean"]);
        Assert.Equal(1L, row["low"]);
        Assert.Equal("d", row["high"]);
        Assert.Equal(3, ((IReadOnlyList<object?>)row["scores"]!).Count);
    }

    [Fact]
    public void Aggregates_GroupByNonAggregateItems()
    {
        using var db = People();
        var result = db.Run("MATCH (p:P) RETURN p.team AS team, count(*) AS n, collect(p.name) AS names ORDER BY team");
        Assert.Equal(["team", "n", "names"], result.Columns);
        Assert.Equal("x 2 ['a', 'b']|y 2 ['c', 'd']", string.Join("|", result.Rows.Select(r => $"{r[0]} {r[1]} {Show(r[2])}")));
    }

    [Fact]
    public void CountDistinct_CountsDistinctValues()
    {
        using var db = People();
        Assert.Equal(2L, db.Run("MATCH (p:P) RETURN count(DISTINCT p.team) AS n").Rows[0][0]);
    }

    [Fact]
    public void Aggregates_OnNoRows_GiveOneRowWithoutKeysAndNoneWithKeys()
    {
        using var db = CypherDatabase.InMemory();
        var none = db.Run("MATCH (n:Missing) RETURN count(n) AS n, collect(n) AS all, sum(n.x) AS s, avg(n.x) AS a");
        Assert.Equal("0 [] 0 null", string.Join(" ", none.Rows[0].Select(Show)));
        Assert.Empty(db.Run("MATCH (n:Missing) RETURN n.k AS k, count(n) AS n").Rows);
    }

    [Fact]
    public void OrderBy_AggregateExpression_SortsGroups()
    {
        using var db = People();
        db.Run("CREATE (:P {name: 'e', team: 'y'})");
        var result = db.Run("MATCH (p:P) RETURN p.team AS team, count(*) ORDER BY count(*) DESC");
        Assert.Equal("y", result.Rows[0][0]);
        Assert.Equal("count(*)", result.Columns[1]);
    }

    [Fact]
    public void With_AggregatesThenFilters()
    {
        using var db = People();
        var result = db.Run("MATCH (p:P) WITH p.team AS team, count(p.score) AS scored WHERE scored > 1 RETURN team, scored");
        var row = Assert.Single(result.Rows);
        Assert.Equal("x", row[0]);
        Assert.Equal(2L, row[1]);
    }

    [Fact]
    public void Distinct_RemovesDuplicateRows()
    {
        using var db = People();
        var result = db.Run("MATCH (p:P) RETURN DISTINCT p.team AS team ORDER BY team DESC");
        Assert.Equal(["y", "x"], result.Rows.Select(r => (string)r[0]!).ToArray());
    }

    [Theory]
    [InlineData("percentileDisc(x, 0.5)", "20.0")]
    [InlineData("percentileDisc(x, 0.0)", "10.0")]
    [InlineData("percentileCont(x, 0.25)", "15.0")]
    [InlineData("percentileCont(x, 1.0)", "30.0")]
    public void Percentile_OverGroup(string call, string expected)
    {
        using var db = CypherDatabase.InMemory();
        Assert.Equal(expected, Show(db.Run("UNWIND [30, 10, 20] AS x RETURN " + call + " AS p").Rows[0][0]));
    }

    [Fact]
    public void Percentile_OutOfRange_ReportsArgumentError() =>
        Assert.Equal(CypherErrorKind.ArgumentError, Fails(() => CypherDatabase.InMemory().Run("UNWIND [1] AS x RETURN percentileCont(x, 2)")).Kind);
}
