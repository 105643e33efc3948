namespace InfluenceGraph.Cypher.Syntax;

/// <summary>Checks of aggregating projections and of SKIP/LIMIT (openCypher 9, "Aggregation" and "SKIP/LIMIT").</summary>
internal sealed partial class SemanticCheck
{
    /// <summary>
    /// In a projection that aggregates, the parts of an aggregating item outside its aggregate calls may only read
    /// grouping keys: a variable projected as a key, or a property of one that a key projects verbatim
    /// (Neo4j: "Aggregation column contains implicit grouping expressions"; TCK With6, WithOrderBy4).
    /// </summary>
    private static void CheckGroupingKeys(Projection projection)
    {
        var keys = projection.Items.Where(i => !ExprWalker.ContainsAggregate(i.Expr)).Select(i => i.Expr).ToList();
        foreach (var item in projection.Items.Where(i => ExprWalker.ContainsAggregate(i.Expr)))
            if (FindUngrouped(item.Expr, keys) is { } ungrouped)
                throw Errors.AmbiguousAggregation(ungrouped.Pos);
    }

    private static Expr? FindUngrouped(Expr expr, IReadOnlyList<Expr> keys)
    {
        switch (expr)
        {
            case CountStar or FunctionCall { IsAggregate: true }:
                return null;
            case Variable v:
                return keys.Any(k => k is Variable kv && kv.Name == v.Name) ? null : v;
            case PropertyAccess { Target: Variable target } access:
                return keys.Any(k => k is Variable kv && kv.Name == target.Name || SameExpr(k, access)) ? null : access;
            case ListComprehension or Quantifier or Reduce or PatternComprehension or PatternPredicate or PatternCount:
                // These bind variables of their own; the executor evaluates them per group.
                return null;
        }
        foreach (var child in ExprWalker.Children(expr))
            if (FindUngrouped(child, keys) is { } found) return found;
        return null;
    }

    /// <summary>
    /// ORDER BY after an aggregating projection sees only the projected columns, the grouping keys' expressions and
    /// the aggregates the projection computes; anything else is undefined there.
    /// </summary>
    private void CheckAggregatingOrderBy(Expr expr, Projection projection, Dictionary<string, Kind> projected)
    {
        var keys = projection.Items.Where(i => !ExprWalker.ContainsAggregate(i.Expr)).Select(i => i.Expr).ToList();
        var aggregates = projection.Items.SelectMany(i => ExprWalker.Aggregates(i.Expr)).ToList();
        // A compound grouping key (not a variable or a property) may not be built upon next to an aggregate.
        if (ExprWalker.ContainsAggregate(expr))
            foreach (var part in ExprWalker.DescendantsAndSelf(expr))
                if (keys.Any(k => k is not (Variable or PropertyAccess) && SameExpr(k, part))) throw Errors.AmbiguousAggregation(part.Pos);
        Visit(expr);

        void Visit(Expr e)
        {
            switch (e)
            {
                case CountStar or FunctionCall { IsAggregate: true }:
                    if (aggregates.Any(a => SameExpr(a, e))) return;
                    foreach (var arg in ExprWalker.Children(e)) CheckExpr(arg, projected, allowAggregates: false);
                    return;
                case Variable v:
                    if (!projected.ContainsKey(v.Name) && !keys.Any(k => k is Variable kv && kv.Name == v.Name)) throw Errors.VariableNotDefined(v.Name, v.Pos);
                    return;
                case PropertyAccess { Target: Variable target } access when keys.Any(k => SameExpr(k, access)):
                    _ = target;
                    return;
                case ListComprehension or Quantifier or Reduce or PatternComprehension or PatternPredicate or PatternCount:
                    CheckExpr(e, projected, allowAggregates: false);
                    return;
            }
            foreach (var child in ExprWalker.Children(e)) Visit(child);
        }
    }

    /// <summary>SKIP and LIMIT take a constant: no variables; a literal must be a non-negative integer.</summary>
    private void CheckRowCount(Expr expr, Dictionary<string, Kind> scope)
    {
        if (ExprWalker.DescendantsAndSelf(expr).OfType<Variable>().FirstOrDefault() is { } variable)
            throw Errors.NonConstantRowCount(variable.Pos);
        CheckExpr(expr, new Dictionary<string, Kind>(), allowAggregates: false);
        var literal = expr is Unary { Op: UnaryOp.Negate, Operand: Literal { Value: long or double } negated }
            ? negated.Value switch { long l => (object)-l, double d => -d, _ => null }
            : (expr as Literal)?.Value;
        switch (literal)
        {
            case long n when n < 0:
                throw Errors.NegativeRowCount(literal, expr.Pos);
            case double or string or bool:
                throw Errors.RowCountType(literal, expr.Pos);
        }
        _ = scope;
    }

    /// <summary>Structural equality of two expressions, ignoring where they are written.</summary>
    private static bool SameExpr(Expr a, Expr b) => (a, b) switch
    {
        (Variable x, Variable y) => x.Name == y.Name,
        (PropertyAccess x, PropertyAccess y) => x.Key == y.Key && SameExpr(x.Target, y.Target),
        (Literal x, Literal y) => Equals(x.Value, y.Value),
        (Parameter x, Parameter y) => x.Name == y.Name,
        (CountStar, CountStar) => true,
        (FunctionCall x, FunctionCall y) => x.Name == y.Name && x.Distinct == y.Distinct && x.Args.Count == y.Args.Count
            && x.Args.Zip(y.Args).All(p => SameExpr(p.First, p.Second)),
        (Binary x, Binary y) => x.Op == y.Op && SameExpr(x.Left, y.Left) && SameExpr(x.Right, y.Right),
        (Unary x, Unary y) => x.Op == y.Op && SameExpr(x.Operand, y.Operand),
        _ => false,
    };
}
