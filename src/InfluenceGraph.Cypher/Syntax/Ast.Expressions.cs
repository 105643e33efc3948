using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher.Syntax;

/// <summary>Where a construct starts in the query text (1-based).</summary>
internal readonly record struct SourcePos(int Line, int Column);

/// <summary>openCypher 9 "Expression": every expression node carries its position for error messages.</summary>
internal abstract record Expr
{
    public SourcePos Pos { get; init; }
}

internal sealed record Literal(object? Value) : Expr;

internal sealed record Parameter(string Name) : Expr;

internal sealed record Variable(string Name) : Expr;

internal sealed record PropertyAccess(Expr Target, string Key) : Expr;

internal sealed record ListLiteral(IReadOnlyList<Expr> Items) : Expr;

internal sealed record MapLiteral(IReadOnlyList<KeyValuePair<string, Expr>> Entries) : Expr;

internal enum MapProjectionKind { Property, AllProperties, Literal, Variable }

internal sealed record MapProjectionItem(MapProjectionKind Kind, string Key, Expr? Value);

/// <summary>Neo4j's map projection <c>n {.id, .*, key: expr, var}</c>.</summary>
internal sealed record MapProjection(Expr Target, IReadOnlyList<MapProjectionItem> Items) : Expr;

internal sealed record IndexAccess(Expr Target, Expr Index) : Expr;

internal sealed record SliceAccess(Expr Target, Expr? From, Expr? To) : Expr;

internal enum BinaryOp
{
    Or, Xor, And,
    Eq, Neq, Lt, Gt, Le, Ge,
    Regex, StartsWith, EndsWith, Contains, In,
    Add, Sub, Mul, Div, Mod, Pow,
}

internal sealed record Binary(BinaryOp Op, Expr Left, Expr Right) : Expr;

internal enum UnaryOp { Not, Negate, Plus }

internal sealed record Unary(UnaryOp Op, Expr Operand) : Expr;

internal sealed record IsNull(Expr Operand, bool Negated) : Expr;

/// <summary><c>n:Label1:Label2</c> used as a predicate.</summary>
internal sealed record HasLabels(Expr Target, IReadOnlyList<string> Labels) : Expr;

internal sealed record CaseAlternative(Expr When, Expr Then);

internal sealed record CaseExpr(Expr? Test, IReadOnlyList<CaseAlternative> Alternatives, Expr? Else) : Expr;

internal sealed record ListComprehension(string Variable, Expr Source, Expr? Where, Expr? Projection) : Expr;

internal enum QuantifierKind { Any, All, None, Single }

internal sealed record Quantifier(QuantifierKind Kind, string Variable, Expr Source, Expr Where) : Expr;

internal sealed record Reduce(string Accumulator, Expr Initial, string Variable, Expr Source, Expr Body) : Expr;

/// <summary>A function call; Name is lower-cased (Cypher function names are case-insensitive).</summary>
internal sealed record FunctionCall(string Name, bool Distinct, IReadOnlyList<Expr> Args) : Expr
{
    public bool IsAggregate => Functions.IsAggregate(Name);
}

internal sealed record CountStar : Expr;

/// <summary>
/// A pattern used as a value: a bare pattern or EXISTS { [MATCH] pattern [WHERE p] } (true when a match exists),
/// COUNT { ... } (the number of matches), or a pattern comprehension [pattern [WHERE p] | projection].
/// </summary>
internal sealed record PatternPredicate(PatternPart Pattern, Expr? Where = null, bool IsSubquery = false) : Expr;

internal sealed record PatternCount(PatternPart Pattern, Expr? Where) : Expr;

internal sealed record PatternComprehension(PatternPart Pattern, Expr? Where, Expr Projection) : Expr;

internal enum SubqueryKind { Exists, Count }

/// <summary>EXISTS { query } or COUNT { query } in the full form (several clauses, RETURN, UNION), correlated with the outer row.</summary>
internal sealed record SubqueryExpr(SubqueryKind Kind, Statement Query) : Expr;
