using System.Globalization;
using System.Text;
using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Cypher's value semantics over the engine's runtime values (null, bool, long, double, string, DateOnly,
/// lists, maps, nodes, relationships, paths): equality with null propagation, comparability, the global sort order.
/// </summary>
internal static class Values
{
    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "Boolean",
        long or int => "Integer",
        double => "Float",
        string => "String",
        DateOnly => "Date",
        CypherLocalTime => "LocalTime",
        CypherTime => "Time",
        CypherLocalDateTime => "LocalDateTime",
        CypherDateTime => "DateTime",
        CypherDuration => "Duration",
        NodeData => "Node",
        RelData => "Relationship",
        PathValue => "Path",
        IReadOnlyList<object?> => "List",
        IReadOnlyDictionary<string, object?> => "Map",
        _ => value.GetType().Name,
    };

    public static bool IsNumber(object? value) => value is long or double;

    public static double ToDouble(object value) => value is long l ? l : (double)value;

    /// <summary>openCypher equality: null when either side is (or contains, at a compared position) null.</summary>
    public static bool? Equal(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long la when b is long lb: return la == lb;
            case long or double when b is long or double: return ToDouble(a) == ToDouble(b);
            case string sa when b is string sb: return string.Equals(sa, sb, StringComparison.Ordinal);
            case bool ba when b is bool bb: return ba == bb;
            case var _ when Temporal.IsTemporal(a) && Temporal.IsTemporal(b): return Temporal.Equal(a, b);
            case NodeData na when b is NodeData nb: return na.Id == nb.Id;
            case RelData ra when b is RelData rb: return ra.Id == rb.Id;
            case PathValue pa when b is PathValue pb: return pa.Equals(pb);
            case IReadOnlyList<object?> xa when b is IReadOnlyList<object?> xb:
            {
                if (xa.Count != xb.Count) return false;
                bool? result = true;
                for (var i = 0; i < xa.Count; i++)
                {
                    var e = Equal(xa[i], xb[i]);
                    if (e == false) return false;
                    if (e is null) result = null;
                }
                return result;
            }
            case IReadOnlyDictionary<string, object?> ma when b is IReadOnlyDictionary<string, object?> mb:
            {
                if (ma.Count != mb.Count) return false;
                bool? result = true;
                foreach (var (key, value) in ma)
                {
                    if (!mb.TryGetValue(key, out var other)) return false;
                    var e = Equal(value, other);
                    if (e == false) return false;
                    if (e is null) result = null;
                }
                return result;
            }
            default: return false;
        }
    }

    /// <summary>Comparison for &lt; &gt; &lt;= &gt;=: null when the values are not comparable (different types, nulls).</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (a)
        {
            case long la when b is long lb: return la.CompareTo(lb);
            case long or double when b is long or double:
            {
                var da = ToDouble(a);
                var db = ToDouble(b);
                if (double.IsNaN(da) || double.IsNaN(db)) return null;
                return da.CompareTo(db);
            }
            case string sa when b is string sb: return Math.Sign(string.CompareOrdinal(sa, sb));
            case bool ba when b is bool bb: return ba.CompareTo(bb);
            case var _ when Temporal.IsTemporal(a) && Temporal.IsTemporal(b): return Temporal.Compare(a, b);
            case IReadOnlyList<object?> xa when b is IReadOnlyList<object?> xb:
                for (var i = 0; i < Math.Min(xa.Count, xb.Count); i++)
                {
                    var c = Compare(xa[i], xb[i]);
                    if (c != 0) return c;
                }
                return xa.Count.CompareTo(xb.Count);
            default: return null;
        }
    }

    /// <summary>ORDER BY's total order (Neo4j): maps, nodes, relationships, lists, paths, dates, strings, booleans, numbers, then null.</summary>
    public static int OrderCompare(object? a, object? b)
    {
        var ra = OrderRank(a);
        var rb = OrderRank(b);
        if (ra != rb) return ra.CompareTo(rb);
        switch (a)
        {
            case null: return 0;
            case NodeData na: return na.Id.CompareTo(((NodeData)b!).Id);
            case RelData rela: return rela.Id.CompareTo(((RelData)b!).Id);
            case PathValue pa:
            {
                var pb = (PathValue)b!;
                return pa.Relationships.Count.CompareTo(pb.Relationships.Count);
            }
            case IReadOnlyList<object?> xa:
            {
                var xb = (IReadOnlyList<object?>)b!;
                for (var i = 0; i < Math.Min(xa.Count, xb.Count); i++)
                {
                    var c = OrderCompare(xa[i], xb[i]);
                    if (c != 0) return c;
                }
                return xa.Count.CompareTo(xb.Count);
            }
            case IReadOnlyDictionary<string, object?> ma: return ma.Count.CompareTo(((IReadOnlyDictionary<string, object?>)b!).Count);
            case var _ when Temporal.IsTemporal(a):
            {
                var rank = Temporal.OrderRank(a).CompareTo(Temporal.OrderRank(b!));
                return rank != 0 ? rank : Temporal.OrderCompare(a, b!);
            }
            case long or double:
            {
                var da = ToDouble(a);
                var db = ToDouble(b!);
                if (double.IsNaN(da)) return double.IsNaN(db) ? 0 : 1;
                if (double.IsNaN(db)) return -1;
                var c = da.CompareTo(db);
                return c != 0 ? c : (a is long && b is double ? -1 : a is double && b is long ? 1 : 0);
            }
            default: return Compare(a, b) ?? 0;
        }
    }

    private static int OrderRank(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> => 0,
        NodeData => 1,
        RelData => 2,
        IReadOnlyList<object?> => 3,
        PathValue => 4,
        var t when Temporal.IsTemporal(t) => 5,
        string => 6,
        bool => 7,
        long or double => 8,
        null => 10,
        _ => 9,
    };

    /// <summary>How a value is written in messages and by toString() for lists and maps: as Cypher would print it.</summary>
    public static string ToLiteral(object? value) => value switch
    {
        null => "null",
        string s => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        _ => Display(value),
    };

    public static string Display(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration => value.ToString() ?? "",
        NodeData n => $"({string.Concat(n.Labels.Select(l => ":" + l))} {Display(n.Properties)})",
        RelData r => $"[:{r.Type} {Display(r.Properties)}]",
        PathValue p => $"<path of length {p.Relationships.Count}>",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(ToLiteral)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + ToLiteral(kv.Value))) + "}",
        _ => value.ToString() ?? "",
    };

    public static string FormatFloat(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "Infinity";
        if (double.IsNegativeInfinity(d)) return "-Infinity";
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E'))
        {
            var sb = new StringBuilder(text);
            return sb.ToString();
        }
        return text.Contains('.') ? text : text + ".0";
    }
}
