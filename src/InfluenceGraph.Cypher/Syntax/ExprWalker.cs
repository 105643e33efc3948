namespace InfluenceGraph.Cypher.Syntax;

/// <summary>Enumerates an expression tree (used to find aggregate calls and the variables an expression reads).</summary>
internal static class ExprWalker
{
    public static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        PropertyAccess p => [p.Target],
        ListLiteral l => l.Items,
        MapLiteral m => m.Entries.Select(e => e.Value),
        MapProjection mp => mp.Items.Where(i => i.Value is not null).Select(i => i.Value!).Prepend(mp.Target),
        IndexAccess i => [i.Target, i.Index],
        SliceAccess s => new[] { s.Target, s.From, s.To }.OfType<Expr>(),
        Binary b => [b.Left, b.Right],
        Unary u => [u.Operand],
        IsNull n => [n.Operand],
        HasLabels h => [h.Target],
        CaseExpr c => c.Alternatives.SelectMany(a => new[] { a.When, a.Then }).Prepend(c.Test).Append(c.Else).OfType<Expr>(),
        ListComprehension lc => new[] { lc.Source, lc.Where, lc.Projection }.OfType<Expr>(),
        Quantifier q => [q.Source, q.Where],
        Reduce r => [r.Initial, r.Source, r.Body],
        FunctionCall f => f.Args,
        _ => [],
    };

    public static IEnumerable<Expr> DescendantsAndSelf(Expr expr)
    {
        yield return expr;
        foreach (var child in Children(expr))
            foreach (var descendant in DescendantsAndSelf(child))
                yield return descendant;
    }

    /// <summary>The aggregate calls in an expression (not looking inside other aggregates' arguments).</summary>
    public static IEnumerable<Expr> Aggregates(Expr expr)
    {
        if (expr is CountStar or FunctionCall { IsAggregate: true })
        {
            yield return expr;
            yield break;
        }
        foreach (var child in Children(expr))
            foreach (var aggregate in Aggregates(child))
                yield return aggregate;
    }

    public static bool ContainsAggregate(Expr expr) => Aggregates(expr).Any();
}
