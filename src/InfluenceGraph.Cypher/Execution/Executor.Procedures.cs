using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    /// <summary>CALL proc() [YIELD ...]: per incoming row, one row per procedure result row, bound to the yielded variables.</summary>
    private static List<Row> CallProcedure(ProcedureCallClause call, List<Row> rows, QueryContext ctx)
    {
        var columns = Procedures.Columns(call.Name, call.Args.Count, call.Pos);
        var items = YieldItems(call, columns);
        var result = new List<Row>();
        foreach (var row in rows)
            foreach (var values in Procedures.Rows(call.Name, ctx.Store))
            {
                var bound = row;
                foreach (var item in items) bound = bound.With(item.Variable, values[IndexOf(columns, item.Column)]);
                if (call.Where is null || Evaluator.IsTrue(call.Where, bound, ctx)) result.Add(bound);
            }
        return result;
    }

    private static IReadOnlyList<YieldItem> YieldItems(ProcedureCallClause call, IReadOnlyList<string> columns) =>
        call.Yield ?? columns.Select(c => new YieldItem(c, c)).ToList();

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i] == column) return i;
        return -1;
    }

    /// <summary>A query ending in CALL returns what it yields, in YIELD order.</summary>
    private static StatementOutput ProcedureOutput(ProcedureCallClause call, List<Row> rows)
    {
        var names = YieldItems(call, Procedures.Columns(call.Name, call.Args.Count, call.Pos)).Select(i => i.Variable).ToList();
        return new StatementOutput(names, rows.Select(row => names.Select(n => row[n]).ToArray()).ToList());
    }

    private static StatementOutput ShowSchema(ShowSchemaClause show, QueryContext ctx) => show.Indexes
        ? new StatementOutput(Procedures.IndexColumns, Procedures.Indexes(ctx.Store).ToList())
        : new StatementOutput(Procedures.ConstraintColumns, Procedures.Constraints(ctx.Store).ToList());
}
