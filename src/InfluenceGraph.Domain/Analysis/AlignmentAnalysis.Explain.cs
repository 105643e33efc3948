using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>One signed relation's pull on an actor's alignment: towards the +1 pole when positive.</summary>
public sealed record AlignmentPull(Relation Relation, string Neighbour, double Pull);

public static partial class AlignmentAnalysis
{
    /// <summary>
    /// Which signed relations pull <paramref name="actorId"/> towards which pole. At the fixed point an actor's
    /// alignment is sum(sign(r) * w(r) * alignment(neighbour)) / sum(w(r)) over its signed relations r; each term is
    /// the relation's pull, so the pulls of a free actor sum to its alignment (before clamping, which the iteration
    /// never needs). Poles are fixed, and an actor with no signed path to a pole has no alignment: both get no pulls.
    /// Strongest pull (by size) first.
    /// </summary>
    public static IReadOnlyList<AlignmentPull> Breakdown(
        string actorId, IReadOnlyCollection<string> actorIds, IReadOnlyList<Relation> relations, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        if (actorId == positivePole || actorId == negativePole)
            return [];
        var solution = Solve(actorIds, relations, catalog, positivePole, negativePole);
        if (solution.ValueOf(actorId) is null)
            return [];
        var total = solution.TotalWeight[solution.Index[actorId]];
        var pulls = new List<AlignmentPull>();
        foreach (var r in relations)
        {
            var sign = catalog.SignOf(r.Type);
            if (sign == 0 || r.Weight <= 0 || r.From == r.To || (r.From != actorId && r.To != actorId))
                continue;
            var other = r.From == actorId ? r.To : r.From;
            if (solution.ValueOf(other) is not { } v)
                continue;
            pulls.Add(new AlignmentPull(r, other, total > 0 ? sign * r.Weight * v / total : 0));
        }
        return [.. pulls.OrderByDescending(p => Math.Abs(p.Pull)).ThenBy(p => p.Relation.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// <see cref="Breakdown(string, IReadOnlyCollection{string}, IReadOnlyList{Relation}, RelationCatalog, string, string)"/>
    /// from alignment already computed (<paramref name="alignment"/>, as <see cref="Compute"/> gives it, over the same
    /// actors and relations) and the actor's own relations (<paramref name="relationsOfActor"/>): at the fixed point each
    /// pull is sign * w * alignment(neighbour) / the actor's total signed weight, so no solve is needed.
    /// </summary>
    public static IReadOnlyList<AlignmentPull> Breakdown(
        string actorId, IReadOnlyDictionary<string, double?> alignment, IEnumerable<Relation> relationsOfActor, RelationCatalog catalog,
        string positivePole, string negativePole)
    {
        if (actorId == positivePole || actorId == negativePole || alignment.GetValueOrDefault(actorId) is null)
            return [];
        var signed = relationsOfActor
            .Where(r => catalog.SignOf(r.Type) != 0 && r.Weight > 0 && r.From != r.To && (r.From == actorId || r.To == actorId)
                && alignment.ContainsKey(r.From) && alignment.ContainsKey(r.To))
            .ToList();
        var total = signed.Sum(r => r.Weight);
        var pulls = new List<AlignmentPull>();
        foreach (var r in signed)
        {
            var other = r.From == actorId ? r.To : r.From;
            if (alignment[other] is not { } v)
                continue;
            pulls.Add(new AlignmentPull(r, other, total > 0 ? catalog.SignOf(r.Type) * r.Weight * v / total : 0));
        }
        return [.. pulls.OrderByDescending(p => Math.Abs(p.Pull)).ThenBy(p => p.Relation.Id, StringComparer.Ordinal)];
    }
}
