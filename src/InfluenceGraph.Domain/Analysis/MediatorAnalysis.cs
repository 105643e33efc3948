using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>An actor that could mediate between two others, with its leverage over each and its ties to each.</summary>
public sealed record MediatorCandidate(
    string Actor, double LeverageOverA, double LeverageOverB, double Score, IReadOnlyList<Relation> TiesToA, IReadOnlyList<Relation> TiesToB);

/// <summary>
/// Who could mediate between A and B: every other actor with at least one tie to A and one to B, either direction:
/// a cooperative relation (sign +1) or a mediation (brokering, offering to broker, urging restraint), which counts
/// here though it moves no one's alignment. Its score is the geometric mean sqrt(LA * LB) of its pairwise leverage over
/// each (<see cref="LeverageAnalysis.Pairwise"/>): a mediator needs a hold on both sides, so leverage over only one
/// scores 0. Ranked by score, then by LA + LB, then by id.
/// </summary>
public static class MediatorAnalysis
{
    public static IReadOnlyList<MediatorCandidate> Find(string a, string b, IReadOnlyList<Relation> relations, RelationCatalog catalog)
    {
        var cooperative = relations.Where(r => (catalog.SignOf(r.Type) > 0 || catalog.IsMediation(r.Type)) && r.From != r.To).ToList();
        var candidates = cooperative.SelectMany(r => new[] { r.From, r.To })
            .Where(id => id != a && id != b).Distinct(StringComparer.Ordinal);
        var result = new List<MediatorCandidate>();
        foreach (var m in candidates)
        {
            var tiesToA = Ties(m, a);
            var tiesToB = Ties(m, b);
            if (tiesToA.Count == 0 || tiesToB.Count == 0)
                continue;
            var overA = LeverageAnalysis.Pairwise(m, a, relations, catalog);
            var overB = LeverageAnalysis.Pairwise(m, b, relations, catalog);
            result.Add(new MediatorCandidate(m, overA, overB, Math.Sqrt(overA * overB), tiesToA, tiesToB));
        }
        return [.. result.OrderByDescending(c => c.Score).ThenByDescending(c => c.LeverageOverA + c.LeverageOverB)
            .ThenBy(c => c.Actor, StringComparer.Ordinal)];

        List<Relation> Ties(string m, string side) =>
            [.. cooperative.Where(r => (r.From == m && r.To == side) || (r.From == side && r.To == m))
                .OrderByDescending(r => r.Weight).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }
}
