using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>One relation's part in an actor's leverage: the relation, the actor it is held over, and how much.</summary>
public sealed record LeverageContribution(Relation Relation, string Over, double Amount);

/// <summary>One way leverage passes from a holder to a subject: the actors and relations in order, and how much.</summary>
public sealed record LeveragePath(IReadOnlyList<string> Actors, IReadOnlyList<Relation> Relations, double Amount);

public static partial class LeverageAnalysis
{
    /// <summary>
    /// Which relations make up <paramref name="actorId"/>'s leverage. PageRank gives actor a
    /// rank(a) = base + sum over a's leverage relations r = a->b of d * rank(b) * s(r) / S(b), where s(r) = f*w and S(b)
    /// is the total s of all relations into b; each term is the relation's contribution. Amounts are on the scale of
    /// <see cref="Compute"/> (divided by the highest rank), so they sum to the actor's leverage less its base share
    /// (the (1-d)/n teleport plus the spread rank of actors nobody holds leverage over), which no relation earns.
    /// Largest first.
    /// </summary>
    public static IReadOnlyList<LeverageContribution> Breakdown(
        string actorId, IReadOnlyCollection<string> actorIds, IReadOnlyList<Relation> relations, RelationCatalog catalog)
    {
        var ranks = Rank(actorIds, relations, catalog);
        if (!ranks.Index.TryGetValue(actorId, out var a) || ranks.Max <= 0)
            return [];
        var result = new List<LeverageContribution>();
        foreach (var r in relations)
        {
            var strength = Strength(r, catalog);
            if (r.From != actorId || strength <= 0 || !ranks.Index.TryGetValue(r.To, out var b) || a == b)
                continue;
            var amount = Damping * ranks.Values[b] * strength / ranks.OutTotal[b] / ranks.Max;
            result.Add(new LeverageContribution(r, r.To, amount));
        }
        return [.. result.OrderByDescending(c => c.Amount).ThenBy(c => c.Relation.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// <see cref="Breakdown(string, IReadOnlyCollection{string}, IReadOnlyList{Relation}, RelationCatalog)"/> from leverage
    /// already computed (<paramref name="leverage"/>, as <see cref="Compute"/> gives it), the relations lending
    /// leverage arranged by target (<paramref name="incoming"/>, built once for a graph and a filter) and the actor's own
    /// relations (<paramref name="relationsOf"/>, from or to it): each actor it holds leverage over has what flows into
    /// it summed over the arrays, instead of ranking the whole graph again or reading every such actor's relations.
    /// </summary>
    public static IReadOnlyList<LeverageContribution> Breakdown(string actorId, IReadOnlyDictionary<string, double> leverage,
        IncomingLeverage incoming, Func<string, IEnumerable<Relation>> relationsOf, RelationCatalog catalog)
    {
        if (!leverage.ContainsKey(actorId))
            return [];
        bool Counts(Relation r) => Strength(r, catalog) > 0 && r.From != r.To && leverage.ContainsKey(r.From) && leverage.ContainsKey(r.To);
        var (start, from, strength) = (incoming.Start, incoming.From, incoming.Strength);
        var ranked = Array.ConvertAll(incoming.Ids, leverage.ContainsKey);
        var intoTotal = new Dictionary<int, double>();
        var result = new List<LeverageContribution>();
        foreach (var r in relationsOf(actorId))
        {
            if (r.From != actorId || !Counts(r) || !incoming.TryNumber(r.To, out var target))
                continue;
            if (!intoTotal.TryGetValue(target, out var total))
            {
                total = 0;
                for (var k = start[target]; k < start[target + 1]; k++)
                {
                    if (ranked[from[k]])
                        total += strength[k];
                }
                intoTotal[target] = total;
            }
            result.Add(new LeverageContribution(r, r.To, Damping * leverage[r.To] * Strength(r, catalog) / total));
        }
        return [.. result.OrderByDescending(c => c.Amount).ThenBy(c => c.Relation.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The paths that carry <see cref="Pairwise"/>: each direct relation holder->subject with amount f*w, and each
    /// chain of relations holder->c->subject with amount <see cref="TwoStepDiscount"/> * f1*w1 * f2*w2. The amounts sum
    /// to <see cref="Pairwise"/>. Largest first.
    /// </summary>
    public static IReadOnlyList<LeveragePath> PairwisePaths(string holder, string subject, IReadOnlyList<Relation> relations, RelationCatalog catalog)
    {
        var levers = relations.Where(r => r.From != r.To && Strength(r, catalog) > 0).ToList();
        var paths = new List<LeveragePath>();
        foreach (var first in levers.Where(r => r.From == holder))
        {
            if (first.To == subject)
            {
                paths.Add(new LeveragePath([holder, subject], [first], Strength(first, catalog)));
                continue;
            }
            foreach (var second in levers.Where(r => r.From == first.To && r.To == subject))
                paths.Add(new LeveragePath([holder, first.To, subject], [first, second],
                    TwoStepDiscount * Strength(first, catalog) * Strength(second, catalog)));
        }
        return [.. paths.OrderByDescending(p => p.Amount).ThenBy(p => string.Join(",", p.Relations.Select(r => r.Id)), StringComparer.Ordinal)];
    }
}

/// <summary>An actor holding leverage over a subject: how much (<see cref="LeverageAnalysis.Pairwise"/>) and the paths that carry it.</summary>
public sealed record LeverageHolder(string Holder, double Value, IReadOnlyList<LeveragePath> Paths);

public static partial class LeverageAnalysis
{
    /// <summary>
    /// The <paramref name="first"/> actors holding most leverage over <paramref name="subject"/> (everyone by default),
    /// most first (ties by id): the direct relations into it
    /// and the two-step chains through an intermediary, as <see cref="Pairwise"/> counts them for one holder.
    /// </summary>
    public static IReadOnlyList<LeverageHolder> Holders(string subject, IReadOnlyList<Relation> relations, RelationCatalog catalog,
        int first = int.MaxValue)
    {
        var outOf = relations.ToLookup(r => r.From, StringComparer.Ordinal);
        return Holders(subject, IncomingLeverage.Build(relations, catalog), actor => outOf[actor], catalog, first);
    }

    /// <summary>
    /// <see cref="Holders(string, IReadOnlyList{Relation}, RelationCatalog, int)"/> over the relations
    /// <paramref name="incoming"/> holds, built once for a graph and a filter; <paramref name="relationsOf"/> gives an
    /// actor's relations (those out of it at least), read for the holders returned alone. Every holder's value is
    /// summed first over the arrays, without keeping its paths, and the paths are gathered for the
    /// <paramref name="first"/> largest alone (a hub with ten thousand relations into it has millions of two-step
    /// chains, almost all of them of holders nobody is shown).
    /// </summary>
    public static IReadOnlyList<LeverageHolder> Holders(string subject, IncomingLeverage incoming, Func<string, IEnumerable<Relation>> relationsOf,
        RelationCatalog catalog, int first = int.MaxValue)
    {
        if (first <= 0 || !incoming.TryNumber(subject, out var target))
            return [];
        var (start, from, strength) = (incoming.Start, incoming.From, incoming.Strength);
        var values = new double[incoming.Ids.Length];
        var holders = new List<int>();
        void Add(int holder, double amount)
        {
            if (values[holder] == 0)
                holders.Add(holder);
            values[holder] += amount;
        }
        for (var k = start[target]; k < start[target + 1]; k++)
        {
            var (last, lastStrength) = (from[k], strength[k]);
            Add(last, lastStrength);
            for (var j = start[last]; j < start[last + 1]; j++)
            {
                if (from[j] != target)
                    Add(from[j], TwoStepDiscount * strength[j] * lastStrength);
            }
        }
        var ids = incoming.Ids;
        var shown = holders
            .OrderByDescending(h => values[h]).ThenBy(h => ids[h], StringComparer.Ordinal)
            .Take(first)
            .Select(h => (Holder: ids[h], Value: values[h]))
            .ToArray();
        // The paths of those shown alone: their direct relations into the subject, and their relations out to an actor
        // with one into the subject.
        var lastsFrom = Enumerable.Range(start[target], start[target + 1] - start[target])
            .ToLookup(k => ids[from[k]], k => (Relation: incoming.Relations[k], Strength: strength[k]), StringComparer.Ordinal);
        return [.. shown.Select(h =>
        {
            var paths = lastsFrom[h.Holder].Select(x => new LeveragePath([h.Holder, subject], [x.Relation], x.Strength)).ToList();
            foreach (var step in relationsOf(h.Holder))
            {
                if (step.From != h.Holder || step.To == step.From || Strength(step, catalog) is not (var stepStrength and > 0))
                    continue;
                foreach (var (last, lastStrength) in lastsFrom[step.To])
                    paths.Add(new LeveragePath([h.Holder, step.To, subject], [step, last], TwoStepDiscount * stepStrength * lastStrength));
            }
            return new LeverageHolder(h.Holder, h.Value,
                [.. paths.OrderByDescending(x => x.Amount).ThenBy(x => string.Join(",", x.Relations.Select(r => r.Id)), StringComparer.Ordinal)]);
        })];
    }
}
