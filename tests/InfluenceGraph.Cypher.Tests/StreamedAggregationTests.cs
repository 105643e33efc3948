using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>
/// MATCH and UNWIND rows streamed into an aggregating projection's groups answer exactly what the same query answers
/// when its rows are first collected (a `WITH *` in between collects them), and each aggregate keeps its semantics
/// when fed one row at a time.
/// </summary>
public sealed class StreamedAggregationTests
{
    private static CypherDatabase Graph()
    {
        var db = CypherDatabase.InMemory();
        db.Run("""
            UNWIND range(1, 60) AS i
            CREATE (:P {id: i, team: ['x', 'y', 'z'][i % 3], score: CASE WHEN i % 7 = 0 THEN null ELSE i % 11 END, w: toFloat(i) / 4})
            """);
        db.Run("MATCH (a:P), (b:P) WHERE b.id = a.id + 1 OR b.id = a.id * 2 CREATE (a)-[:R {k: a.id % 4}]->(b)");
        return db;
    }

    [Theory]
    [InlineData("MATCH (p:P) {0} RETURN p.team AS team, count(*) AS n, count(p.score) AS scored, sum(p.score) AS s, avg(p.w) AS a, min(p.score) AS lo, max(p.w) AS hi ORDER BY team")]
    [InlineData("MATCH (p:P) {0} RETURN collect(DISTINCT p.score) AS scores, count(DISTINCT p.team) AS teams, sum(DISTINCT p.score) AS s")]
    [InlineData("MATCH (p:P) {0} RETURN p.team AS team, stDev(p.w) AS sd, stDevP(p.w) AS sdp, percentileCont(p.w, 0.4) AS pc, percentileDisc(p.score, 0.5) AS pd ORDER BY team")]
    [InlineData("MATCH (a:P)-[r:R]->(b) {0} RETURN r.k AS k, count(*) AS n, collect(b.id) AS ids ORDER BY k")]
    [InlineData("MATCH (a:P) MATCH (a)-[:R]->(b)-[:R]->(c) {0} RETURN a.team AS team, count(c) AS n ORDER BY n DESC, team LIMIT 2")]
    [InlineData("MATCH (a:P) OPTIONAL MATCH (a)-[:R]->(b:P) WHERE b.id > 40 {0} RETURN count(b) AS reached, count(*) AS rows")]
    [InlineData("MATCH (a:P) WHERE a.id < 5 UNWIND [1, 2, null, a.id] AS x {0} RETURN x % 2 AS parity, sum(x) AS s, collect(x) AS xs ORDER BY parity")]
    [InlineData("MATCH (a:P) WHERE a.id > 1000 {0} RETURN count(*) AS n, sum(a.score) AS s, avg(a.score) AS mean, collect(a.id) AS ids")]
    [InlineData("MATCH (a:P) WHERE a.id > 1000 {0} RETURN a.team AS team, count(*) AS n")]
    [InlineData("MATCH (a:P)-[:R]->(b) {0} WITH a.team AS team, count(*) AS n WHERE n > 10 RETURN team, n ORDER BY team")]
    public void Aggregation_OverStreamedRows_AnswersAsOverCollectedRows(string template)
    {
        using var db = Graph();

        var streamed = db.Run(string.Format(template, ""));
        var collected = db.Run(string.Format(template, "WITH *"));

        Assert.Equal(collected.Columns, streamed.Columns);
        Assert.Equal(collected.Rows.Select(r => string.Join(" | ", r.Select(Show))), streamed.Rows.Select(r => string.Join(" | ", r.Select(Show))));
    }

    [Fact]
    public void Sum_OfIntegersThatOverflow_IsAnError_ButAFloatAmongThemMakesItAFloatSum()
    {
        using var db = CypherDatabase.InMemory();

        var overflow = Fails(() => db.Run("UNWIND [9223372036854775807, 1] AS x RETURN sum(x)"));
        var floats = db.Run("UNWIND [9223372036854775807, 1, 0.5] AS x RETURN sum(x)").Rows[0][0];

        Assert.Equal(CypherErrorKind.ArithmeticError, overflow.Kind);
        Assert.Equal(9223372036854775807.0 + 1 + 0.5, floats);
    }

    [Fact]
    public void Aggregates_OfAStringWhereANumberIsNeeded_FailNamingTheType()
    {
        using var db = CypherDatabase.InMemory();

        foreach (var call in new[] { "sum(x)", "avg(x)", "stDev(x)", "percentileCont(x, 0.5)" })
            Assert.Equal(CypherErrorKind.TypeError, Fails(() => db.Run($"UNWIND [1, 'two'] AS x RETURN {call}")).Kind);
    }

    [Fact]
    public void MinAndMax_AcrossTypes_FollowCyphersOrder_AndKeepTheFirstOfEqualValues()
    {
        using var db = CypherDatabase.InMemory();

        var mixed = db.Run("UNWIND [3, 'a', 1.0, [2], true] AS x RETURN min(x) AS lo, max(x) AS hi").Rows[0];
        var equal = db.Run("UNWIND [2, 1, 1.0] AS x RETURN min(x) AS lo").Rows[0];

        Assert.Equal(("[2]", "3", "1"), (Show(mixed[0]), Show(mixed[1]), Show(equal[0])));
    }

    [Fact]
    public void Percentile_OutOfRange_IsRefusedEvenOverNoRows()
    {
        using var db = CypherDatabase.InMemory();

        Assert.Equal(CypherErrorKind.ArgumentError, Fails(() => db.Run("UNWIND [] AS x RETURN percentileCont(x, 1.5)")).Kind);
        Assert.Null(db.Run("UNWIND [] AS x RETURN percentileDisc(x, 0.5)").Rows[0][0]);
    }
}
