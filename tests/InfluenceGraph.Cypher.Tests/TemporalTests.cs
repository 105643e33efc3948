using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>LOCAL TIME, TIME, LOCAL DATETIME, DATETIME and DURATION: construction, text, components, arithmetic, order, storage.</summary>
public sealed class TemporalTests
{
    private static string Text(string expression) => Values(Eval(expression));

    [Theory]
    [InlineData("datetime('2025-05-07T10:30:00Z')", "2025-05-07T10:30Z")]
    [InlineData("datetime('2025-05-07T10:30:00.123+05:30')", "2025-05-07T10:30:00.123+05:30")]
    [InlineData("datetime({year: 2025, month: 5, day: 7, hour: 12, timezone: '+01:00'})", "2025-05-07T12:00+01:00")]
    [InlineData("localdatetime('2025-05-07T10:30')", "2025-05-07T10:30")]
    [InlineData("localdatetime({year: 1984, month: 10, day: 11, hour: 12, minute: 31, second: 14, nanosecond: 645876123})", "1984-10-11T12:31:14.645876123")]
    [InlineData("localtime({hour: 12, minute: 31, second: 14, millisecond: 645})", "12:31:14.645")]
    [InlineData("time('12:31:14.645876+01:00')", "12:31:14.645876+01:00")]
    [InlineData("datetime(date('2025-05-07'))", "2025-05-07T00:00Z")]
    [InlineData("date({year: 1817, week: 1, dayOfWeek: 2})", "1816-12-31")]
    [InlineData("date({year: 1984, ordinalDay: 202})", "1984-07-20")]
    [InlineData("date({year: 1984, quarter: 3, dayOfQuarter: 45})", "1984-08-14")]
    [InlineData("date('2015-W30-2')", "2015-07-21")]
    [InlineData("date('2015-202')", "2015-07-21")]
    [InlineData("datetime({datetime: datetime('1984-10-11T12:00+01:00'), timezone: '+05:00'})", "1984-10-11T16:00+05:00")]
    [InlineData("localdatetime({date: date('1984-10-11'), time: localtime('12:31')})", "1984-10-11T12:31")]
    [InlineData("date.truncate('month', date('2017-10-11'))", "2017-10-01")]
    [InlineData("datetime.truncate('decade', datetime('1984-10-11T12:31-01:00'), {timezone: '+01:00'})", "1980-01-01T00:00+01:00")]
    [InlineData("localtime.truncate('millisecond', localtime('12:31:14.645876123'), {nanosecond: 2})", "12:31:14.645000002")]
    [InlineData("localdatetime.truncate('week', localdatetime('1984-10-11T12:31'), {dayOfWeek: 2})", "1984-10-09T00:00")]
    public void Constructor_TextOrMap_PrintsIsoText(string expression, string expected) => Assert.Equal(expected, Text(expression));

    [Theory]
    [InlineData("duration('P1Y2M10DT2H30M')", "P1Y2M10DT2H30M")]
    [InlineData("duration({days: 1.5})", "P1DT12H")]
    [InlineData("duration({months: 0.75})", "P22DT19H51M49.5S")]
    [InlineData("duration('PT0.5S')", "PT0.5S")]
    [InlineData("duration({hours: -1, minutes: -30})", "PT-1H-30M")]
    [InlineData("duration({seconds: 0})", "PT0S")]
    [InlineData("duration({seconds: -0.1})", "PT-0.1S")]
    public void Duration_TextOrMap_PrintsIsoText(string expression, string expected) => Assert.Equal(expected, Text(expression));

    [Theory]
    [InlineData("date('2025-01-31') + duration({months: 1})", "2025-02-28")]
    [InlineData("date('2025-05-07') - duration('P7D')", "2025-04-30")]
    [InlineData("datetime('2025-05-07T10:30Z') + duration({hours: 20})", "2025-05-08T06:30Z")]
    [InlineData("localdatetime('2025-05-07T10:30') - duration('PT11H')", "2025-05-06T23:30")]
    [InlineData("localtime('23:00') + duration('PT2H')", "01:00")]
    [InlineData("duration({days: 3}) * 2", "P6D")]
    [InlineData("duration({days: 3}) / 2", "P1DT12H")]
    [InlineData("duration('P1D') + duration('PT1H')", "P1DT1H")]
    [InlineData("-duration('P1D')", "P-1D")]
    public void Arithmetic_InstantAndDuration_FollowsTheCalendar(string expression, string expected) =>
        Assert.Equal(expected, Values(Eval(expression)));

    [Fact]
    public void Duration_NegativeFraction_KeepsNanosecondsPositive()
    {
        // Neo4j rounds seconds down and keeps nanoseconds 0..999,999,999: -0.1 s is -1 s plus 0.9 s.
        var duration = Assert.IsType<CypherDuration>(Eval("duration({seconds: -0.1})"));
        Assert.Equal((-1L, 900_000_000), (duration.Seconds, duration.Nanoseconds));
    }

    [Theory]
    [InlineData("duration.between(date('2025-01-15'), date('2025-05-07'))", "P3M22D")]
    [InlineData("duration.between(datetime('2025-05-07T10:00Z'), datetime('2025-05-08T12:30:15Z'))", "P1DT2H30M15S")]
    [InlineData("duration.between(datetime('2025-05-07T10:00+02:00'), datetime('2025-05-07T10:00Z'))", "PT2H")]
    [InlineData("duration.inDays(date('2025-01-01'), date('2025-05-07'))", "P126D")]
    [InlineData("duration.inMonths(date('2025-01-31'), date('2025-03-30'))", "P1M")]
    public void DurationBetween_TwoInstants_GivesCalendarDifference(string expression, string expected) => Assert.Equal(expected, Text(expression));

    [Theory]
    [InlineData("datetime('2025-05-07T10:30:00+02:00').hour", 10L)]
    [InlineData("datetime('2025-05-07T10:30:00+02:00').epochSeconds", 1746606600L)]
    [InlineData("localdatetime('2025-05-07T10:30').month", 5L)]
    [InlineData("localtime('12:31:14.645876123').nanosecond", 645876123L)]
    [InlineData("duration('P1Y2M10DT2H30M').months", 14L)]
    [InlineData("duration('P1Y2M10DT2H30M').minutes", 150L)]
    [InlineData("duration('P1Y2M10DT2H30M').minutesOfHour", 30L)]
    public void Component_OfTemporal_IsAnInteger(string expression, long expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("datetime('2025-05-07T10:30:00+02:00') = datetime('2025-05-07T08:30:00Z')", true)]
    [InlineData("datetime('2025-05-07T10:30Z') < datetime('2025-05-07T11:00Z')", true)]
    [InlineData("localtime('12:31:14.645876123') < localtime('12:31:14.645876124')", true)]
    [InlineData("duration('P1D') = duration('PT24H')", false)]
    public void Comparison_SameType_ComparesInstants(string expression, bool expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("date('2025-05-07') < datetime('2025-05-07T00:00Z')")]
    [InlineData("duration('P1D') < duration('P2D')")]
    public void Comparison_NotComparable_IsNull(string expression) => Assert.Null(Eval(expression));

    [Theory]
    [InlineData("datetime('nope')")]
    [InlineData("duration('P')")]
    [InlineData("localtime({hour: 24})")]
    [InlineData("datetime({year: 2025, timezone: 'Not/AZone'})")]
    public void Constructor_InvalidInput_ReportsArgumentError(string expression) =>
        Assert.Equal(CypherErrorKind.ArgumentError, Fails(() => Eval(expression)).Kind);

    [Fact]
    public void Property_TemporalValues_SurviveTheJournal()
    {
        var directory = TempDirectory();
        try
        {
            const string Query = "MATCH (n:T) RETURN n.at AS at, n.d AS d, n.l AS l, n.t AS t, n.ldt AS ldt";
            string[] before;
            using (var db = CypherDatabase.Open(directory))
            {
                db.Run("CREATE (:T {at: datetime('2025-05-07T10:30:00.5+05:30[Asia/Kolkata]'), d: duration('P1Y2DT3.25S'), " +
                       "l: [localtime('10:00'), localtime('11:00:01.000000001')], t: time('08:00-03:00'), ldt: localdatetime('2025-05-07T10:30')})");
                before = db.Run(Query).Rows[0].Select(Values).ToArray();
            }
            using (var db = CypherDatabase.Open(directory))
                Assert.Equal(before, db.Run(Query).Rows[0].Select(Values).ToArray());
            Assert.Equal("2025-05-07T10:30:00.500+05:30[Asia/Kolkata]", before[0]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void OrderBy_MixedTemporalTypes_FollowsNeo4jTypeOrder()
    {
        using var db = CypherDatabase.InMemory();
        var rows = db.Run("UNWIND [duration('P1D'), localtime('10:00'), date('2020-01-01'), localdatetime('2020-01-01T00:00'), datetime('2020-01-01T00:00Z')] AS x RETURN x ORDER BY x").Rows;
        Assert.Equal(["2020-01-01T00:00Z", "2020-01-01T00:00", "2020-01-01", "10:00", "P1D"], rows.Select(r => Values(r[0])));
    }

    private static string Values(object? value) => value switch
    {
        null => "null",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Values)) + "]",
        _ => value.ToString() ?? "",
    };
}
