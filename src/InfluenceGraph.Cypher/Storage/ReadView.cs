namespace InfluenceGraph.Cypher.Storage;

/// <summary>
/// One committed state of the store as a reader sees it: the commit stamp it reads at (entity versions stamped later
/// are skipped) and the counters as they were at that commit. Immutable once published.
/// </summary>
internal sealed class ReadView(long stamp, Dictionary<string, long> relationshipTypeCounts)
{
    /// <summary>The stamp of versions a write transaction has not committed yet: newer than every reader.</summary>
    public const long Pending = long.MaxValue;

    public long Stamp { get; } = stamp;
    public Dictionary<string, long> RelationshipTypeCounts { get; } = relationshipTypeCounts;

    // The view of the statement running on this thread; null means the newest state (the writer's own, or replay's).
    // Statements run synchronously from start to their last row, so a thread-local is enough.
    [ThreadStatic] private static ReadView? t_current;

    public static ReadView? Current => t_current;

    /// <summary>Makes this thread read at <paramref name="view"/> (null: the newest state); returns the previous one to restore.</summary>
    public static ReadView? Enter(ReadView? view)
    {
        var previous = t_current;
        t_current = view;
        return previous;
    }

    public static void Restore(ReadView? previous) => t_current = previous;
}
