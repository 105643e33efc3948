using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>How one actor's leverage and alignment differ between two pictures A and B (B minus A).</summary>
public sealed record ActorShift(string Actor, double LeverageA, double LeverageB, double? AlignmentA, double? AlignmentB)
{
    public double LeverageDelta => LeverageB - LeverageA;

    /// <summary>Null unless the actor has an alignment in both pictures.</summary>
    public double? AlignmentDelta => AlignmentA is { } a && AlignmentB is { } b ? b - a : null;

    /// <summary>
    /// The size of the move on the alignment-leverage grid: the Euclidean length of (alignment delta, leverage
    /// delta). An alignment that appears or disappears counts as a move from or to 0.
    /// </summary>
    public double Size
    {
        get
        {
            var alignment = (AlignmentB ?? 0) - (AlignmentA ?? 0);
            return Math.Sqrt(alignment * alignment + LeverageDelta * LeverageDelta);
        }
    }
}

/// <summary>Comparisons between two pictures of the graph: two narratives, or two dates.</summary>
public static class NarrativeComparison
{
    /// <summary>Every actor's shift, largest move first (ties by id).</summary>
    public static IReadOnlyList<ActorShift> Compare(
        IEnumerable<string> actorIds,
        IReadOnlyDictionary<string, double> leverageA, IReadOnlyDictionary<string, double?> alignmentA,
        IReadOnlyDictionary<string, double> leverageB, IReadOnlyDictionary<string, double?> alignmentB) =>
        [.. actorIds.Select(id => new ActorShift(id, leverageA.GetValueOrDefault(id), leverageB.GetValueOrDefault(id),
                alignmentA.GetValueOrDefault(id), alignmentB.GetValueOrDefault(id)))
            .OrderByDescending(s => s.Size).ThenBy(s => s.Actor, StringComparer.Ordinal)];

    /// <summary>Relations active on <paramref name="to"/> that were not on <paramref name="from"/>.</summary>
    public static IReadOnlyList<Relation> Appeared(DateOnly from, DateOnly to, IEnumerable<Relation> relations) =>
        [.. relations.Where(r => r.IsActiveOn(to) && !r.IsActiveOn(from)).OrderBy(r => r.Since).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>Relations active on <paramref name="from"/> that no longer are on <paramref name="to"/>.</summary>
    public static IReadOnlyList<Relation> Ended(DateOnly from, DateOnly to, IEnumerable<Relation> relations) =>
        [.. relations.Where(r => r.IsActiveOn(from) && !r.IsActiveOn(to)).OrderBy(r => r.Until).ThenBy(r => r.Id, StringComparer.Ordinal)];

    /// <summary>
    /// Contested relations: those claimed by one side and disputed or denied by another. A DISPUTED relation is so
    /// by definition; so is a CLAIMED or DENIED one when another relation with the same from, type and to carries a
    /// different status other than CONFIRMED (the same act told by two sides differently), or when a DENIED relation
    /// still has a claimant.
    /// </summary>
    public static IReadOnlyList<Relation> Contested(IReadOnlyList<Relation> relations)
    {
        // Only the statuses the rules ask about are kept, as flags per (from, type, to): most relations of a large
        // graph are CONFIRMED and need no entry at all.
        var statuses = new Dictionary<(string, string, string), StatusFlags>();
        foreach (var r in relations)
        {
            var flag = FlagOf(r.Status);
            if (flag != StatusFlags.None)
                statuses[(r.From, r.Type, r.To)] = statuses.GetValueOrDefault((r.From, r.Type, r.To)) | flag;
        }
        return [.. relations.Where(r => r.Status switch
        {
            ClaimStatuses.Disputed => true,
            ClaimStatuses.Denied => r.ClaimedBy.Count > 0 || statuses[(r.From, r.Type, r.To)].HasFlag(StatusFlags.Claimed),
            ClaimStatuses.Claimed => (statuses[(r.From, r.Type, r.To)] & (StatusFlags.Denied | StatusFlags.Disputed)) != 0,
            _ => false,
        }).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    [Flags]
    private enum StatusFlags : byte
    {
        None = 0,
        Claimed = 1,
        Denied = 2,
        Disputed = 4,
    }

    private static StatusFlags FlagOf(string status) => status switch
    {
        ClaimStatuses.Claimed => StatusFlags.Claimed,
        ClaimStatuses.Denied => StatusFlags.Denied,
        ClaimStatuses.Disputed => StatusFlags.Disputed,
        _ => StatusFlags.None,
    };
}
