using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher;

/// <summary>
/// A Cypher DURATION: months, days, seconds and nanoseconds kept apart, because a month has no fixed number of
/// days and a day no fixed number of seconds across a zone change. Nanoseconds are 0 to 999,999,999 (seconds round down).
/// </summary>
public readonly record struct CypherDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>ISO 8601 as Neo4j writes it: P1Y2M10DT2H30M, PT0.5S, PT0S.</summary>
    public override string ToString() => TemporalText.Duration(this);
}
