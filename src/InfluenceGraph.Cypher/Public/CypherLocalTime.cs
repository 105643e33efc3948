using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher;

/// <summary>A Cypher LOCAL TIME: a time of day to the nanosecond, without a time zone.</summary>
public readonly record struct CypherLocalTime(long NanosecondOfDay)
{
    public int Hour => (int)(NanosecondOfDay / TemporalMath.NanosPerHour);
    public int Minute => (int)(NanosecondOfDay / TemporalMath.NanosPerMinute % 60);
    public int Second => (int)(NanosecondOfDay / TemporalMath.NanosPerSecond % 60);
    public int Nanosecond => (int)(NanosecondOfDay % TemporalMath.NanosPerSecond);

    /// <summary>ISO 8601 as Neo4j writes it: 10:35, 12:31:14, 12:31:14.645876123.</summary>
    public override string ToString() => TemporalText.TimeOfDay(NanosecondOfDay);
}
