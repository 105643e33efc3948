using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher;

/// <summary>A Cypher ZONED TIME: a time of day to the nanosecond with a UTC offset.</summary>
public readonly record struct CypherTime(long NanosecondOfDay, int OffsetSeconds)
{
    public CypherLocalTime LocalTime => new(NanosecondOfDay);

    /// <summary>The same moment of the day at UTC, in nanoseconds (may leave 0..24h); times compare by it.</summary>
    public long UtcNanosecondOfDay => NanosecondOfDay - OffsetSeconds * TemporalMath.NanosPerSecond;

    /// <summary>ISO 8601 as Neo4j writes it: 12:31:14.645876123+01:00, 10:35Z.</summary>
    public override string ToString() => TemporalText.TimeOfDay(NanosecondOfDay) + TemporalText.Offset(OffsetSeconds);
}
