using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Component access on temporal values (Neo4j manual, "Temporal values": accessing components).</summary>
internal static partial class Temporal
{
    public static bool IsTemporal(object? value) =>
        value is DateOnly or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration;

    public static object? Property(object value, string key, SourcePos pos)
    {
        var k = key.ToLowerInvariant();
        var result = value switch
        {
            DateOnly d => DatePart(d, k),
            CypherLocalTime t => TimePart(t.NanosecondOfDay, k),
            CypherTime t => TimePart(t.NanosecondOfDay, k) ?? OffsetPart(t.OffsetSeconds, null, k),
            CypherLocalDateTime ldt => DatePart(ldt.Date, k) ?? TimePart(ldt.NanosecondOfDay, k),
            CypherDateTime dt => DatePart(dt.Date, k) ?? TimePart(dt.NanosecondOfDay, k) ?? OffsetPart(dt.OffsetSeconds, dt.Zone, k) ?? EpochPart(dt, k),
            CypherDuration d => DurationPart(d, k),
            _ => null,
        };
        return result ?? throw Errors.TemporalComponent(Values.TypeName(value), key, pos);
    }

    private static object? DatePart(DateOnly date, string key) => key switch
    {
        "year" => (long)date.Year,
        "month" => (long)date.Month,
        "day" => (long)date.Day,
        "quarter" => (long)((date.Month - 1) / 3 + 1),
        "dayofweek" or "weekday" => (long)(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek),
        "ordinalday" => (long)date.DayOfYear,
        "dayofquarter" => (long)(date.DayNumber - new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1).DayNumber + 1),
        "week" => (long)System.Globalization.ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)),
        "weekyear" => (long)System.Globalization.ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)),
        _ => null,
    };

    private static object? TimePart(long nanos, string key) => key switch
    {
        "hour" => nanos / TemporalMath.NanosPerHour,
        "minute" => nanos / TemporalMath.NanosPerMinute % 60,
        "second" => nanos / TemporalMath.NanosPerSecond % 60,
        "millisecond" => nanos % TemporalMath.NanosPerSecond / 1_000_000,
        "microsecond" => nanos % TemporalMath.NanosPerSecond / 1_000,
        "nanosecond" => nanos % TemporalMath.NanosPerSecond,
        _ => null,
    };

    private static object? OffsetPart(int offset, string? zone, string key) => key switch
    {
        "timezone" => zone ?? TemporalText.Offset(offset),
        "offset" => offset == 0 ? "+00:00" : TemporalText.Offset(offset),
        "offsetminutes" => (long)(offset / 60),
        "offsetseconds" => (long)offset,
        _ => null,
    };

    private static object? EpochPart(CypherDateTime dt, string key) => key switch
    {
        "epochseconds" => (long)(dt.EpochNanoseconds / TemporalMath.NanosPerSecond),
        "epochmillis" => (long)(dt.EpochNanoseconds / 1_000_000),
        _ => null,
    };

    // Neo4j: "years", "months", ... convert the whole group (months, days or seconds) to that unit; "...Of..." give the remainder.
    private static object? DurationPart(CypherDuration d, string key) => key switch
    {
        "years" => d.Months / 12,
        "quarters" => d.Months / 3,
        "months" => d.Months,
        "weeks" => d.Days / 7,
        "days" => d.Days,
        "hours" => d.Seconds / 3600,
        "minutes" => d.Seconds / 60,
        "seconds" => d.Seconds,
        "milliseconds" => d.Seconds * 1_000 + d.Nanoseconds / 1_000_000,
        "microseconds" => d.Seconds * 1_000_000 + d.Nanoseconds / 1_000,
        "nanoseconds" => d.Seconds * TemporalMath.NanosPerSecond + d.Nanoseconds,
        "quartersofyear" => d.Months / 3 % 4,
        "monthsofquarter" => d.Months % 3,
        "monthsofyear" => d.Months % 12,
        "daysofweek" => d.Days % 7,
        "minutesofhour" => d.Seconds / 60 % 60,
        "secondsofminute" => d.Seconds % 60,
        "millisecondsofsecond" => (long)(d.Nanoseconds / 1_000_000),
        "microsecondsofsecond" => (long)(d.Nanoseconds / 1_000),
        "nanosecondsofsecond" => (long)d.Nanoseconds,
        _ => null,
    };
}
