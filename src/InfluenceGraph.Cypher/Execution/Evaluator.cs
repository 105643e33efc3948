using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Evaluates expressions against a row (openCypher 9 semantics: null propagates, logic is ternary).</summary>
internal static partial class Evaluator
{
    public static object? Eval(Expr expr, Row row, QueryContext ctx)
    {
        switch (expr)
        {
            case Literal literal:
                return literal.Value;
            case Parameter parameter:
                return ctx.Parameters.TryGetValue(parameter.Name, out var value) ? value : throw Errors.ParameterMissing(parameter.Name, parameter.Pos);
            case Variable variable:
                return row.TryGet(variable.Name, out var bound) ? bound : throw Errors.VariableNotDefined(variable.Name, variable.Pos);
            case PropertyAccess access:
                return Property(Eval(access.Target, row, ctx), access.Key, access.Pos);
            case ListLiteral list:
                return list.Items.Select(item => Eval(item, row, ctx)).ToList();
            case MapLiteral map:
            {
                var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, item) in map.Entries) result[key] = Eval(item, row, ctx);
                return result;
            }
            case MapProjection projection:
                return EvalMapProjection(projection, row, ctx);
            case IndexAccess index:
                return EvalIndex(Eval(index.Target, row, ctx), Eval(index.Index, row, ctx), index.Pos);
            case SliceAccess slice:
                return EvalSlice(slice, row, ctx);
            case Binary binary:
                return EvalBinary(binary, row, ctx);
            case Unary unary:
                return EvalUnary(unary, row, ctx);
            case IsNull isNull:
                return (Eval(isNull.Operand, row, ctx) is null) != isNull.Negated;
            case HasLabels hasLabels:
                return Eval(hasLabels.Target, row, ctx) switch
                {
                    null => null,
                    NodeData node => hasLabels.Labels.All(node.HasLabel),
                    RelData rel => hasLabels.Labels.All(label => label == rel.Type),
                    var other => throw Errors.TypeMismatch("Node", other, hasLabels.Pos),
                };
            case CaseExpr caseExpr:
                return EvalCase(caseExpr, row, ctx);
            case ListComprehension comprehension:
                return EvalComprehension(comprehension, row, ctx);
            case Quantifier quantifier:
                return EvalQuantifier(quantifier, row, ctx);
            case Reduce reduce:
                return EvalReduce(reduce, row, ctx);
            case CountStar or FunctionCall { IsAggregate: true }:
                return row.Aggregates is { } aggregates && aggregates.TryGetValue(expr, out var aggregated)
                    ? aggregated
                    : throw Errors.MisplacedAggregate(expr.Pos);
            case FunctionCall call:
                return Functions.Call(call, row, ctx);
            case PatternPredicate predicate:
                return PatternMatches(predicate.Pattern, predicate.Where, row, ctx).Any();
            case PatternCount count:
                return (long)PatternMatches(count.Pattern, count.Where, row, ctx).Count();
            case SubqueryExpr subquery:
                return Executor.Subquery(subquery, row, ctx);
            case PatternComprehension comprehension:
                return PatternMatches(comprehension.Pattern, comprehension.Where, row, ctx)
                    .Select(match => Eval(comprehension.Projection, match, ctx)).ToList();
            default:
                throw new InvalidOperationException($"No evaluation for {expr.GetType().Name}");
        }
    }

    private static IEnumerable<Row> PatternMatches(PatternPart pattern, Expr? where, Row row, QueryContext ctx) =>
        Matcher.Match([pattern], row, ctx).Where(match => where is null || IsTrue(where, match, ctx));

    public static bool IsTrue(Expr expr, Row row, QueryContext ctx) => Eval(expr, row, ctx) switch
    {
        true => true,
        false or null => false,
        var other => throw Errors.TypeMismatch("Boolean", other, expr.Pos),
    };

    /// <summary>Property lookup on a node, relationship, map or date (date.year etc.); null on null.</summary>
    public static object? Property(object? target, string key, SourcePos pos = default) => target switch
    {
        null => null,
        NodeData node => node.Deleted
            ? throw Errors.DeletedEntity("Node", node.Id, pos)
            : node.Properties.GetValueOrDefault(key),
        RelData rel => rel.Deleted
            ? throw Errors.DeletedEntity("Relationship", rel.Id, pos)
            : rel.Properties.GetValueOrDefault(key),
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(key),
        Node node => node.Properties.GetValueOrDefault(key),
        Relationship rel => rel.Properties.GetValueOrDefault(key),
        _ when Temporal.IsTemporal(target) => Temporal.Property(target, key, pos),
        _ => throw Errors.PropertyOfNonEntity(target, key, pos),
    };

    private static object? EvalMapProjection(MapProjection projection, Row row, QueryContext ctx)
    {
        var target = Eval(projection.Target, row, ctx);
        if (target is null) return null;
        // Sized up front: a projection of every property of a million relationships would otherwise regrow each map.
        var capacity = projection.Items.Count;
        foreach (var item in projection.Items)
            if (item.Kind == MapProjectionKind.AllProperties && PropertiesOf(target, projection.Pos) is IReadOnlyCollection<KeyValuePair<string, object?>> all)
                capacity += all.Count - 1;
        var result = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            switch (item.Kind)
            {
                case MapProjectionKind.AllProperties:
                    foreach (var (key, value) in PropertiesOf(target, projection.Pos)) result[key] = value;
                    break;
                case MapProjectionKind.Property:
                    result[item.Key] = Property(target, item.Key, projection.Pos);
                    break;
                default:
                    result[item.Key] = Eval(item.Value!, row, ctx);
                    break;
            }
        }
        return result;
    }

    public static IEnumerable<KeyValuePair<string, object?>> PropertiesOf(object? target, SourcePos pos = default) => target switch
    {
        NodeData node => node.Properties,
        RelData rel => rel.Properties,
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw Errors.TypeMismatch("a map, node or relationship", target, pos),
    };

    private static object? EvalIndex(object? target, object? index, SourcePos pos)
    {
        if (target is null || index is null) return null;
        switch (target)
        {
            case IReadOnlyList<object?> list:
                if (index is not long i) throw Errors.TypeMismatch("Integer", index, pos);
                if (i < 0) i += list.Count;
                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case NodeData or RelData or IReadOnlyDictionary<string, object?>:
                if (index is not string key) throw Errors.MapKeyType(index, pos);
                return Property(target, key, pos);
            default:
                throw Errors.TypeMismatch("a list or a map", target, pos);
        }
    }

    private static object? EvalSlice(SliceAccess slice, Row row, QueryContext ctx)
    {
        var target = Eval(slice.Target, row, ctx);
        var from = slice.From is null ? 0L : Eval(slice.From, row, ctx);
        var to = slice.To is null ? long.MaxValue : Eval(slice.To, row, ctx);
        if (target is null || from is null || to is null) return null;
        if (target is not IReadOnlyList<object?> list) throw Errors.TypeMismatch("List", target, slice.Pos);
        if (from is not long start || to is not long end) throw Errors.TypeMismatch("Integer", from is long ? to : from, slice.Pos);
        long count = list.Count;
        if (start < 0) start = Math.Max(0, start + count);
        if (end < 0) end = Math.Max(0, end + count);
        start = Math.Min(start, count);
        end = Math.Min(end, count);
        return end <= start ? new List<object?>() : list.Skip((int)start).Take((int)(end - start)).ToList();
    }

    private static object? EvalCase(CaseExpr caseExpr, Row row, QueryContext ctx)
    {
        if (caseExpr.Test is null)
        {
            foreach (var alternative in caseExpr.Alternatives)
                if (Eval(alternative.When, row, ctx) is true) return Eval(alternative.Then, row, ctx);
        }
        else
        {
            var test = Eval(caseExpr.Test, row, ctx);
            foreach (var alternative in caseExpr.Alternatives)
                if (Values.Equal(test, Eval(alternative.When, row, ctx)) == true) return Eval(alternative.Then, row, ctx);
        }
        return caseExpr.Else is null ? null : Eval(caseExpr.Else, row, ctx);
    }

    private static IReadOnlyList<object?>? ListOperand(Expr source, Row row, QueryContext ctx) => Eval(source, row, ctx) switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        var other => throw Errors.TypeMismatch("List", other, source.Pos),
    };

    private static object? EvalComprehension(ListComprehension comprehension, Row row, QueryContext ctx)
    {
        var list = ListOperand(comprehension.Source, row, ctx);
        if (list is null) return null;
        var result = new List<object?>();
        foreach (var item in list)
        {
            var inner = row.With(comprehension.Variable, item);
            if (comprehension.Where is not null && Eval(comprehension.Where, inner, ctx) is not true) continue;
            result.Add(comprehension.Projection is null ? item : Eval(comprehension.Projection, inner, ctx));
        }
        return result;
    }

    private static object? EvalQuantifier(Quantifier quantifier, Row row, QueryContext ctx)
    {
        var list = ListOperand(quantifier.Source, row, ctx);
        if (list is null) return null;
        int trues = 0, nulls = 0;
        foreach (var item in list)
        {
            switch (Eval(quantifier.Where, row.With(quantifier.Variable, item), ctx))
            {
                case true: trues++; break;
                case null: nulls++; break;
                case false: break;
                case var other: throw Errors.TypeMismatch("Boolean", other, quantifier.Where.Pos);
            }
        }
        var falses = list.Count - trues - nulls;
        return quantifier.Kind switch
        {
            QuantifierKind.Any => trues > 0 ? true : nulls > 0 ? null : false,
            QuantifierKind.All => falses > 0 ? false : nulls > 0 ? null : true,
            QuantifierKind.None => trues > 0 ? false : nulls > 0 ? null : true,
            _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
        };
    }

    private static object? EvalReduce(Reduce reduce, Row row, QueryContext ctx)
    {
        var accumulator = Eval(reduce.Initial, row, ctx);
        var list = ListOperand(reduce.Source, row, ctx);
        if (list is null) return null;
        foreach (var item in list)
            accumulator = Eval(reduce.Body, row.With(reduce.Accumulator, accumulator).With(reduce.Variable, item), ctx);
        return accumulator;
    }
}
