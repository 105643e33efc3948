using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher;

/// <summary>A Cypher LOCAL DATETIME: a date and a time of day to the nanosecond, without a time zone.</summary>
public readonly record struct CypherLocalDateTime(DateOnly Date, long NanosecondOfDay)
{
    public CypherLocalTime Time => new(NanosecondOfDay);

    /// <summary>ISO 8601 as Neo4j writes it: 1984-10-11T12:31:14.645.</summary>
    public override string ToString() => TemporalText.Date(Date) + "T" + TemporalText.TimeOfDay(NanosecondOfDay);
}
