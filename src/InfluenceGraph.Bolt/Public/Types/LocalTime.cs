namespace InfluenceGraph.Bolt;

/// <summary>A Cypher LOCAL TIME (Bolt LocalTime, tag 't'): nanoseconds since midnight.</summary>
public sealed record LocalTime
{
    public LocalTime(int hour, int minute, int second, int nanosecond = 0)
        : this(((hour * 60L + minute) * 60 + second) * CivilCalendar.NanosPerSecond + nanosecond) { }

    private LocalTime(long nanosecondOfDay) => NanosecondOfDay = nanosecondOfDay;

    public long NanosecondOfDay { get; }
    public int Hour => (int)(NanosecondOfDay / (3600 * CivilCalendar.NanosPerSecond));
    public int Minute => (int)(NanosecondOfDay / (60 * CivilCalendar.NanosPerSecond) % 60);
    public int Second => (int)(NanosecondOfDay / CivilCalendar.NanosPerSecond % 60);
    public int Nanosecond => (int)(NanosecondOfDay % CivilCalendar.NanosPerSecond);

    public static LocalTime FromNanosecondOfDay(long nanos) => new(nanos);
    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Truncates to .NET's 100 ns ticks.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);
    public TimeSpan ToTimeSpan() => TimeSpan.FromTicks(NanosecondOfDay / 100);

    public override string ToString() => CivilCalendar.FormatTime(NanosecondOfDay);
}

/// <summary>A Cypher ZONED TIME (Bolt Time, tag 'T'): local nanoseconds since midnight plus a UTC offset.</summary>
public sealed record OffsetTime(long NanosecondOfDay, int OffsetSeconds)
{
    public LocalTime LocalTime => LocalTime.FromNanosecondOfDay(NanosecondOfDay);
    public override string ToString() => CivilCalendar.FormatTime(NanosecondOfDay) + CivilCalendar.FormatOffset(OffsetSeconds);
}
