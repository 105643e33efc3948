using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Computes one aggregate call (count, collect, sum, avg, min, max, stDev) over the rows of a group.</summary>
internal static class Aggregation
{
    public static object? Compute(Expr call, IReadOnlyList<Row> rows, QueryContext ctx)
    {
        if (call is CountStar) return (long)rows.Count;
        var function = (FunctionCall)call;
        var arity = function.Name.StartsWith("percentile", StringComparison.Ordinal) ? 2 : 1;
        if (function.Args.Count != arity) throw Errors.Arity(function.Name, arity, arity, function.Args.Count, function.Pos);
        if (ExprWalker.Aggregates(function.Args[0]).Any())
            throw Errors.NestedAggregate(function.Pos);
        if (function.Name == "count" && !function.Distinct)
        {
            // count(x) needs no list of the values, only how many are not null.
            var count = 0L;
            foreach (var row in rows)
                if (Evaluator.Eval(function.Args[0], row, ctx) is not null) count++;
            return count;
        }
        IEnumerable<object?> values = rows.Select(row => Evaluator.Eval(function.Args[0], row, ctx)).Where(v => v is not null).ToList();
        if (function.Distinct) values = values.Distinct(ValueEquality.Instance).ToList();
        var list = (IReadOnlyList<object?>)values;
        switch (function.Name)
        {
            case "count": return (long)list.Count;
            case "collect": return list.ToList();
            case "sum": return Sum(list, function.Pos);
            case "avg":
                if (list.Count == 0) return null;
                return Numbers(list, function.Pos).Average();
            case "min": return list.Count == 0 ? null : list.Aggregate((a, b) => Values.OrderCompare(b, a) < 0 ? b : a);
            case "max": return list.Count == 0 ? null : list.Aggregate((a, b) => Values.OrderCompare(b, a) > 0 ? b : a);
            case "stdev" or "stdevp":
            {
                var numbers = Numbers(list, function.Pos).ToList();
                var n = numbers.Count - (function.Name == "stdev" ? 1 : 0);
                if (n <= 0) return 0.0;
                var mean = numbers.Average();
                return Math.Sqrt(numbers.Sum(x => (x - mean) * (x - mean)) / n);
            }
            case "percentilecont" or "percentiledisc":
                return Percentile(function, Numbers(list, function.Pos).Order().ToList(), rows, ctx);
            default: throw new InvalidOperationException($"No aggregate {function.Name}");
        }
    }

    // Neo4j: percentileDisc picks the nearest value at or above the rank; percentileCont interpolates linearly.
    private static object? Percentile(FunctionCall function, List<double> sorted, IReadOnlyList<Row> rows, QueryContext ctx)
    {
        var percentile = Evaluator.Eval(function.Args[1], rows.Count > 0 ? rows[0] : new Row(), ctx);
        if (percentile is not (long or double) || Values.ToDouble(percentile) is < 0 or > 1)
            throw Errors.PercentileRange(percentile, function.Args[1].Pos);
        if (sorted.Count == 0) return null;
        var p = Values.ToDouble(percentile);
        if (function.Name == "percentiledisc")
        {
            var index = Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1);
            return sorted[index];
        }
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    private static IEnumerable<double> Numbers(IEnumerable<object?> values, SourcePos pos) =>
        values.Select(v => v is long or double ? Values.ToDouble(v) : throw Errors.TypeMismatch("a number", v, pos));

    private static object Sum(IReadOnlyList<object?> values, SourcePos pos)
    {
        if (values.All(v => v is long))
        {
            try
            {
                return values.Aggregate(0L, (acc, v) => checked(acc + (long)v!));
            }
            catch (OverflowException)
            {
                throw Errors.IntegerOverflow(pos);
            }
        }
        return Numbers(values, pos).Sum();
    }
}
