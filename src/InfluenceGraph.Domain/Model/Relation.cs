namespace InfluenceGraph.Domain.Model;

/// <summary>
/// One sourced claim that <see cref="From"/> stands in relation <see cref="Type"/> to <see cref="To"/>.
/// The same (from, type, to) told by two articles is two relations.
/// </summary>
public sealed record Relation(
    string Id,
    string Type,
    string From,
    string To,
    double Weight,
    string Status,
    IReadOnlyList<string> ClaimedBy,
    DateOnly? Since,
    DateOnly? Until,
    string Quote,
    string Source)
{
    /// <summary>Whether the relation holds on <paramref name="asOf"/>: started on or before it and not ended before it.</summary>
    public bool IsActiveOn(DateOnly asOf) =>
        (Since is null || Since.Value <= asOf) && (Until is null || Until.Value >= asOf);

    /// <summary>Whether the sources say nothing of when it began (no <see cref="Since"/>).</summary>
    public bool IsUndated => Since is null;
}

/// <summary>How well attested a relation is.</summary>
public static class ClaimStatuses
{
    /// <summary>Reported as fact by the source.</summary>
    public const string Confirmed = "CONFIRMED";
    /// <summary>Asserted by a party, not confirmed.</summary>
    public const string Claimed = "CLAIMED";
    /// <summary>Asserted by one side, denied by another.</summary>
    public const string Disputed = "DISPUTED";
    public const string Denied = "DENIED";

    public static readonly IReadOnlyList<string> All = [Confirmed, Claimed, Disputed, Denied];
}
