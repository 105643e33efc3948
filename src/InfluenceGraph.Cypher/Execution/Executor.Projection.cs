using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    /// <summary>A projected row: the values by item, plus the input row it came from (ORDER BY may read both).</summary>
    private sealed record Projected(object?[] Values, Row Source);

    private static StatementOutput Return(Projection projection, IEnumerable<Row> rows, List<string> scope, QueryContext ctx)
    {
        if (projection.Star && scope.Count == 0) throw Errors.ReturnStarWithoutVariables();
        var items = Items(projection, scope);
        var projected = Project(projection, items, rows, ctx);
        return new StatementOutput(items.Select(i => i.Name).ToList(), projected.Select(p => p.Values).ToList());
    }

    private static List<Row> With(WithClause with, IEnumerable<Row> rows, List<string> scope, QueryContext ctx)
    {
        var items = Items(with.Projection, scope);
        foreach (var item in items)
            if (!item.Aliased && item.Expr is not Variable)
                throw Errors.WithNeedsAlias(item.Text, item.Expr.Pos);
        var projected = Project(with.Projection, items, rows, ctx);
        var result = new List<Row>(projected.Count);
        foreach (var p in projected)
        {
            var values = items.Select((item, i) => new KeyValuePair<string, object?>(item.Name, p.Values[i])).ToList();
            // WHERE sees the projected names and, under them, what was bound before the WITH.
            if (with.Where is not null && !Evaluator.IsTrue(with.Where, p.Source.WithAll(values), ctx)) continue;
            result.Add(Row.From(values));
        }
        return result;
    }

    private static List<ProjectionItem> Items(Projection projection, List<string> scope)
    {
        var items = new List<ProjectionItem>();
        if (projection.Star)
        {
            items.AddRange(scope.Order(StringComparer.Ordinal).Select(name => new ProjectionItem(new Syntax.Variable(name), name, true, name)));
        }
        items.AddRange(projection.Items);
        var duplicate = items.GroupBy(i => i.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw Errors.DuplicateColumn(duplicate.Key, duplicate.Last().Expr.Pos);
        return items;
    }

    private static List<Projected> Project(Projection projection, List<ProjectionItem> items, IEnumerable<Row> rows, QueryContext ctx)
    {
        var aggregating = items.Any(i => ExprWalker.ContainsAggregate(i.Expr));
        List<Projected> projected;
        if (!aggregating)
        {
            projected = rows.Select(row => new Projected(items.Select(i => Evaluator.Eval(i.Expr, row, ctx)).ToArray(), row)).ToList();
            if (projection.Distinct) projected = projected.DistinctBy(p => p.Values, RowKeyEquality.Instance).ToList();
        }
        else projected = Aggregate(projection, items, rows, ctx);

        return OrderAndPage(projection, items, projected, ctx);
    }

    /// <summary>
    /// ORDER BY, SKIP and LIMIT over projected rows. The sort is stable (ties keep their arrival order); with a LIMIT
    /// only the first SKIP + LIMIT rows are kept, in a bounded heap, which yields the same rows as the full sort.
    /// </summary>
    private static List<Projected> OrderAndPage(Projection projection, List<ProjectionItem> items, List<Projected> projected, QueryContext ctx)
    {
        if (projection.OrderBy.Count == 0)
        {
            IEnumerable<Projected> page = projected;
            if (projection.Skip is not null) page = page.Skip(Count(projection.Skip, "SKIP", ctx));
            if (projection.Limit is not null) page = page.Take(Count(projection.Limit, "LIMIT", ctx));
            return page.ToList();
        }
        var skip = projection.Skip is null ? 0 : Count(projection.Skip, "SKIP", ctx);
        var limit = projection.Limit is null ? int.MaxValue : Count(projection.Limit, "LIMIT", ctx);
        var keep = (int)Math.Min((long)skip + limit, int.MaxValue);
        var comparer = new SortKeyComparer(projection.OrderBy);
        // An ORDER BY key written exactly like a projected expression reads that column (so `ORDER BY count(*)` works),
        // and so does a column's name.
        var columns = projection.OrderBy.Select(o => items.FindIndex(i => string.Equals(i.Text, o.Text, StringComparison.Ordinal)) is var text and >= 0
            ? text
            : items.FindIndex(i => o.Expr is Variable v && v.Name == i.Name)).ToArray();
        SortKey Key(Projected p, int index) => Fill(new SortKey(new object?[columns.Length], index, p));
        SortKey Fill(SortKey key)
        {
            var (keys, p) = (key.Keys, key.Row);
            Row? scope = null;
            for (var k = 0; k < keys.Length; k++)
                keys[k] = columns[k] >= 0 ? p.Values[columns[k]]
                    : Evaluator.Eval(projection.OrderBy[k].Expr,
                        scope ??= p.Source.WithAll(items.Select((item, i) => new KeyValuePair<string, object?>(item.Name, p.Values[i]))), ctx);
            return key;
        }
        List<SortKey> sorted;
        if (keep < projected.Count)
        {
            // The heap's top is the worst row kept so far: a new row replaces it only when it sorts before it.
            var heap = new PriorityQueue<SortKey, SortKey>(keep + 1, Comparer<SortKey>.Create((a, b) => comparer.Compare(b, a)));
            var candidate = new SortKey(new object?[columns.Length], 0, projected[0]);
            for (var i = 0; i < projected.Count && keep > 0; i++)
            {
                if (heap.Count < keep)
                {
                    var key = Key(projected[i], i);
                    heap.Enqueue(key, key);
                    continue;
                }
                candidate.Index = i;
                candidate.Row = projected[i];
                if (comparer.Compare(Fill(candidate), heap.Peek()) >= 0) continue;
                var kept = candidate with { Keys = (object?[])candidate.Keys.Clone() };
                heap.DequeueEnqueue(kept, kept);
            }
            sorted = heap.UnorderedItems.Select(entry => entry.Element).ToList();
        }
        else sorted = projected.Select(Key).ToList();
        sorted.Sort(comparer);
        return sorted.Skip(skip).Take(limit).Select(k => k.Row).ToList();
    }

    private sealed record SortKey(object?[] Keys, int Index, Projected Row)
    {
        public int Index { get; set; } = Index;
        public Projected Row { get; set; } = Row;
    }

    private sealed class SortKeyComparer(IReadOnlyList<OrderItem> order) : IComparer<SortKey>
    {
        public int Compare(SortKey? a, SortKey? b)
        {
            for (var i = 0; i < order.Count; i++)
            {
                var c = Values.OrderCompare(a!.Keys[i], b!.Keys[i]);
                if (c != 0) return order[i].Descending ? -c : c;
            }
            return a!.Index.CompareTo(b!.Index);
        }
    }

    /// <summary>
    /// Hash aggregation: one accumulator per group and aggregate call, fed row by row as the rows arrive (a streamed
    /// input is never materialised); groups keep their first row, which ORDER BY and the non-aggregated parts read.
    /// </summary>
    private static List<Projected> Aggregate(Projection projection, List<ProjectionItem> items, IEnumerable<Row> rows, QueryContext ctx)
    {
        var keyItems = items.Select((item, i) => (item, i)).Where(x => !ExprWalker.ContainsAggregate(x.item.Expr)).ToList();
        var calls = items.SelectMany(i => ExprWalker.Aggregates(i.Expr))
            .Concat(projection.OrderBy.SelectMany(o => ExprWalker.Aggregates(o.Expr))).ToList();
        Group NewGroup(object?[] key, Row? first) => new(key, first, calls.Select(Accumulator.For).ToArray());
        var groups = new Dictionary<object?[], Group>(RowKeyEquality.Instance);
        var order = new List<Group>();
        Group? single = null;
        foreach (var row in rows)
        {
            Group? group;
            if (keyItems.Count == 0) group = single ??= NewGroup([], row);
            else
            {
                var key = new object?[keyItems.Count];
                for (var k = 0; k < key.Length; k++) key[k] = Evaluator.Eval(keyItems[k].item.Expr, row, ctx);
                if (!groups.TryGetValue(key, out group))
                {
                    groups[key] = group = NewGroup(key, row);
                    order.Add(group);
                }
            }
            foreach (var accumulator in group.Accumulators) accumulator.Add(row, ctx);
        }
        // Without grouping keys there is always one group, even over no rows: count(*) is 0 then.
        if (keyItems.Count == 0) order.Add(single ?? NewGroup([], null));
        var result = new List<Projected>(order.Count);
        foreach (var group in order)
        {
            var aggregates = new Dictionary<Expr, object?>(ReferenceEqualityComparer.Instance);
            for (var c = 0; c < calls.Count; c++) aggregates[calls[c]] = group.Accumulators[c].Result(group.First, ctx);
            var representative = (group.First ?? new Row()).WithAggregates(aggregates);
            var values = new object?[items.Count];
            for (var k = 0; k < keyItems.Count; k++) values[keyItems[k].i] = group.Key[k];
            for (var i = 0; i < items.Count; i++)
                if (ExprWalker.ContainsAggregate(items[i].Expr)) values[i] = Evaluator.Eval(items[i].Expr, representative, ctx);
            result.Add(new Projected(values, representative));
        }
        if (projection.Distinct) result = result.DistinctBy(p => p.Values, RowKeyEquality.Instance).ToList();
        return result;
    }

    private sealed record Group(object?[] Key, Row? First, Accumulator[] Accumulators);

    private static int Count(Expr expr, string clause, QueryContext ctx)
    {
        var value = Evaluator.Eval(expr, new Row(), ctx);
        if (value is long n && n >= 0) return (int)Math.Min(n, int.MaxValue);
        if (value is double d && d >= 0 && d == Math.Floor(d)) return (int)Math.Min(d, int.MaxValue);
        throw Errors.InvalidRowCount(clause, value, expr.Pos);
    }
}
