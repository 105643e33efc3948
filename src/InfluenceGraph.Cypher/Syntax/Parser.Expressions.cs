namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>openCypher "Expression" = OrExpression.</summary>
    private Expr ParseExpression()
    {
        var mark = _nesting;
        Deeper();
        var expr = ParseOr();
        _nesting = mark;
        return expr;
    }

    /// <summary>openCypher "OrExpression": XorExpression (OR XorExpression)*.</summary>
    private Expr ParseOr()
    {
        var left = ParseXor();
        var mark = _nesting;
        while (AtKeyword("OR"))
        {
            Deeper();
            var pos = Here;
            Take();
            left = new Binary(BinaryOp.Or, left, ParseXor()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "XorExpression": AndExpression (XOR AndExpression)*.</summary>
    private Expr ParseXor()
    {
        var left = ParseAnd();
        var mark = _nesting;
        while (AtKeyword("XOR"))
        {
            Deeper();
            var pos = Here;
            Take();
            left = new Binary(BinaryOp.Xor, left, ParseAnd()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "AndExpression": NotExpression (AND NotExpression)*.</summary>
    private Expr ParseAnd()
    {
        var left = ParseNot();
        var mark = _nesting;
        while (AtKeyword("AND"))
        {
            Deeper();
            var pos = Here;
            Take();
            left = new Binary(BinaryOp.And, left, ParseNot()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "NotExpression": NOT* ComparisonExpression.</summary>
    private Expr ParseNot()
    {
        if (!AtKeyword("NOT")) return ParseComparison();
        var pos = Here;
        Take();
        var mark = _nesting;
        Deeper();
        var operand = ParseNot();
        _nesting = mark;
        return new Unary(UnaryOp.Not, operand) { Pos = pos };
    }

    /// <summary>openCypher "ComparisonExpression": chained comparisons mean a &lt; b AND b &lt; c.</summary>
    private Expr ParseComparison()
    {
        var first = ParsePredicate();
        Expr? result = null;
        var left = first;
        var mark = _nesting;
        while (ComparisonOperator() is { } op)
        {
            Deeper();
            var pos = Here;
            Take();
            var right = ParsePredicate();
            var comparison = new Binary(op, left, right) { Pos = pos };
            result = result is null ? comparison : new Binary(BinaryOp.And, result, comparison) { Pos = pos };
            left = right;
        }
        _nesting = mark;
        return result ?? first;
    }

    private BinaryOp? ComparisonOperator() => Current.Kind != TokenKind.Symbol ? null : Current.Text switch
    {
        "=" => BinaryOp.Eq,
        "<>" or "!=" => BinaryOp.Neq,
        "<" => BinaryOp.Lt,
        ">" => BinaryOp.Gt,
        "<=" => BinaryOp.Le,
        ">=" => BinaryOp.Ge,
        _ => null,
    };

    /// <summary>openCypher "StringListNullPredicateExpression": =~, STARTS WITH, ENDS WITH, CONTAINS, IN, IS [NOT] NULL.</summary>
    private Expr ParsePredicate()
    {
        var left = ParseAdditive();
        var mark = _nesting;
        while (true)
        {
            Deeper();
            var pos = Here;
            if (TryConsumeSymbol("=~")) left = new Binary(BinaryOp.Regex, left, ParseAdditive()) { Pos = pos };
            else if (AtKeywords("STARTS", "WITH")) { _index += 2; left = new Binary(BinaryOp.StartsWith, left, ParseAdditive()) { Pos = pos }; }
            else if (AtKeywords("ENDS", "WITH")) { _index += 2; left = new Binary(BinaryOp.EndsWith, left, ParseAdditive()) { Pos = pos }; }
            else if (TryConsumeKeyword("CONTAINS")) left = new Binary(BinaryOp.Contains, left, ParseAdditive()) { Pos = pos };
            else if (TryConsumeKeyword("IN")) left = new Binary(BinaryOp.In, left, ParseAdditive()) { Pos = pos };
            else if (AtKeyword("IS"))
            {
                Take();
                var negated = TryConsumeKeyword("NOT");
                if (AtKeyword("NULL")) Take();
                else if (Current.IsSymbol(":") || AtKeyword("TYPED") || AtKeyword("NORMALIZED") || AtKeyword("NFC") || AtKeyword("NFD"))
                    throw Errors.Unsupported($"IS {Current.Text.ToUpperInvariant()} predicates", Current);
                else throw Expected("NULL");
                left = new IsNull(left, negated) { Pos = pos };
            }
            else
            {
                _nesting = mark;
                return left;
            }
        }
    }

    /// <summary>openCypher "AddOrSubtractExpression" (plus GQL's || string concatenation).</summary>
    private Expr ParseAdditive()
    {
        var left = ParseMultiplicative();
        var mark = _nesting;
        while (Current.IsSymbol("+") || Current.IsSymbol("-") || Current.IsSymbol("||"))
        {
            Deeper();
            var pos = Here;
            var op = Take().Text == "-" ? BinaryOp.Sub : BinaryOp.Add;
            left = new Binary(op, left, ParseMultiplicative()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "MultiplyDivideModuloExpression".</summary>
    private Expr ParseMultiplicative()
    {
        var left = ParsePower();
        var mark = _nesting;
        while (Current.IsSymbol("*") || Current.IsSymbol("/") || Current.IsSymbol("%"))
        {
            Deeper();
            var pos = Here;
            var op = Take().Text switch { "*" => BinaryOp.Mul, "/" => BinaryOp.Div, _ => BinaryOp.Mod };
            left = new Binary(op, left, ParsePower()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "PowerOfExpression" (left-associative, as the grammar has it).</summary>
    private Expr ParsePower()
    {
        var left = ParseUnary();
        var mark = _nesting;
        while (Current.IsSymbol("^"))
        {
            Deeper();
            var pos = Here;
            Take();
            left = new Binary(BinaryOp.Pow, left, ParseUnary()) { Pos = pos };
        }
        _nesting = mark;
        return left;
    }

    /// <summary>openCypher "UnaryAddOrSubtractExpression".</summary>
    private Expr ParseUnary()
    {
        var pos = Here;
        if (Current.IsSymbol("-") && PeekToken(1) is { Kind: TokenKind.Integer, Value: ulong })
        {
            _index += 2;
            return new Literal(long.MinValue) { Pos = pos };
        }
        var mark = _nesting;
        if (TryConsumeSymbol("-"))
        {
            Deeper();
            var operand = ParseUnary();
            _nesting = mark;
            return operand switch
            {
                Literal { Value: long l } => new Literal(-l) { Pos = pos },
                Literal { Value: double d } => new Literal(-d) { Pos = pos },
                _ => new Unary(UnaryOp.Negate, operand) { Pos = pos },
            };
        }
        if (TryConsumeSymbol("+"))
        {
            Deeper();
            var operand = ParseUnary();
            _nesting = mark;
            return new Unary(UnaryOp.Plus, operand) { Pos = pos };
        }
        return ParsePostfix();
    }

    /// <summary>openCypher "NonArithmeticOperatorExpression": Atom followed by property lookups, [index], [slice], :Labels.</summary>
    private Expr ParsePostfix()
    {
        var expr = ParseAtom();
        var mark = _nesting;
        while (true)
        {
            Deeper();
            var pos = Here;
            if (Current.IsSymbol("."))
            {
                Take();
                expr = new PropertyAccess(expr, ParsePropertyKeyName()) { Pos = pos };
            }
            else if (TryConsumeSymbol("["))
            {
                Expr? from = Current.IsSymbol("..") ? null : ParseExpression();
                if (TryConsumeSymbol(".."))
                {
                    Expr? to = Current.IsSymbol("]") ? null : ParseExpression();
                    ExpectSymbol("]");
                    expr = new SliceAccess(expr, from, to) { Pos = pos };
                }
                else
                {
                    ExpectSymbol("]");
                    expr = new IndexAccess(expr, from!) { Pos = pos };
                }
            }
            else if (Current.IsSymbol(":") && PeekToken(1).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
            {
                var labels = ParseLabels(allowIs: false);
                expr = new HasLabels(expr, labels.Select(l => l.Name!).ToList()) { Pos = pos };
            }
            else if (Current.IsSymbol("{") && expr is Variable)
            {
                expr = ParseMapProjection(expr) with { Pos = pos };
            }
            else
            {
                _nesting = mark;
                return expr;
            }
        }
    }

    /// <summary>Neo4j "MapProjection": Variable '{' (.key | .* | key: expr | variable), ... '}'.</summary>
    private MapProjection ParseMapProjection(Expr target)
    {
        ExpectSymbol("{");
        var items = new List<MapProjectionItem>();
        if (!Current.IsSymbol("}"))
        {
            do
            {
                if (TryConsumeSymbol("."))
                {
                    if (TryConsumeSymbol("*")) items.Add(new MapProjectionItem(MapProjectionKind.AllProperties, "*", null));
                    else items.Add(new MapProjectionItem(MapProjectionKind.Property, ParsePropertyKeyName(), null));
                }
                else
                {
                    var pos = Here;
                    var key = ParsePropertyKeyName();
                    if (TryConsumeSymbol(":")) items.Add(new MapProjectionItem(MapProjectionKind.Literal, key, ParseExpression()));
                    else items.Add(new MapProjectionItem(MapProjectionKind.Variable, key, new Variable(key) { Pos = pos }));
                }
            }
            while (TryConsumeSymbol(","));
        }
        ExpectSymbol("}");
        return new MapProjection(target, items);
    }

    /// <summary>openCypher "MapLiteral": '{' [PropertyKeyName ':' Expression (',' ...)*] '}'.</summary>
    private MapLiteral ParseMapLiteral()
    {
        var pos = Here;
        ExpectSymbol("{");
        var entries = new List<KeyValuePair<string, Expr>>();
        if (!Current.IsSymbol("}"))
        {
            do
            {
                var key = ParsePropertyKeyName();
                ExpectSymbol(":");
                entries.Add(new(key, ParseExpression()));
            }
            while (TryConsumeSymbol(","));
        }
        ExpectSymbol("}");
        return new MapLiteral(entries) { Pos = pos };
    }
}
