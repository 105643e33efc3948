using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Schema;

/// <summary>GraphQL's ActorPage, RelationPage and ActorShiftPage: the items of one page, where it ends, the list's length.</summary>
public sealed record PageView<T>(IReadOnlyList<T> Nodes, PageInfoView PageInfo, int TotalCount);

/// <summary>GraphQL's PageInfo.</summary>
public sealed record PageInfoView(string? EndCursor, bool HasNextPage);

/// <summary>
/// Cursor pagination over the snapshot's lists. A cursor is the sort key of a page's last item (base64url of
/// "list:key"), so the next page starts right after that key wherever the list has grown or shrunk meanwhile; lists
/// computed per request (movers) use the item's position instead. Page sizes are checked against the maximum.
/// </summary>
internal static class Pages
{
    /// <summary>The page of <paramref name="set"/> after <paramref name="after"/> (a cursor of list <paramref name="list"/>), keeping what <paramref name="keep"/> accepts.</summary>
    public static PageView<T> Of<T>(ImmutableSortedSet<T> set, string list, Func<T, string> keyOf, Func<string, T> probe,
        Func<T, bool>? keep, int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var at = set.IndexOf(probe(Decode(after, list)));
            start = at >= 0 ? at + 1 : ~at;
        }
        var nodes = new List<T>(Math.Min(first, 1024));
        var more = false;
        for (var i = start; i < set.Count; i++)
        {
            var item = set[i];
            if (keep is not null && !keep(item))
                continue;
            if (nodes.Count == first)
            {
                more = true;
                break;
            }
            nodes.Add(item);
        }
        var total = keep is null ? set.Count : set.Count(keep);
        return new PageView<T>(nodes, new PageInfoView(nodes.Count == 0 ? null : Encode(list, keyOf(nodes[^1])), more), total);
    }

    /// <summary>The page of an already sorted, filtered <paramref name="items"/> list after a key cursor.</summary>
    public static PageView<T> Of<T>(IReadOnlyList<T> items, string list, Func<T, string> keyOf, int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            var key = Decode(after, list);
            start = LowerBound(items, keyOf, key);
            if (start < items.Count && keyOf(items[start]) == key)
                start++;
        }
        var nodes = items.Skip(start).Take(first).ToList();
        var end = start + nodes.Count;
        return new PageView<T>(nodes, new PageInfoView(nodes.Count == 0 ? null : Encode(list, keyOf(nodes[^1])), end < items.Count), items.Count);
    }

    /// <summary>The page of a list computed for this request, after a position cursor.</summary>
    public static PageView<T> ByPosition<T>(IReadOnlyList<T> items, string list, int first, string? after)
    {
        var start = after is null ? 0 : PositionAfter(after, list);
        var nodes = items.Skip(start).Take(first).ToList();
        var end = start + nodes.Count;
        return new PageView<T>(nodes, new PageInfoView(nodes.Count == 0 ? null : Encode(list, (end - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), end < items.Count), items.Count);
    }

    /// <summary>Where the page after a position cursor of <paramref name="list"/> starts.</summary>
    public static int PositionAfter(string after, string list) =>
        int.TryParse(Decode(after, list), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) && position < int.MaxValue
            ? position + 1
            : throw NotACursor(list);

    /// <summary>The 'first' argument, checked: between 0 and the maximum page size.</summary>
    public static int First(int first, int maxPageSize) =>
        first < 0 || first > maxPageSize
            ? throw AppFailure.InvalidInput($"'first' must be between 0 and {maxPageSize} (GraphQL:MaxPageSize), not {first}.")
            : first;

    public static string Encode(string list, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(list + ":" + key);
        return Base64Url.EncodeToString(bytes);
    }

    public static string Decode(string cursor, string list)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw NotACursor(list);
        }
        return text.StartsWith(list + ":", StringComparison.Ordinal) ? text[(list.Length + 1)..] : throw NotACursor(list);
    }

    private static AppFailure NotACursor(string list) =>
        AppFailure.InvalidInput($"'after' is not a cursor of {list}: pass the endCursor of the previous page of the same list.");

    private static int LowerBound<T>(IReadOnlyList<T> items, Func<T, string> keyOf, string key)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(keyOf(items[mid]), key) < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }
}
