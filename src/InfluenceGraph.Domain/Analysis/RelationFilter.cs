using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// Which relations count: those active on a date, of some types, of some statuses. Null means "no restriction".
/// Leverage and alignment are always computed over the relations a filter lets through.
/// </summary>
public sealed record RelationFilter(DateOnly? AsOf = null, IReadOnlyList<string>? Types = null, IReadOnlyList<string>? Statuses = null)
{
    public static readonly RelationFilter None = new();

    public bool Accepts(Relation relation) =>
        (AsOf is null || relation.IsActiveOn(AsOf.Value))
        && (Types is null || Types.Contains(relation.Type, StringComparer.Ordinal))
        && (Statuses is null || Statuses.Contains(relation.Status, StringComparer.Ordinal));

    public IEnumerable<Relation> Apply(IEnumerable<Relation> relations) => relations.Where(Accepts);

    /// <summary>A stable text for caching results per filter.</summary>
    public string CacheKey =>
        $"{AsOf?.ToString("yyyy-MM-dd") ?? "*"}|{Join(Types)}|{Join(Statuses)}";

    private static string Join(IReadOnlyList<string>? values) =>
        values is null ? "*" : string.Join(",", values.Order(StringComparer.Ordinal));
}
