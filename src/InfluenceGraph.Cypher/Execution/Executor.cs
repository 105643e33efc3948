using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>The rows and columns a statement produced, still as runtime values.</summary>
internal sealed record StatementOutput(IReadOnlyList<string> Columns, List<object?[]> Rows);

/// <summary>
/// Runs a statement: rows flow from clause to clause, each clause consuming all rows of the previous one
/// (eagerly, so a write in one clause is seen whole by the next, as Cypher's clause-by-clause semantics require).
/// </summary>
internal static partial class Executor
{
    public static StatementOutput Run(Statement statement, QueryContext ctx) => Run(statement, ctx, _ => new Row(), open: false);

    /// <summary>
    /// Runs each single query of <paramref name="statement"/> from the row <paramref name="seed"/> gives it. An open
    /// query (the body of EXISTS { } / COUNT { }) may end with any clause: then it yields one empty row per row left.
    /// </summary>
    private static StatementOutput Run(Statement statement, QueryContext ctx, Func<IReadOnlyList<Clause>, Row> seed, bool open)
    {
        StatementOutput? result = null;
        for (var i = 0; i < statement.Parts.Count; i++)
        {
            var output = RunSingle(statement.Parts[i], ctx, seed(statement.Parts[i]), open);
            if (result is null)
            {
                result = output;
                continue;
            }
            if (!result.Columns.SequenceEqual(output.Columns))
                throw Errors.UnionColumns(statement.Pos);
            result.Rows.AddRange(output.Rows);
            if (!statement.UnionAll[i - 1])
                result = result with { Rows = result.Rows.Distinct(RowKeyEquality.Instance).ToList() };
        }
        return result!;
    }

    private static StatementOutput RunSingle(IReadOnlyList<Clause> clauses, QueryContext ctx, Row seed, bool open)
    {
        // A query that imports nothing from an outer row may be answered by the store's counters or streamed into
        // the writer (a subquery body that imports nothing is such a query too).
        if (!open && !seed.Names.Any())
        {
            if (TryStoreAggregate(clauses, ctx) is { } counted) return counted;
            if (TryBulkWrite(clauses, ctx)) return new StatementOutput([], []);
        }
        var rows = new List<Row> { seed };
        var scope = seed.Names.ToList();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause is ShowSchemaClause show) return ShowSchema(show, ctx);
            if (clause is ReturnClause ret)
            {
                if (i != clauses.Count - 1) throw Errors.ReturnNotLast(clause.Pos);
                return Return(ret.Projection, rows, scope, ctx);
            }
            if (StreamedIntoAggregation(clauses, i) is var end and > 0)
            {
                // MATCH and UNWIND clauses that only feed an aggregating projection stream their rows into its groups.
                IEnumerable<Row> streamed = rows;
                for (; i < end; i++)
                {
                    streamed = clauses[i] is MatchClause streamedMatch ? MatchRows(streamedMatch, streamed, ctx) : UnwindRows((UnwindClause)clauses[i], streamed, ctx);
                    UpdateScope(clauses[i], scope, ctx);
                }
                if (clauses[i] is ReturnClause aggregatingReturn)
                {
                    if (i != clauses.Count - 1) throw Errors.ReturnNotLast(aggregatingReturn.Pos);
                    return Return(aggregatingReturn.Projection, streamed, scope, ctx);
                }
                rows = With((WithClause)clauses[i], streamed, scope, ctx);
                UpdateScope(clauses[i], scope, ctx);
                continue;
            }
            rows = clause switch
            {
                MatchClause match => Match(match, rows, ctx),
                UnwindClause unwind => Unwind(unwind, rows, ctx),
                LoadCsvClause load => LoadCsv(load, rows, ctx),
                ProcedureCallClause call => CallProcedure(call, rows, ctx),
                WithClause with => With(with, rows, scope, ctx),
                CreateClause create => Create(create, rows, ctx),
                MergeClause merge => Merge(merge, rows, ctx),
                SetClause set => Set(set.Items, rows, ctx),
                RemoveClause remove => Set(remove.Items, rows, ctx),
                DeleteClause delete => Delete(delete, rows, ctx),
                ForeachClause each => Foreach(each, rows, ctx),
                CreateConstraintClause constraint => CreateConstraint(constraint, rows, ctx),
                DropConstraintClause drop => DropConstraint(drop, rows, ctx),
                CallSubqueryClause call => CallSubquery(call, rows, ctx),
                _ => throw new InvalidOperationException($"No execution for {clause.GetType().Name}"),
            };
            UpdateScope(clause, scope, ctx);
        }
        var last = clauses[^1];
        if (open) return new StatementOutput([], rows.Select(_ => Array.Empty<object?>()).ToList());
        if (last is ProcedureCallClause procedure) return ProcedureOutput(procedure, rows, ctx);
        if (last is MatchClause or UnwindClause or WithClause or LoadCsvClause)
            throw Errors.QueryEnd(ClauseName(last), last.Pos);
        return new StatementOutput([], []);
    }

    private static string ClauseName(Clause clause) => clause switch
    {
        MatchClause { Optional: true } => "OPTIONAL MATCH",
        MatchClause => "MATCH",
        UnwindClause => "UNWIND",
        LoadCsvClause => "LOAD CSV",
        _ => "WITH",
    };

    /// <summary>Tracks the variables in scope after a clause (RETURN * and WITH * need them even when no row flows).</summary>
    private static void UpdateScope(Clause clause, List<string> scope, QueryContext ctx)
    {
        void Add(string? name)
        {
            if (name is not null && !scope.Contains(name)) scope.Add(name);
        }
        void AddPattern(PatternPart part)
        {
            Add(part.PathVariable);
            foreach (var node in part.Nodes) Add(node.Variable);
            foreach (var rel in part.Rels) Add(rel.Variable);
        }
        switch (clause)
        {
            case MatchClause match: foreach (var part in match.Patterns) AddPattern(part); break;
            case CreateClause create: foreach (var part in create.Patterns) AddPattern(part); break;
            case MergeClause merge: AddPattern(merge.Pattern); break;
            case UnwindClause unwind: Add(unwind.Variable); break;
            case CallSubqueryClause { Body.Parts: [.., [.., ReturnClause ret]] }: foreach (var item in ret.Projection.Items) Add(item.Name); break;
            case LoadCsvClause load: Add(load.Variable); break;
            case ProcedureCallClause call: foreach (var item in YieldItems(call, ctx.Procedures.Resolve(call.Name, call.Pos))) Add(item.Variable); break;
            case WithClause with:
                var kept = with.Projection.Star ? scope.ToList() : [];
                scope.Clear();
                foreach (var name in kept) Add(name);
                foreach (var item in with.Projection.Items) Add(item.Name);
                break;
        }
    }

    /// <summary>
    /// Where clause <paramref name="start"/> begins a run of MATCH and UNWIND clauses whose rows only an aggregating
    /// WITH or RETURN reads, the index of that projection; else 0. Such rows need not be held: nothing in between
    /// writes, and the aggregation reads every row before anything after it runs.
    /// </summary>
    private static int StreamedIntoAggregation(IReadOnlyList<Clause> clauses, int start)
    {
        var end = start;
        while (end < clauses.Count && clauses[end] is MatchClause or UnwindClause) end++;
        if (end == start || end == clauses.Count) return 0;
        var projection = clauses[end] switch
        {
            ReturnClause ret => ret.Projection,
            WithClause with => with.Projection,
            _ => null,
        };
        return projection is not null && projection.Items.Any(item => ExprWalker.ContainsAggregate(item.Expr)) ? end : 0;
    }

    private static List<Row> Match(MatchClause match, List<Row> rows, QueryContext ctx) => MatchRows(match, rows, ctx).ToList();

    private static IEnumerable<Row> MatchRows(MatchClause match, IEnumerable<Row> rows, QueryContext ctx)
    {
        foreach (var row in rows)
        {
            var found = false;
            foreach (var matched in Matcher.Match(match.Patterns, row, ctx))
            {
                if (match.Where is not null && !Evaluator.IsTrue(match.Where, matched, ctx)) continue;
                found = true;
                yield return matched;
            }
            if (!found && match.Optional)
            {
                var nulls = match.Patterns
                    .SelectMany(p => p.Nodes.Select(n => n.Variable).Concat(p.Rels.Select(r => r.Variable)).Append(p.PathVariable))
                    .OfType<string>().Where(name => !row.Has(name)).Distinct()
                    .Select(name => new KeyValuePair<string, object?>(name, null));
                yield return row.WithAll(nulls);
            }
        }
    }

    private static List<Row> Unwind(UnwindClause unwind, List<Row> rows, QueryContext ctx) => UnwindRows(unwind, rows, ctx).ToList();

    private static IEnumerable<Row> UnwindRows(UnwindClause unwind, IEnumerable<Row> rows, QueryContext ctx)
    {
        foreach (var row in rows)
        {
            switch (Evaluator.Eval(unwind.Source, row, ctx))
            {
                case null: break;
                case IReadOnlyList<object?> list:
                    foreach (var item in list) yield return row.With(unwind.Variable, item);
                    break;
                case var single: yield return row.With(unwind.Variable, single); break;
            }
        }
    }
}

/// <summary>Equivalence of whole result rows, for DISTINCT and UNION.</summary>
internal sealed class RowKeyEquality : IEqualityComparer<object?[]>
{
    public static readonly RowKeyEquality Instance = new();

    public bool Equals(object?[]? a, object?[]? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (!ValueEquality.Instance.Equals(a[i], b[i])) return false;
        return true;
    }

    public int GetHashCode(object?[] values)
    {
        var hash = 23;
        foreach (var value in values) hash = HashCode.Combine(hash, ValueEquality.Instance.GetHashCode(value));
        return hash;
    }
}
