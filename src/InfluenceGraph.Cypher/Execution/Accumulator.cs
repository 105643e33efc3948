using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// One aggregate call's running state over the rows of one group (count, collect, sum, avg, min, max, stDev,
/// percentiles): rows are added one at a time and not kept, so grouping holds one state per group and call, not the
/// group's rows. Only what the result needs stays: the values themselves for collect, DISTINCT, stDev and percentiles.
/// </summary>
internal abstract class Accumulator
{
    /// <summary>A fresh state for <paramref name="call"/> (an aggregate call or count(*)).</summary>
    public static Accumulator For(Expr call)
    {
        if (call is CountStar) return new CountRows();
        var function = (FunctionCall)call;
        var arity = function.Name.StartsWith("percentile", StringComparison.Ordinal) ? 2 : 1;
        if (function.Args.Count != arity) throw Errors.Arity(function.Name, arity, arity, function.Args.Count, function.Pos);
        if (ExprWalker.ContainsAggregate(function.Args[0])) throw Errors.NestedAggregate(function.Pos);
        return function.Name switch
        {
            "count" => new CountValues(function),
            "collect" => new Collect(function),
            "sum" => new Sum(function),
            "avg" => new Average(function),
            "min" => new Extreme(function, keepSmaller: true),
            "max" => new Extreme(function, keepSmaller: false),
            "stdev" or "stdevp" => new StandardDeviation(function, sample: function.Name == "stdev"),
            "percentilecont" or "percentiledisc" => new Percentile(function),
            _ => throw new InvalidOperationException($"No aggregate {function.Name}"),
        };
    }

    public abstract void Add(Row row, QueryContext ctx);

    /// <param name="first">The group's first row (percentiles read their second argument there); null for an empty group.</param>
    public abstract object? Result(Row? first, QueryContext ctx);

    private sealed class CountRows : Accumulator
    {
        private long _count;

        public override void Add(Row row, QueryContext ctx) => _count++;

        public override object? Result(Row? first, QueryContext ctx) => _count;
    }

    /// <summary>An aggregate over its argument's values: nulls skipped, repeats skipped under DISTINCT.</summary>
    private abstract class OverValues(FunctionCall function) : Accumulator
    {
        private readonly HashSet<object>? _seen = function.Distinct ? new HashSet<object>(ValueEquality.Instance) : null;

        protected FunctionCall Function { get; } = function;

        public sealed override void Add(Row row, QueryContext ctx)
        {
            var value = Evaluator.Eval(Function.Args[0], row, ctx);
            if (value is null || (_seen is not null && !_seen.Add(value))) return;
            Take(value);
        }

        protected abstract void Take(object value);

        protected double Number(object value) =>
            value is long or double ? Values.ToDouble(value) : throw Errors.TypeMismatch("a number", value, Function.Pos);
    }

    private sealed class CountValues(FunctionCall function) : OverValues(function)
    {
        private long _count;

        protected override void Take(object value) => _count++;

        public override object? Result(Row? first, QueryContext ctx) => _count;
    }

    private sealed class Collect(FunctionCall function) : OverValues(function)
    {
        private readonly List<object?> _values = [];

        protected override void Take(object value) => _values.Add(value);

        public override object? Result(Row? first, QueryContext ctx) => _values;
    }

    /// <summary>An integer sum while every value is an integer (overflow is an error then), else a float sum in arrival order.</summary>
    private sealed class Sum(FunctionCall function) : OverValues(function)
    {
        private long _integers;
        private bool _overflowed;
        private bool _sawFloat;
        private double _floats;

        protected override void Take(object value)
        {
            if (value is long integer && !_overflowed)
            {
                try
                {
                    _integers = checked(_integers + integer);
                }
                catch (OverflowException)
                {
                    _overflowed = true;
                }
            }
            _sawFloat |= value is double;
            _floats += Number(value);
        }

        public override object? Result(Row? first, QueryContext ctx)
        {
            if (_sawFloat) return _floats;
            if (_overflowed) throw Errors.IntegerOverflow(Function.Pos);
            return _integers;
        }
    }

    private sealed class Average(FunctionCall function) : OverValues(function)
    {
        private double _sum;
        private long _count;

        protected override void Take(object value)
        {
            _sum += Number(value);
            _count++;
        }

        public override object? Result(Row? first, QueryContext ctx) => _count == 0 ? null : _sum / _count;
    }

    /// <summary>min or max: the first of the values that sort lowest (or highest), in Cypher's ordering across types.</summary>
    private sealed class Extreme(FunctionCall function, bool keepSmaller) : OverValues(function)
    {
        private object? _kept;

        protected override void Take(object value)
        {
            if (_kept is null) _kept = value;
            else if (Values.OrderCompare(value, _kept) is var c && (keepSmaller ? c < 0 : c > 0)) _kept = value;
        }

        public override object? Result(Row? first, QueryContext ctx) => _kept;
    }

    private sealed class StandardDeviation(FunctionCall function, bool sample) : OverValues(function)
    {
        private readonly List<double> _numbers = [];

        protected override void Take(object value) => _numbers.Add(Number(value));

        public override object? Result(Row? first, QueryContext ctx)
        {
            var n = _numbers.Count - (sample ? 1 : 0);
            if (n <= 0) return 0.0;
            var mean = _numbers.Average();
            return Math.Sqrt(_numbers.Sum(x => (x - mean) * (x - mean)) / n);
        }
    }

    /// <summary>Neo4j: percentileDisc picks the nearest value at or above the rank; percentileCont interpolates linearly.</summary>
    private sealed class Percentile(FunctionCall function) : OverValues(function)
    {
        private readonly List<double> _numbers = [];

        protected override void Take(object value) => _numbers.Add(Number(value));

        public override object? Result(Row? first, QueryContext ctx)
        {
            var percentile = Evaluator.Eval(Function.Args[1], first ?? new Row(), ctx);
            if (percentile is not (long or double) || Values.ToDouble(percentile) is < 0 or > 1)
                throw Errors.PercentileRange(percentile, Function.Args[1].Pos);
            if (_numbers.Count == 0) return null;
            var sorted = _numbers.Order().ToList();
            var p = Values.ToDouble(percentile);
            if (Function.Name == "percentiledisc") return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
            var position = p * (sorted.Count - 1);
            var lower = (int)Math.Floor(position);
            var upper = (int)Math.Ceiling(position);
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
        }
    }
}
