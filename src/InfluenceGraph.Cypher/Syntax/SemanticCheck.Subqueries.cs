namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class SemanticCheck
{
    /// <summary>
    /// CALL { }: the body sees the outer variables only through its scope clause <c>CALL (a, b)</c> / <c>CALL (*)</c>
    /// or, without one, through a leading importing WITH of plain variables; the columns it returns join the outer
    /// scope and must not already be bound there.
    /// </summary>
    private void CheckCallSubquery(CallSubqueryClause call, Dictionary<string, Kind> scope)
    {
        Dictionary<string, Kind> Imported(IReadOnlyList<Clause> part)
        {
            if (call.ScopeAll) return new Dictionary<string, Kind>(scope, StringComparer.Ordinal);
            if (call.Scope is { } names)
            {
                var imported = new Dictionary<string, Kind>(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    if (!scope.TryGetValue(name, out var kind)) throw Errors.VariableNotDefined(name, call.Pos);
                    imported[name] = kind;
                }
                return imported;
            }
            if (part.FirstOrDefault() is not WithClause with) return new Dictionary<string, Kind>(StringComparer.Ordinal);
            foreach (var item in with.Projection.Items)
                if (item.Expr is not Variable && ReadsOuter(item.Expr, scope))
                    throw Errors.ImportingWithNotSimple(item.Text, item.Expr.Pos);
            if (with.Where is not null && with.Projection.Items.Any(i => ReadsOuter(i.Expr, scope)))
                throw Errors.ImportingWithWhere(with.Where.Pos);
            return new Dictionary<string, Kind>(scope, StringComparer.Ordinal);
        }

        CheckSubqueryUnion(call.Body);
        if (call.Body.Parts.SelectMany(p => p).FirstOrDefault(c => c is CallSubqueryClause { Transactions: not null }) is { } nested)
            throw Errors.InTransactionsNested(nested.Pos);
        foreach (var part in call.Body.Parts)
        {
            CheckClauses(part, Imported(part));
            if (part[^1] is ReturnClause { Projection: var projection })
                foreach (var item in projection.Items)
                    if (scope.ContainsKey(item.Name)) throw Errors.AlreadyDeclaredInOuterScope(item.Name, item.Expr.Pos);
        }
        if (call.Body.Parts[0][^1] is ReturnClause ret)
            foreach (var item in ret.Projection.Items) scope[item.Name] = Kind.Unknown;
        if (call.Transactions?.BatchSize is { } size) CheckRowCount(size, scope);
    }

    /// <summary>EXISTS { query } / COUNT { query }: the body sees every outer variable and may not write.</summary>
    private void CheckSubqueryExpr(SubqueryExpr subquery, Dictionary<string, Kind> scope)
    {
        CheckSubqueryUnion(subquery.Query);
        foreach (var part in subquery.Query.Parts)
        {
            if (part.FirstOrDefault(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause or CallSubqueryClause { Body.IsUpdating: true })
                is { } update)
                throw Errors.UpdateInSubqueryExpression(subquery.Kind == SubqueryKind.Exists ? "EXISTS" : "COUNT", update.Pos);
            CheckClauses(part, new Dictionary<string, Kind>(scope, StringComparer.Ordinal));
        }
    }

    private static void CheckSubqueryUnion(Statement body)
    {
        if (body.UnionAll.Distinct().Count() > 1) throw Errors.MixedUnion(body.Pos);
        var columns = body.Parts.Select(p => p[^1] is ReturnClause r ? r.Projection.Items.Select(i => i.Name).ToList() : []).ToList();
        if (columns.Any(c => !c.SequenceEqual(columns[0]))) throw Errors.UnionColumns(body.Pos);
    }

    private static bool ReadsOuter(Expr expr, Dictionary<string, Kind> scope) =>
        ExprWalker.DescendantsAndSelf(expr).Any(e => e is Variable v && scope.ContainsKey(v.Name));
}
