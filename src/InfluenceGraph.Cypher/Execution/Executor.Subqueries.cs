using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    private const long DefaultBatchRows = 1000;

    /// <summary>EXISTS { query } / COUNT { query }: the body runs from the outer row, which it sees whole.</summary>
    public static object Subquery(SubqueryExpr subquery, Row row, QueryContext ctx)
    {
        var output = Run(subquery.Query, ctx, _ => row, open: true);
        return subquery.Kind == SubqueryKind.Exists ? output.Rows.Count > 0 : (long)output.Rows.Count;
    }

    /// <summary>CALL { }: the body runs once per row; its rows extend that row (a unit subquery passes it on once).</summary>
    private static List<Row> CallSubquery(CallSubqueryClause call, List<Row> rows, QueryContext ctx)
    {
        if (call.Transactions is { } transactions) return CallInTransactions(call, transactions, rows, ctx);
        var result = new List<Row>();
        foreach (var row in rows) AddCallRows(call, row, ctx, result);
        return result;
    }

    private static void AddCallRows(CallSubqueryClause call, Row row, QueryContext ctx, List<Row> into)
    {
        var output = Run(call.Body, ctx, part => Imported(call, part, row), open: false);
        if (output.Columns.Count == 0)
        {
            into.Add(row);
            return;
        }
        foreach (var values in output.Rows)
            into.Add(row.WithAll(output.Columns.Select((name, i) => new KeyValuePair<string, object?>(name, values[i]))));
    }

    // The scope clause names what the body sees; without one, an importing WITH reads the outer row and nothing else does.
    private static Row Imported(CallSubqueryClause call, IReadOnlyList<Clause> part, Row row)
    {
        if (call.ScopeAll) return row;
        if (call.Scope is { } names)
            return new Row().WithAll(names.Select(name => new KeyValuePair<string, object?>(name, row.TryGet(name, out var value) ? value : null)));
        return part[0] is WithClause ? row : new Row();
    }

    /// <summary>
    /// CALL { } IN TRANSACTIONS [OF n ROWS]: the rows go through the body n at a time (1000 by default), and each batch
    /// commits on its own, so a failure keeps the batches before it. Only an auto-commit run can commit mid-statement.
    /// </summary>
    private static List<Row> CallInTransactions(CallSubqueryClause call, InTransactions transactions, List<Row> rows, QueryContext ctx)
    {
        var commit = ctx.CommitBatch ?? throw Errors.InTransactionsInExplicitTransaction(transactions.Pos);
        var size = transactions.BatchSize is null ? DefaultBatchRows : Evaluator.Eval(transactions.BatchSize, new Row(), ctx) switch
        {
            long n and > 0 => n,
            var other => throw Errors.BatchSize(other, transactions.BatchSize.Pos),
        };
        var result = new List<Row>();
        foreach (var batch in rows.Chunk((int)Math.Min(size, int.MaxValue)))
        {
            foreach (var row in batch) AddCallRows(call, row, ctx, result);
            commit();
        }
        return result;
    }
}
