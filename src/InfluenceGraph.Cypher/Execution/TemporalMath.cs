namespace InfluenceGraph.Cypher.Execution;

/// <summary>Units and the calendar arithmetic the temporal types share.</summary>
internal static class TemporalMath
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long NanosPerMinute = 60 * NanosPerSecond;
    public const long NanosPerHour = 60 * NanosPerMinute;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    /// <summary>Average Gregorian month (365.2425 / 12 days), used for fractional months as Neo4j does.</summary>
    public const double SecondsPerMonth = 2_629_746.0;

    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Builds a duration from a total of nanoseconds: seconds rounded down, nanoseconds 0 to 999,999,999 (as Neo4j keeps them).</summary>
    public static CypherDuration Duration(long months, long days, Int128 totalNanos)
    {
        var seconds = (long)(totalNanos / NanosPerSecond);
        var nanos = (int)(totalNanos % NanosPerSecond);
        if (nanos < 0)
        {
            nanos += (int)NanosPerSecond;
            seconds--;
        }
        return new CypherDuration(months, days, seconds, nanos);
    }

    public static Int128 TotalNanos(CypherDuration d) => (Int128)d.Seconds * NanosPerSecond + d.Nanoseconds;

    /// <summary>A local date-time moved by a duration: months first (clamping the day), then days, then the time.</summary>
    public static (DateOnly Date, long Nanos) Add(DateOnly date, long nanosOfDay, CypherDuration d, int sign)
    {
        date = date.AddMonths(checked((int)(sign * d.Months))).AddDays(checked((int)(sign * d.Days)));
        var total = (Int128)nanosOfDay + sign * TotalNanos(d);
        var dayShift = (long)(total / NanosPerDay);
        var rest = (long)(total % NanosPerDay);
        if (rest < 0)
        {
            rest += NanosPerDay;
            dayShift--;
        }
        return (date.AddDays(checked((int)dayShift)), rest);
    }

    /// <summary>The wall-clock offset of a named zone at a local date-time (IANA ids through the OS time zone data).</summary>
    public static int ZoneOffset(TimeZoneInfo zone, DateOnly date, long nanosOfDay)
    {
        var local = date.ToDateTime(TimeOnly.MinValue).AddTicks(nanosOfDay / 100);
        return (int)zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)).TotalSeconds;
    }
}
