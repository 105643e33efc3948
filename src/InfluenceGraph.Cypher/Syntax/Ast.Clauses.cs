namespace InfluenceGraph.Cypher.Syntax;

internal abstract record Clause
{
    public SourcePos Pos { get; init; }
}

internal sealed record MatchClause(bool Optional, IReadOnlyList<PatternPart> Patterns, Expr? Where) : Clause;

internal sealed record UnwindClause(Expr Source, string Variable) : Clause;

/// <summary><c>LOAD CSV [WITH HEADERS] FROM url AS row [FIELDTERMINATOR 'c']</c>: one row per CSV record.</summary>
internal sealed record LoadCsvClause(bool WithHeaders, Expr Source, string Variable, char FieldTerminator) : Clause;

/// <summary>A RETURN/WITH item; Name is the alias, or the expression's own text when there is none.</summary>
internal sealed record ProjectionItem(Expr Expr, string Name, bool Aliased, string Text);

internal sealed record OrderItem(Expr Expr, bool Descending, string Text);

internal sealed record Projection(
    bool Distinct, bool Star, IReadOnlyList<ProjectionItem> Items, IReadOnlyList<OrderItem> OrderBy, Expr? Skip, Expr? Limit);

internal sealed record WithClause(Projection Projection, Expr? Where) : Clause;

internal sealed record ReturnClause(Projection Projection) : Clause;

internal sealed record CreateClause(IReadOnlyList<PatternPart> Patterns) : Clause;

internal sealed record MergeClause(PatternPart Pattern, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch) : Clause;

internal abstract record SetItem
{
    public SourcePos Pos { get; init; }
}

internal sealed record SetProperty(Expr Target, string Key, Expr Value) : SetItem;

/// <summary><c>n = map</c> (Merge false) or <c>n += map</c> (Merge true).</summary>
internal sealed record SetAllProperties(string Variable, Expr Value, bool Merge) : SetItem;

internal sealed record SetLabels(string Variable, IReadOnlyList<LabelRef> Labels) : SetItem;

internal sealed record RemoveProperty(Expr Target, string Key) : SetItem;

internal sealed record RemoveLabels(string Variable, IReadOnlyList<LabelRef> Labels) : SetItem;

internal sealed record SetClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record RemoveClause(IReadOnlyList<SetItem> Items) : Clause;

internal sealed record DeleteClause(bool Detach, IReadOnlyList<Expr> Targets) : Clause;

/// <summary><c>FOREACH (x IN list | updates)</c>: runs the updating clauses once per element; rows pass through unchanged.</summary>
internal sealed record ForeachClause(string Variable, Expr Source, IReadOnlyList<Clause> Updates) : Clause;

internal sealed record CreateConstraintClause(string? Name, bool IfNotExists, string Label, string Property) : Clause;

internal sealed record DropConstraintClause(string Name, bool IfExists) : Clause;

/// <summary>A YIELD item of a procedure call: the procedure's column and the variable it is bound to.</summary>
internal sealed record YieldItem(string Column, string Variable);

/// <summary>
/// <c>CALL name.space(args) [YIELD col [AS v], ... [WHERE p]]</c>, a procedure call. Args is null for implicit
/// arguments (no parentheses: a standalone call takes them from the query parameters of the same names). Without
/// YIELD, or with <c>YIELD *</c> (YieldAll), a standalone call binds and returns every output of the procedure.
/// </summary>
internal sealed record ProcedureCallClause(string Name, IReadOnlyList<Expr>? Args, IReadOnlyList<YieldItem>? Yield, bool YieldAll, Expr? Where) : Clause;

/// <summary><c>SHOW [ALL] CONSTRAINTS</c> (Indexes false) or <c>SHOW [ALL] INDEXES</c> (Indexes true).</summary>
internal sealed record ShowSchemaClause(bool Indexes) : Clause;

/// <summary>One statement: single queries joined by UNION (UnionAll[i] joins Parts[i] and Parts[i+1]).</summary>
internal sealed record Statement(IReadOnlyList<IReadOnlyList<Clause>> Parts, IReadOnlyList<bool> UnionAll, SourcePos Pos)
{
    public bool IsUpdating { get; init; }

    /// <summary>A clause of it is CALL { } IN TRANSACTIONS, which commits batches and so needs an auto-commit run.</summary>
    public CallSubqueryClause? BatchedCall { get; init; }
}

/// <summary><c>IN TRANSACTIONS [OF n ROWS]</c> after a CALL subquery: each batch of input rows commits on its own.</summary>
internal sealed record InTransactions(Expr? BatchSize, SourcePos Pos);

/// <summary>
/// <c>CALL [(vars) | (*)] { query } [IN TRANSACTIONS ...]</c>: the query runs once per incoming row. Scope lists the
/// variables the scope clause imports (null without one: then only a leading importing WITH imports); ScopeAll is
/// <c>(*)</c>. Without RETURN (a unit subquery) each incoming row passes through once.
/// </summary>
internal sealed record CallSubqueryClause(Statement Body, IReadOnlyList<string>? Scope, bool ScopeAll, InTransactions? Transactions) : Clause;
