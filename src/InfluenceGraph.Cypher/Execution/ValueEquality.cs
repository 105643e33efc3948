using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Cypher "equivalence" (used by DISTINCT, grouping keys and unique indexes): like equality, except null is
/// equivalent to null, and 1 is equivalent to 1.0.
/// </summary>
internal sealed class ValueEquality : IEqualityComparer<object?>
{
    public static readonly ValueEquality Instance = new();

    public new bool Equals(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is IReadOnlyList<object?> xa && b is IReadOnlyList<object?> xb)
        {
            if (xa.Count != xb.Count) return false;
            for (var i = 0; i < xa.Count; i++)
                if (!Equals(xa[i], xb[i])) return false;
            return true;
        }
        if (a is IReadOnlyDictionary<string, object?> ma && b is IReadOnlyDictionary<string, object?> mb)
        {
            if (ma.Count != mb.Count) return false;
            foreach (var (key, value) in ma)
                if (!mb.TryGetValue(key, out var other) || !Equals(value, other)) return false;
            return true;
        }
        return Values.Equal(a, b) == true;
    }

    public int GetHashCode(object? value) => value switch
    {
        null => 0,
        long l => ((double)l).GetHashCode(),
        double d => d.GetHashCode(),
        NodeData n => HashCode.Combine(1, n.Id),
        RelData r => HashCode.Combine(2, r.Id),
        IReadOnlyList<object?> list => list.Aggregate(17, (h, item) => HashCode.Combine(h, GetHashCode(item))),
        IReadOnlyDictionary<string, object?> map => map.Aggregate(19, (h, kv) => h ^ HashCode.Combine(kv.Key, GetHashCode(kv.Value))),
        _ => value.GetHashCode(),
    };
}
