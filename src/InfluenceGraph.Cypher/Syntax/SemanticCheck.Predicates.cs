namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class SemanticCheck
{
    /// <summary>
    /// A bare pattern such as <c>(a)-->(b)</c> only tests whether a match exists (Neo4j 5): it may stand as a predicate
    /// (a WHERE condition, an operand of AND/OR/XOR/NOT, a CASE condition, exists()), never as a value
    /// (openCypher Pattern1 [22]-[24], List6 [6]).
    /// </summary>
    private static void CheckPatternUse(Expr expr, bool predicate)
    {
        if (expr is PatternPredicate { IsSubquery: false } && !predicate) throw Errors.PatternAsValue(expr.Pos);
        switch (expr)
        {
            case Binary { Op: BinaryOp.And or BinaryOp.Or or BinaryOp.Xor } logical:
                CheckPatternUse(logical.Left, true);
                CheckPatternUse(logical.Right, true);
                return;
            case Unary { Op: UnaryOp.Not } not:
                CheckPatternUse(not.Operand, true);
                return;
            case FunctionCall { Name: "exists" } exists:
                foreach (var arg in exists.Args) CheckPatternUse(arg, true);
                return;
            case CaseExpr { Test: null } conditions:
                foreach (var alternative in conditions.Alternatives)
                {
                    CheckPatternUse(alternative.When, true);
                    CheckPatternUse(alternative.Then, false);
                }
                if (conditions.Else is not null) CheckPatternUse(conditions.Else, false);
                return;
            case ListComprehension comprehension:
                CheckPatternUse(comprehension.Source, false);
                if (comprehension.Where is not null) CheckPatternUse(comprehension.Where, true);
                if (comprehension.Projection is not null) CheckPatternUse(comprehension.Projection, false);
                return;
            case Quantifier quantifier:
                CheckPatternUse(quantifier.Source, false);
                CheckPatternUse(quantifier.Where, true);
                return;
            case PatternPredicate or PatternCount or PatternComprehension:
                return;
        }
        foreach (var child in ExprWalker.Children(expr)) CheckPatternUse(child, false);
    }

    /// <summary>A WHERE condition that is a node, relationship or path can never be true or false (openCypher Pattern1 [11]).</summary>
    private static void CheckCondition(Expr where, Dictionary<string, Kind> scope)
    {
        if (where is Variable v && scope.GetValueOrDefault(v.Name) is Kind.Node or Kind.Relationship or Kind.RelationshipList or Kind.Path)
            throw Errors.CompileKindMismatch("Boolean", v.Name, scope[v.Name].ToString(), where.Pos);
        CheckPatternUse(where, true);
    }

    /// <summary>
    /// A quantifier over a list literal whose elements are all strings or all booleans cannot do arithmetic on its
    /// variable: the element type is known from the text, so the mismatch is a compile-time error (openCypher
    /// Quantifier1-4 [15]/[16]).
    /// </summary>
    private static void CheckQuantifierTypes(Quantifier quantifier)
    {
        if (quantifier.Source is not ListLiteral { Items.Count: > 0 } list) return;
        var values = list.Items.Select(i => i is Literal { Value: string or bool } l ? l.Value : null).ToList();
        if (values.Any(v => v is null)) return;
        var type = values[0]!.GetType();
        if (values.Any(v => v!.GetType() != type)) return;
        foreach (var node in ExprWalker.DescendantsAndSelf(quantifier.Where))
            if (node is Binary { Op: BinaryOp.Sub or BinaryOp.Mul or BinaryOp.Div or BinaryOp.Mod or BinaryOp.Pow } arithmetic
                && (arithmetic.Left is Variable l && l.Name == quantifier.Variable || arithmetic.Right is Variable r && r.Name == quantifier.Variable))
                throw Errors.CompileTypeMismatch("Integer or Float", values[0], arithmetic.Pos);
    }
}
