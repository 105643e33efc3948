namespace InfluenceGraph.Bolt;

/// <summary>A Cypher LOCAL DATETIME (Bolt LocalDateTime, tag 'd'): wall-clock seconds as if in UTC, plus nanoseconds.</summary>
public sealed record LocalDateTime(long EpochSeconds, int Nanosecond)
{
    public static LocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        return new LocalDateTime(CivilCalendar.FloorDiv(ticks, TimeSpan.TicksPerSecond),
            (int)(CivilCalendar.FloorMod(ticks, TimeSpan.TicksPerSecond) * 100));
    }

    public LocalDate Date => LocalDate.FromEpochDay(CivilCalendar.FloorDiv(EpochSeconds, CivilCalendar.SecondsPerDay));
    public LocalTime Time => LocalTime.FromNanosecondOfDay(
        CivilCalendar.FloorMod(EpochSeconds, CivilCalendar.SecondsPerDay) * CivilCalendar.NanosPerSecond + Nanosecond);

    /// <summary>A DateTime of kind Unspecified, truncated to 100 ns ticks; throws outside years 1..9999.</summary>
    public DateTime ToDateTime()
    {
        var date = Date.ToDateOnly();
        return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddTicks(Time.NanosecondOfDay / 100);
    }

    public override string ToString() => $"{Date}T{Time}";
}
