using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>openCypher "Atom": literals, parameters, CASE, count(*), comprehensions, quantifiers, calls, patterns, variables.</summary>
    private Expr ParseAtom()
    {
        var token = Current;
        var pos = Here;
        switch (token.Kind)
        {
            case TokenKind.Integer when token.Value is ulong:
                throw Errors.IntegerTooLarge(token.Text, token.Line, token.Column);
            case TokenKind.InvalidNumber:
                throw Errors.InvalidNumber(token.Text, token.Line, token.Column);
            case TokenKind.Integer or TokenKind.Float or TokenKind.String:
                Take();
                return new Literal(token.Value) { Pos = pos };
            case TokenKind.Parameter:
                Take();
                return new Parameter((string)token.Value!) { Pos = pos };
            case TokenKind.QuotedIdentifier:
                Take();
                return new Variable((string)token.Value!) { Pos = pos };
            case TokenKind.End:
                throw Expected("an expression");
        }
        if (token.IsSymbol("[")) return ParseListLiteralOrComprehension();
        if (token.IsSymbol("{")) return ParseMapLiteral();
        if (token.IsSymbol("(")) return ParseParenthesizedOrPattern();
        if (token.Kind != TokenKind.Identifier) throw Expected("an expression");

        if (token.IsKeyword("TRUE")) { Take(); return new Literal(true) { Pos = pos }; }
        if (token.IsKeyword("FALSE")) { Take(); return new Literal(false) { Pos = pos }; }
        if (token.IsKeyword("NULL")) { Take(); return new Literal(null) { Pos = pos }; }
        if (token.IsKeyword("CASE")) return ParseCase();
        var next = PeekToken(1);
        if (next.IsSymbol("{") && (token.IsKeyword("EXISTS") || token.IsKeyword("COUNT"))) return ParsePatternSubquery();
        if (next.IsSymbol("{") && token.IsKeyword("COLLECT")) throw Errors.Unsupported("COLLECT {...} subqueries", token);
        if (next.IsSymbol("("))
        {
            if (token.IsKeyword("COUNT") && PeekToken(2).IsSymbol("*"))
            {
                _index += 3;
                ExpectSymbol(")");
                return new CountStar { Pos = pos };
            }
            if ((token.IsKeyword("ANY") || token.IsKeyword("ALL") || token.IsKeyword("NONE") || token.IsKeyword("SINGLE"))
                && PeekToken(2).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier && PeekToken(3).IsKeyword("IN"))
                return ParseQuantifier();
            if (token.IsKeyword("REDUCE")) return ParseReduce();
            return ParseFunctionCall();
        }
        if (next.IsSymbol(".") && IsNamespacedCall()) return ParseFunctionCall();
        Take();
        return new Variable(token.Text) { Pos = pos };
    }

    private bool IsNamespacedCall()
    {
        var i = 0;
        while (PeekToken(i).Kind == TokenKind.Identifier && PeekToken(i + 1).IsSymbol(".")) i += 2;
        return PeekToken(i).Kind == TokenKind.Identifier && PeekToken(i + 1).IsSymbol("(");
    }

    /// <summary>openCypher "FunctionInvocation": FunctionName '(' [DISTINCT] [Expression (',' Expression)*] ')'.</summary>
    private Expr ParseFunctionCall()
    {
        var first = Current;
        var pos = Here;
        var name = Take().Text;
        while (TryConsumeSymbol(".")) name += "." + Take().Text;
        var lower = name.ToLowerInvariant();
        if (!Functions.IsKnown(lower))
        {
            if (lower.StartsWith("apoc.", StringComparison.Ordinal) || lower.StartsWith("gds.", StringComparison.Ordinal) || lower.Contains('.'))
                throw Errors.Unsupported($"function {name}()", first);
            throw Errors.UnknownFunction(name, first);
        }
        ExpectSymbol("(");
        var distinct = TryConsumeKeyword("DISTINCT");
        var args = new List<Expr>();
        if (!Current.IsSymbol(")"))
        {
            do args.Add(ParseExpression());
            while (TryConsumeSymbol(","));
        }
        ExpectSymbol(")");
        if (lower == "exists" && (args.Count != 1 || args[0] is not (PropertyAccess or PatternPredicate)))
            throw Errors.ExistsArgument(first);
        return new FunctionCall(lower, distinct, args) { Pos = pos };
    }

    /// <summary>openCypher "ListLiteral" or "ListComprehension": '[' Variable IN Expression [WHERE e] ['|' e] ']'.</summary>
    private Expr ParseListLiteralOrComprehension()
    {
        var pos = Here;
        ExpectSymbol("[");
        if (AtSymbolicName && PeekToken(1).IsKeyword("IN"))
        {
            var variable = ParseSymbolicName();
            Take();
            var source = ParseExpression();
            var where = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
            var projection = TryConsumeSymbol("|") ? ParseExpression() : null;
            ExpectSymbol("]");
            return new ListComprehension(variable, source, where, projection) { Pos = pos };
        }
        if ((Current.IsSymbol("(") || (AtSymbolicName && PeekToken(1).IsSymbol("="))) && LooksLikePattern())
        {
            var part = ParsePatternPart();
            var filter = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
            ExpectSymbol("|");
            var projection = ParseExpression();
            ExpectSymbol("]");
            return new PatternComprehension(part, filter, projection) { Pos = pos };
        }
        var items = new List<Expr>();
        if (!Current.IsSymbol("]"))
        {
            do items.Add(ParseExpression());
            while (TryConsumeSymbol(","));
        }
        ExpectSymbol("]");
        return new ListLiteral(items) { Pos = pos };
    }

    /// <summary>
    /// Neo4j 5 "ExistsExpression" / "CountExpression": EXISTS { [MATCH] pattern [WHERE p] } in the pattern form, else
    /// EXISTS { query } / COUNT { query } with a full query (several clauses, RETURN, UNION) inside the braces.
    /// </summary>
    private Expr ParsePatternSubquery()
    {
        var pos = Here;
        var keyword = Take();
        var open = _index;
        ExpectSymbol("{");
        TryConsumeKeyword("MATCH");
        if (Current.IsSymbol("(") || (AtSymbolicName && PeekToken(1).IsSymbol("=")))
        {
            var part = ParsePatternPart();
            var where = TryConsumeKeyword("WHERE") ? ParseExpression() : null;
            if (TryConsumeSymbol("}"))
                return keyword.IsKeyword("EXISTS") ? new PatternPredicate(part, where, IsSubquery: true) { Pos = pos } : new PatternCount(part, where) { Pos = pos };
        }
        _index = open;
        var query = ParseSubqueryBody();
        return new SubqueryExpr(keyword.IsKeyword("EXISTS") ? SubqueryKind.Exists : SubqueryKind.Count, query) { Pos = pos };
    }

    /// <summary>openCypher "FilterExpression" under a quantifier: any/all/none/single '(' x IN list WHERE p ')'.</summary>
    private Expr ParseQuantifier()
    {
        var pos = Here;
        var kind = Take().Text.ToUpperInvariant() switch
        {
            "ANY" => QuantifierKind.Any,
            "ALL" => QuantifierKind.All,
            "NONE" => QuantifierKind.None,
            _ => QuantifierKind.Single,
        };
        ExpectSymbol("(");
        var variable = ParseSymbolicName();
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectKeyword("WHERE");
        var where = ParseExpression();
        ExpectSymbol(")");
        return new Quantifier(kind, variable, source, where) { Pos = pos };
    }

    /// <summary>openCypher "Reduce": reduce '(' acc '=' init ',' x IN list '|' expr ')'.</summary>
    private Expr ParseReduce()
    {
        var pos = Here;
        Take();
        ExpectSymbol("(");
        var accumulator = ParseSymbolicName();
        ExpectSymbol("=");
        var initial = ParseExpression();
        ExpectSymbol(",");
        var variable = ParseSymbolicName();
        ExpectKeyword("IN");
        var source = ParseExpression();
        ExpectSymbol("|");
        var body = ParseExpression();
        ExpectSymbol(")");
        return new Reduce(accumulator, initial, variable, source, body) { Pos = pos };
    }

    /// <summary>openCypher "CaseExpression": simple (CASE e WHEN v THEN r) and generic (CASE WHEN p THEN r) forms.</summary>
    private Expr ParseCase()
    {
        var pos = Here;
        ExpectKeyword("CASE");
        var test = AtKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (TryConsumeKeyword("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()));
        }
        if (alternatives.Count == 0) throw Expected("WHEN");
        var otherwise = TryConsumeKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        return new CaseExpr(test, alternatives, otherwise) { Pos = pos };
    }

    /// <summary>
    /// openCypher "ParenthesizedExpression" or "RelationshipsPattern" (a pattern predicate in WHERE). A pattern is
    /// tried first: it must have a relationship, else the text is read again as a parenthesized expression.
    /// </summary>
    private Expr ParseParenthesizedOrPattern()
    {
        var pos = Here;
        if (LooksLikePattern())
        {
            var part = ParsePatternPart();
            return new PatternPredicate(part) { Pos = pos };
        }
        ExpectSymbol("(");
        var inner = ParseExpression();
        ExpectSymbol(")");
        return inner;
    }

    private bool LooksLikePattern()
    {
        var saved = _index;
        try
        {
            var part = ParsePatternPart();
            return part.Rels.Count > 0;
        }
        catch (CypherException)
        {
            return false;
        }
        finally
        {
            _index = saved;
        }
    }
}
