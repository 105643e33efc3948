using System.Runtime.InteropServices;
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
    /// already computed (<paramref name="leverage"/>, as <see cref="Compute"/> gives it) and each actor's own relations
    /// (<paramref name="relationsOf"/>, from or to it): reads the actor's relations and those into the actors it holds
    /// leverage over, instead of ranking the whole graph again.
    /// </summary>
    public static IReadOnlyList<LeverageContribution> Breakdown(
        string actorId, IReadOnlyDictionary<string, double> leverage, Func<string, IEnumerable<Relation>> relationsOf, RelationCatalog catalog)
    {
        if (!leverage.ContainsKey(actorId))
            return [];
        bool Counts(Relation r) => Strength(r, catalog) > 0 && r.From != r.To && leverage.ContainsKey(r.From) && leverage.ContainsKey(r.To);
        var intoTotal = new Dictionary<string, double>(StringComparer.Ordinal);
        var result = new List<LeverageContribution>();
        foreach (var r in relationsOf(actorId))
        {
            if (r.From != actorId || !Counts(r))
                continue;
            if (!intoTotal.TryGetValue(r.To, out var total))
                intoTotal[r.To] = total = relationsOf(r.To).Where(x => x.To == r.To && Counts(x)).Sum(x => Strength(x, catalog));
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
    /// and the two-step chains through an intermediary, as <see cref="Pairwise"/> counts them for one holder. Reads
    /// only the relations into the subject and into its direct holders.
    /// </summary>
    public static IReadOnlyList<LeverageHolder> Holders(string subject, IReadOnlyList<Relation> relations, RelationCatalog catalog,
        int first = int.MaxValue)
    {
        var into = relations.ToLookup(r => r.To, StringComparer.Ordinal);
        var outOf = relations.ToLookup(r => r.From, StringComparer.Ordinal);
        return Holders(subject, actor => into[actor].Concat(outOf[actor]), catalog, first);
    }

    /// <summary>
    /// <see cref="Holders(string, IReadOnlyList{Relation}, RelationCatalog)"/> over the relations <paramref name="relationsOf"/>
    /// gives for an actor (both those into it and those out of it). With an index of each actor's relations
    /// this reads only the subject's and its direct holders', instead of every relation of a graph of a million.
    /// Only the <paramref name="first"/> largest holders are returned: every holder's value is summed first, without
    /// keeping its paths, and the paths are gathered for those returned alone (a hub with ten thousand relations into it
    /// has millions of two-step chains, almost all of them of holders nobody is shown).
    /// </summary>
    public static IReadOnlyList<LeverageHolder> Holders(string subject, Func<string, IEnumerable<Relation>> relationsOf,
        RelationCatalog catalog, int first = int.MaxValue)
    {
        if (first <= 0)
            return [];
        // Each actor's relations are read once, with their strengths: a hub holding many relations into the subject is
        // asked about once.
        var incoming = new Dictionary<string, List<(Relation Relation, double Strength)>>(StringComparer.Ordinal);
        List<(Relation Relation, double Strength)> Incoming(string actor)
        {
            if (!incoming.TryGetValue(actor, out var list))
            {
                incoming[actor] = list = [];
                foreach (var r in relationsOf(actor))
                {
                    if (r.To == actor && r.From != r.To && Strength(r, catalog) is var strength and > 0)
                        list.Add((r, strength));
                }
            }
            return list;
        }
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (last, lastStrength) in Incoming(subject))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(values, last.From, out _) += lastStrength;
            foreach (var (step, stepStrength) in Incoming(last.From))
            {
                if (step.From != subject)
                    CollectionsMarshal.GetValueRefOrAddDefault(values, step.From, out _) += TwoStepDiscount * stepStrength * lastStrength;
            }
        }
        var shown = values.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).Take(first).ToArray();
        // The paths of those shown alone: their direct relations into the subject, and their relations out to an actor
        // with one into the subject.
        var lastsFrom = Incoming(subject).ToLookup(x => x.Relation.From, StringComparer.Ordinal);
        var paths = shown.ToDictionary(h => h.Key, h =>
        {
            var list = lastsFrom[h.Key].Select(x => new LeveragePath([h.Key, subject], [x.Relation], x.Strength)).ToList();
            foreach (var step in relationsOf(h.Key))
            {
                if (step.From != h.Key || step.To == step.From || Strength(step, catalog) is not (var stepStrength and > 0))
                    continue;
                foreach (var (last, lastStrength) in lastsFrom[step.To])
                    list.Add(new LeveragePath([h.Key, step.To, subject], [step, last], TwoStepDiscount * stepStrength * lastStrength));
            }
            return list;
        }, StringComparer.Ordinal);
        return [.. shown.Select(h => new LeverageHolder(h.Key, h.Value,
            [.. paths[h.Key].OrderByDescending(x => x.Amount).ThenBy(x => string.Join(",", x.Relations.Select(r => r.Id)), StringComparer.Ordinal)]))];
    }
}
