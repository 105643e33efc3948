using System.Runtime.InteropServices;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>
/// The relations that lend leverage (positive strength, not an actor's own), grouped by the actor they point at, as
/// dense arrays over actor numbers: what <see cref="LeverageAnalysis.Holders(string, IncomingLeverage, Func{string, IEnumerable{Relation}}, RelationCatalog, int)"/>
/// reads for any subject. Built in one pass over the relations; a hub's two-step chains (two million at 1M
/// relations) are then summed over arrays instead of through a dictionary keyed by actor id. Each actor's entries
/// keep the relations' order.
/// </summary>
public sealed class IncomingLeverage
{
    private readonly Dictionary<string, int> _numbers;

    private IncomingLeverage(string[] ids, Dictionary<string, int> numbers, int[] start, int[] from, double[] strength, Relation[] relations)
    {
        Ids = ids;
        _numbers = numbers;
        Start = start;
        From = from;
        Strength = strength;
        Relations = relations;
    }

    /// <summary>Actor number -> id.</summary>
    internal string[] Ids { get; }

    /// <summary>Where each actor's entries begin (and, at the next actor's number, end).</summary>
    internal int[] Start { get; }

    /// <summary>Per entry: the number of the actor the relation comes from, its strength, and the relation.</summary>
    internal int[] From { get; }

    internal double[] Strength { get; }

    internal Relation[] Relations { get; }

    public static IncomingLeverage Build(IEnumerable<Relation> relations, RelationCatalog catalog)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        int Number(string id)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out var known);
            if (!known)
            {
                number = ids.Count;
                ids.Add(id);
            }
            return number;
        }
        var entries = new List<(int Target, int Source, double Strength, Relation Relation)>();
        foreach (var r in relations)
        {
            if (r.From != r.To && LeverageAnalysis.Strength(r, catalog) is var strength and > 0)
                entries.Add((Number(r.To), Number(r.From), strength, r));
        }
        // A counting sort by target, stable: each actor's entries in the relations' order.
        var start = new int[ids.Count + 1];
        foreach (var e in entries)
            start[e.Target + 1]++;
        for (var i = 0; i < ids.Count; i++)
            start[i + 1] += start[i];
        var next = start[..^1];
        var from = new int[entries.Count];
        var strengthOf = new double[entries.Count];
        var relationOf = new Relation[entries.Count];
        foreach (var e in entries)
        {
            var at = next[e.Target]++;
            (from[at], strengthOf[at], relationOf[at]) = (e.Source, e.Strength, e.Relation);
        }
        return new IncomingLeverage([.. ids], numbers, start, from, strengthOf, relationOf);
    }

    /// <summary>The number of <paramref name="actorId"/>, if any relation lending leverage touches it.</summary>
    internal bool TryNumber(string actorId, out int number) => _numbers.TryGetValue(actorId, out number);
}
