namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class Parser
{
    /// <summary>openCypher "Pattern": PatternPart (',' PatternPart)*.</summary>
    private List<PatternPart> ParsePattern()
    {
        var parts = new List<PatternPart> { ParsePatternPart() };
        while (TryConsumeSymbol(",")) parts.Add(ParsePatternPart());
        return parts;
    }

    /// <summary>openCypher "PatternPart": [Variable '='] AnonymousPatternPart.</summary>
    private PatternPart ParsePatternPart()
    {
        var pos = Here;
        string? pathVariable = null;
        if (AtSymbolicName && PeekToken(1).IsSymbol("="))
        {
            pathVariable = ParseSymbolicName();
            Take();
        }
        if (AtSymbolicName && PeekToken(1).IsSymbol("(")
            && (AtKeyword("shortestPath") || AtKeyword("allShortestPaths")))
            return ParseShortestPath(pathVariable, pos);
        var nodes = new List<NodePattern> { ParseNodePattern() };
        var rels = new List<RelPattern>();
        // The matcher recurses once per relationship: a chain past the nesting limit is refused like deep nesting.
        var mark = _nesting;
        while (Current.IsSymbol("-") || (Current.IsSymbol("<") && PeekToken(1).IsSymbol("-")))
        {
            Deeper();
            rels.Add(ParseRelationshipPattern());
            nodes.Add(ParseNodePattern());
        }
        _nesting = mark;
        return new PatternPart(pathVariable, nodes, rels, pos);
    }

    /// <summary>
    /// Neo4j's shortestPath / allShortestPaths: ('shortestPath' | 'allShortestPaths') '(' PatternElement ')', where the
    /// element is exactly one relationship between two nodes, with a minimal length of 0 or 1.
    /// </summary>
    private PatternPart ParseShortestPath(string? pathVariable, SourcePos pos)
    {
        var keyword = Take();
        var search = keyword.Text.Equals("shortestPath", StringComparison.OrdinalIgnoreCase) ? PathSearch.Shortest : PathSearch.AllShortest;
        ExpectSymbol("(");
        var start = ParseNodePattern();
        if (!(Current.IsSymbol("-") || (Current.IsSymbol("<") && PeekToken(1).IsSymbol("-"))))
            throw Errors.ShortestPathShape(keyword);
        var rel = ParseRelationshipPattern();
        var end = ParseNodePattern();
        if (!Current.IsSymbol(")")) throw Errors.ShortestPathShape(keyword);
        ExpectSymbol(")");
        if (rel.Length is { Min: > 1 }) throw Errors.ShortestPathMinLength(keyword);
        return new PatternPart(pathVariable, [start, end], [rel], pos, search);
    }

    /// <summary>CREATE and MERGE write a pattern; a shortest-path search has nothing to write.</summary>
    private static void RejectShortestPath(IEnumerable<PatternPart> parts, string clause)
    {
        foreach (var part in parts)
            if (part.Search != PathSearch.All) throw Errors.ShortestPathInUpdate(clause, part.Pos);
    }

    /// <summary>openCypher "NodePattern": '(' [Variable] [NodeLabels] [Properties] ')'.</summary>
    private NodePattern ParseNodePattern()
    {
        var pos = Here;
        ExpectSymbol("(");
        var variable = AtSymbolicName ? ParseSymbolicName() : null;
        var labels = Current.IsSymbol(":") || AtKeyword("IS") ? ParseLabels(allowIs: true) : [];
        var properties = ParseOptionalProperties();
        if (AtKeyword("WHERE")) throw Errors.Unsupported("WHERE inside a node pattern", Current);
        ExpectSymbol(")");
        return new NodePattern(variable, labels, properties, pos);
    }

    /// <summary>openCypher "Properties": MapLiteral | Parameter.</summary>
    private Expr? ParseOptionalProperties()
    {
        if (Current.IsSymbol("{")) return ParseMapLiteral();
        if (Current.Kind == TokenKind.Parameter)
        {
            var token = Take();
            return new Parameter((string)token.Value!) { Pos = new SourcePos(token.Line, token.Column) };
        }
        return null;
    }

    /// <summary>openCypher "NodeLabels": (':' LabelName)+, where a name may be Neo4j 5.26's dynamic $(expr).</summary>
    private List<LabelRef> ParseLabels(bool allowIs)
    {
        var labels = new List<LabelRef>();
        if (allowIs && AtKeyword("IS")) throw Errors.Unsupported("IS label expressions", Current);
        while (TryConsumeSymbol(":"))
        {
            labels.Add(ParseLabelName());
            if (Current.IsSymbol("|") || Current.IsSymbol("&") || Current.IsSymbol("!") || Current.IsSymbol("%"))
                throw Errors.Unsupported("label expressions", Current);
        }
        return labels;
    }

    private LabelRef ParseLabelName()
    {
        if (Current.IsSymbol("$") && PeekToken(1).IsSymbol("("))
        {
            Take();
            Take();
            var expr = ParseExpression();
            ExpectSymbol(")");
            return new LabelRef(null, expr);
        }
        if (Current.Kind == TokenKind.Parameter && PeekToken(1).IsSymbol("(") && Current.Text is "$any" or "$all")
            throw Errors.Unsupported($"{Current.Text}(...) dynamic labels", Current);
        return new LabelRef(ParseSymbolicName("a label or type name"), null);
    }

    /// <summary>openCypher "RelationshipPattern": ['&lt;'] '-' [RelationshipDetail] '-' ['&gt;'].</summary>
    private RelPattern ParseRelationshipPattern()
    {
        var pos = Here;
        var left = TryConsumeSymbol("<");
        ExpectSymbol("-");
        string? variable = null;
        var types = new List<LabelRef>();
        Expr? properties = null;
        VarLength? length = null;
        if (TryConsumeSymbol("["))
        {
            if (AtSymbolicName) variable = ParseSymbolicName();
            if (TryConsumeSymbol(":"))
            {
                types.Add(ParseLabelName());
                while (TryConsumeSymbol("|"))
                {
                    TryConsumeSymbol(":");
                    types.Add(ParseLabelName());
                }
                if (Current.IsSymbol("&") || Current.IsSymbol("!")) throw Errors.Unsupported("relationship type expressions", Current);
            }
            if (Current.IsSymbol("*")) length = ParseRangeLiteral();
            else if (Current.IsSymbol("..")) throw Errors.RangeWithoutAsterisk(Current);
            properties = ParseOptionalProperties();
            if (AtKeyword("WHERE")) throw Errors.Unsupported("WHERE inside a relationship pattern", Current);
            ExpectSymbol("]");
        }
        ExpectSymbol("-");
        var right = TryConsumeSymbol(">");
        // <--> is openCypher's other spelling of "either direction".
        var direction = left == right ? Direction.Both : left ? Direction.Incoming : Direction.Outgoing;
        return new RelPattern(variable, types, properties, direction, length, pos);
    }

    private int RangeBound() => Current.Value is long value && value <= int.MaxValue
        ? (int)(long)Take().Value!
        : throw Errors.InvalidLengthBound(Current);

    private bool AtNegativeBound => Current.IsSymbol("-") && PeekToken(1).Kind == TokenKind.Integer;

    /// <summary>openCypher "RangeLiteral": '*' [IntegerLiteral] ['..' [IntegerLiteral]].</summary>
    private VarLength ParseRangeLiteral()
    {
        ExpectSymbol("*");
        int? min = null;
        int? max = null;
        if (AtNegativeBound) throw Errors.NegativeLengthBound(Current);
        if (Current.Kind == TokenKind.Integer) min = RangeBound();
        if (TryConsumeSymbol(".."))
        {
            if (AtNegativeBound) throw Errors.NegativeLengthBound(Current);
            if (Current.Kind == TokenKind.Integer) max = RangeBound();
            return new VarLength(min ?? 1, max);
        }
        return min is { } exact ? new VarLength(exact, exact) : new VarLength(1, null);
    }
}
