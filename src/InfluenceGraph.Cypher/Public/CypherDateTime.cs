using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher;

/// <summary>
/// A Cypher ZONED DATETIME: the local date and time of day (to the nanosecond) with its UTC offset and, when it was
/// given by name, the time zone (IANA id). Two values are equal when they name the same instant.
/// </summary>
public readonly record struct CypherDateTime(DateOnly Date, long NanosecondOfDay, int OffsetSeconds, string? Zone = null)
{
    public CypherLocalDateTime LocalDateTime => new(Date, NanosecondOfDay);

    /// <summary>Nanoseconds since 1970-01-01T00:00Z.</summary>
    public Int128 EpochNanoseconds =>
        ((Int128)(Date.DayNumber - TemporalMath.EpochDayNumber) * TemporalMath.SecondsPerDay - OffsetSeconds) * TemporalMath.NanosPerSecond + NanosecondOfDay;

    public DateTimeOffset ToDateTimeOffset() =>
        new(Date.ToDateTime(TimeOnly.MinValue).AddTicks(NanosecondOfDay / 100), TimeSpan.FromSeconds(OffsetSeconds));

    public bool Equals(CypherDateTime other) => EpochNanoseconds == other.EpochNanoseconds;

    public override int GetHashCode() => EpochNanoseconds.GetHashCode();

    /// <summary>ISO 8601 as Neo4j writes it: 2015-07-21T21:40:32.142+01:00, with [Europe/London] when zoned by name.</summary>
    public override string ToString() =>
        TemporalText.Date(Date) + "T" + TemporalText.TimeOfDay(NanosecondOfDay) + TemporalText.Offset(OffsetSeconds) + (Zone is null ? "" : "[" + Zone + "]");
}
