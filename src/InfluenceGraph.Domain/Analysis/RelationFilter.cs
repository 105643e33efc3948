using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// Which relations count: those active on a date, of some types, of some statuses, in some actor's account
/// (<see cref="Narrative"/>). Null means "no restriction". Leverage and alignment are always computed over the
/// relations <see cref="ForMetrics"/> lets through.
/// </summary>
public sealed record RelationFilter(
    DateOnly? AsOf = null, IReadOnlyList<string>? Types = null, IReadOnlyList<string>? Statuses = null, Narrative? Narrative = null)
{
    /// <summary>Whose metrics: every actor, or states and groups (<see cref="StateLevel"/>). Which relations pass is the same at both levels.</summary>
    public AnalysisLevel Level { get; init; } = AnalysisLevel.Everyone;

    public static readonly RelationFilter None = new();

    /// <summary>
    /// With <see cref="AsOf"/>: whether relations the sources give no date for count too. By default they do not: that
    /// nothing dates a relation is no evidence that it held on the day asked about.
    /// </summary>
    public bool IncludeUndated { get; init; }

    public bool Accepts(Relation relation) =>
        (AsOf is null || (relation.IsActiveOn(AsOf.Value) && (IncludeUndated || !relation.IsUndated)))
        && (Types is null || Types.Contains(relation.Type, StringComparer.Ordinal))
        && (Statuses is null || Statuses.Contains(relation.Status, StringComparer.Ordinal))
        && (Narrative is null || Narrative.Accepts(relation));

    public IEnumerable<Relation> Apply(IEnumerable<Relation> relations) => relations.Where(Accepts);

    /// <summary>
    /// The relations metrics are computed over: those the filter accepts, without DENIED ones unless the caller
    /// asked for DENIED by status or a narrative whose side asserts them. A denial is evidence that the relation
    /// does not hold, so by default it must not lend anyone leverage or pull anyone's alignment.
    /// </summary>
    public IEnumerable<Relation> ForMetrics(IEnumerable<Relation> relations) =>
        relations.Where(r => Accepts(r) && (r.Status != ClaimStatuses.Denied || Statuses is not null || Narrative is not null));

    /// <summary>A stable text for caching results per filter.</summary>
    public string CacheKey =>
        $"{AsOf?.ToString("yyyy-MM-dd") ?? "*"}|{Join(Types)}|{Join(Statuses)}|{Narrative?.ClaimedBy ?? "*"}|{Level}|{(IncludeUndated ? "undated" : "dated")}";

    private static string Join(IReadOnlyList<string>? values) =>
        values is null ? "*" : string.Join(",", values.Order(StringComparer.Ordinal));
}
