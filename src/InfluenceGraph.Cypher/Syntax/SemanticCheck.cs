namespace InfluenceGraph.Cypher.Syntax;

/// <summary>
/// Static checks run once per parsed statement, before any row flows (so an empty graph reports them too):
/// every variable is defined where it is read (openCypher scoping: WITH starts a new scope), and aggregates
/// appear only in RETURN/WITH items and ORDER BY.
/// </summary>
internal static class SemanticCheck
{
    public static void Check(Statement statement)
    {
        foreach (var part in statement.Parts) CheckSingleQuery(part);
    }

    private static void CheckSingleQuery(IReadOnlyList<Clause> clauses)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case MatchClause match:
                    foreach (var part in match.Patterns) CheckPatternExpressions(part, scope);
                    foreach (var part in match.Patterns) DeclarePattern(part, scope);
                    if (match.Where is not null) CheckExpr(match.Where, scope, allowAggregates: false);
                    break;
                case UnwindClause unwind:
                    CheckExpr(unwind.Source, scope, allowAggregates: false);
                    scope.Add(unwind.Variable);
                    break;
                case WithClause with:
                {
                    var next = CheckProjection(with.Projection, scope);
                    scope.Clear();
                    scope.UnionWith(next);
                    if (with.Where is not null) CheckExpr(with.Where, scope, allowAggregates: false);
                    break;
                }
                case ReturnClause ret:
                    CheckProjection(ret.Projection, scope);
                    break;
                case CreateClause create:
                    foreach (var part in create.Patterns)
                    {
                        CheckPatternExpressions(part, scope, progressive: true);
                        DeclarePattern(part, scope);
                    }
                    break;
                case MergeClause merge:
                    CheckPatternExpressions(merge.Pattern, scope);
                    DeclarePattern(merge.Pattern, scope);
                    foreach (var item in merge.OnCreate.Concat(merge.OnMatch)) CheckSetItem(item, scope);
                    break;
                case SetClause set:
                    foreach (var item in set.Items) CheckSetItem(item, scope);
                    break;
                case RemoveClause remove:
                    foreach (var item in remove.Items) CheckSetItem(item, scope);
                    break;
                case DeleteClause delete:
                    foreach (var target in delete.Targets) CheckExpr(target, scope, allowAggregates: false);
                    break;
            }
        }
    }

    private static HashSet<string> CheckProjection(Projection projection, HashSet<string> scope)
    {
        foreach (var item in projection.Items) CheckExpr(item.Expr, scope, allowAggregates: true);
        var next = new HashSet<string>(projection.Star ? scope : [], StringComparer.Ordinal);
        foreach (var item in projection.Items) next.Add(item.Name);
        var orderScope = new HashSet<string>(scope, StringComparer.Ordinal);
        orderScope.UnionWith(next);
        foreach (var order in projection.OrderBy) CheckExpr(order.Expr, orderScope, allowAggregates: true);
        if (projection.Skip is not null) CheckExpr(projection.Skip, [], allowAggregates: false);
        if (projection.Limit is not null) CheckExpr(projection.Limit, [], allowAggregates: false);
        return next;
    }

    private static void CheckSetItem(SetItem item, HashSet<string> scope)
    {
        switch (item)
        {
            case SetProperty set:
                CheckExpr(set.Target, scope, false);
                CheckExpr(set.Value, scope, false);
                break;
            case RemoveProperty remove:
                CheckExpr(remove.Target, scope, false);
                break;
            case SetAllProperties all:
                Require(all.Variable, scope, all.Pos);
                CheckExpr(all.Value, scope, false);
                break;
            case SetLabels labels:
                Require(labels.Variable, scope, labels.Pos);
                CheckLabels(labels.Labels, scope);
                break;
            case RemoveLabels labels:
                Require(labels.Variable, scope, labels.Pos);
                CheckLabels(labels.Labels, scope);
                break;
        }
    }

    private static void Require(string name, HashSet<string> scope, SourcePos pos)
    {
        if (!scope.Contains(name)) throw Errors.VariableNotDefined(name, pos);
    }

    private static void DeclarePattern(PatternPart part, HashSet<string> scope)
    {
        if (part.PathVariable is not null) scope.Add(part.PathVariable);
        foreach (var node in part.Nodes)
            if (node.Variable is not null) scope.Add(node.Variable);
        foreach (var rel in part.Rels)
            if (rel.Variable is not null) scope.Add(rel.Variable);
    }

    // Pattern property maps and dynamic labels are evaluated against the incoming row (CREATE also sees the
    // nodes it made earlier in the same pattern).
    private static void CheckPatternExpressions(PatternPart part, HashSet<string> scope, bool progressive = false)
    {
        var local = new HashSet<string>(scope, StringComparer.Ordinal);
        foreach (var node in part.Nodes)
        {
            if (node.Properties is not null) CheckExpr(node.Properties, local, false);
            CheckLabels(node.Labels, local);
            if (progressive && node.Variable is not null) local.Add(node.Variable);
        }
        foreach (var rel in part.Rels)
        {
            if (rel.Properties is not null) CheckExpr(rel.Properties, local, false);
            CheckLabels(rel.Types, local);
        }
    }

    private static void CheckLabels(IReadOnlyList<LabelRef> labels, HashSet<string> scope)
    {
        foreach (var label in labels)
            if (label.Dynamic is not null) CheckExpr(label.Dynamic, scope, false);
    }

    private static void CheckExpr(Expr expr, HashSet<string> scope, bool allowAggregates)
    {
        switch (expr)
        {
            case Variable variable:
                Require(variable.Name, scope, variable.Pos);
                return;
            case CountStar or FunctionCall { IsAggregate: true } when !allowAggregates:
                throw Errors.Semantic("Invalid use of aggregating function: only allowed in RETURN, WITH and ORDER BY", expr.Pos);
            case FunctionCall { IsAggregate: true } aggregate:
                foreach (var arg in aggregate.Args) CheckExpr(arg, scope, allowAggregates: false);
                return;
            case ListComprehension comprehension:
                CheckExpr(comprehension.Source, scope, allowAggregates);
                var inner = With(scope, comprehension.Variable);
                if (comprehension.Where is not null) CheckExpr(comprehension.Where, inner, false);
                if (comprehension.Projection is not null) CheckExpr(comprehension.Projection, inner, allowAggregates);
                return;
            case Quantifier quantifier:
                CheckExpr(quantifier.Source, scope, allowAggregates);
                CheckExpr(quantifier.Where, With(scope, quantifier.Variable), false);
                return;
            case Reduce reduce:
                CheckExpr(reduce.Initial, scope, allowAggregates);
                CheckExpr(reduce.Source, scope, allowAggregates);
                CheckExpr(reduce.Body, With(With(scope, reduce.Accumulator), reduce.Variable), false);
                return;
            case PatternPredicate predicate:
                CheckPatternExpressions(predicate.Pattern, scope);
                return;
        }
        foreach (var child in ExprWalker.Children(expr)) CheckExpr(child, scope, allowAggregates);
    }

    private static HashSet<string> With(HashSet<string> scope, string name) => new(scope, StringComparer.Ordinal) { name };
}
