using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ClockAndDstTests
{
    [Fact]
    public void ClockFunctions_OneStatement_SeeOneInstant()
    {
        using var db = CypherDatabase.InMemory();
        var row = db.Run("UNWIND range(1, 20000) AS i WITH collect(localtime()) AS times, collect(timestamp()) AS stamps, collect(datetime.statement()) AS dts "
            + "RETURN size([t IN times WHERE t <> times[0]]) + size([s IN stamps WHERE s <> stamps[0]]) + size([d IN dts WHERE d <> dts[0]]) AS differing").Rows[0];
        Assert.Equal(0L, row[0]);
    }

    [Fact]
    public void ClockFunctions_AllForms_AgreeWithinAStatement()
    {
        using var db = CypherDatabase.InMemory();
        var row = db.Run("RETURN datetime().epochMillis = timestamp() AS a, date() = date(datetime()) AS b, localtime() = localtime(datetime.statement()) AS c").Rows[0];
        Assert.Equal([true, true, true], row);
    }

    [Fact]
    public void TransactionClock_LaterStatements_SeeTheTransactionsStart()
    {
        using var db = CypherDatabase.InMemory();
        using var tx = db.BeginTransaction();
        var first = tx.Run("RETURN datetime.transaction() AS t, datetime.statement() AS s").Rows[0];
        Thread.Sleep(5);
        var second = tx.Run("RETURN datetime.transaction() AS t, datetime.statement() AS s").Rows[0];
        Assert.Equal(first[0], second[0]);
        Assert.NotEqual(first[1], second[1]);
    }

    [Fact]
    public void ZonedDateTime_PlusDayAcrossDstChange_KeepsWallClock()
    {
        Assert.Equal("2017-10-30T00:00+01:00[Europe/Stockholm]",
            Show(Eval("datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}) + duration({days: 1})")));
    }

    [Fact]
    public void ZonedDateTime_PlusHoursAcrossDstChange_KeepsInstant()
    {
        Assert.Equal("2017-10-30T00:00+01:00[Europe/Stockholm]",
            Show(Eval("datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}) + duration({hours: 25})")));
        Assert.Equal("2017-10-29T23:00+01:00[Europe/Stockholm]",
            Show(Eval("datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}) + duration({hours: 24})")));
    }

    [Fact]
    public void DurationInSeconds_LocalAgainstZonedOnDstDay_CountsRealHours()
    {
        Assert.Equal("PT5H", Show(Eval("duration.inSeconds(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), localdatetime({year: 2017, month: 10, day: 29, hour: 4}))")));
        Assert.Equal("PT25H", Show(Eval("duration.inSeconds(datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'}), date({year: 2017, month: 10, day: 30}))")));
    }

    [Fact]
    public void Duration_AlternativeIsoFormat_ReadsAsDesignators()
    {
        Assert.Equal("P2012Y2M2DT14H37M21.545S", Show(Eval("duration('P2012-02-02T14:37:21.545')")));
    }
}
