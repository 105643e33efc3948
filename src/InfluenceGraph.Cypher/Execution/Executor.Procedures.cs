using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    /// <summary>
    /// CALL proc(args) [YIELD ...]: per incoming row, one row per procedure result row, bound to the yielded
    /// variables; a void procedure passes each row on once.
    /// </summary>
    private static List<Row> CallProcedure(ProcedureCallClause call, List<Row> rows, QueryContext ctx)
    {
        var procedure = ctx.Procedures.Resolve(call.Name, call.Pos);
        var items = YieldItems(call, procedure);
        var result = new List<Row>();
        foreach (var row in rows)
        {
            var produced = procedure.Invoke(Arguments(call, procedure, row, ctx), ctx.Store, call.Pos);
            if (procedure.Outputs.Count == 0)
            {
                result.Add(row);
                continue;
            }
            foreach (var values in produced)
            {
                var bound = row;
                foreach (var item in items) bound = bound.With(item.Variable, values[IndexOf(procedure, item.Column)]);
                if (call.Where is null || Evaluator.IsTrue(call.Where, bound, ctx)) result.Add(bound);
            }
        }
        return result;
    }

    /// <summary>
    /// The arguments in parameter order: the explicit ones evaluated against the row, or for implicit arguments the
    /// query parameters of the same names; defaults fill the rest; each coerced to its parameter's type.
    /// </summary>
    private static List<object?> Arguments(ProcedureCallClause call, CypherProcedure procedure, Row row, QueryContext ctx)
    {
        var arguments = new List<object?>(procedure.Parameters.Count);
        for (var i = 0; i < procedure.Parameters.Count; i++)
        {
            var parameter = procedure.Parameters[i];
            var pos = call.Args is { } given && i < given.Count ? given[i].Pos : call.Pos;
            object? value;
            if (call.Args is null) value = ctx.Parameters.TryGetValue(parameter.Name, out var supplied) ? supplied : parameter.Default;
            else value = i < call.Args.Count ? Evaluator.Eval(call.Args[i], row, ctx) : parameter.Default;
            if (!parameter.Type.TryCoerce(value, out var coerced))
                throw Errors.ProcedureArgumentValueType(procedure.Name, parameter.ToString(), value, pos);
            arguments.Add(coerced);
        }
        return arguments;
    }

    /// <summary>
    /// Before any row flows: the query parameters a standalone call with implicit arguments reads must be supplied,
    /// unless the procedure gives a default (Neo4j reports these when it plans the query).
    /// </summary>
    public static void CheckImplicitArguments(Statement statement, QueryContext ctx)
    {
        if (statement.Parts is not [[ProcedureCallClause { Args: null } call]]) return;
        var missing = ctx.Procedures.Resolve(call.Name, call.Pos).Parameters
            .Where(p => !p.HasDefault && !ctx.Parameters.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        if (missing.Count == 0) return;
        var error = Errors.ParameterMissing(string.Join(", ", missing), call.Pos);
        error.IsCompileTime = true;
        throw error;
    }

    private static IReadOnlyList<YieldItem> YieldItems(ProcedureCallClause call, CypherProcedure procedure) =>
        call.Yield ?? procedure.Outputs.Select(c => new YieldItem(c.Name, c.Name)).ToList();

    private static int IndexOf(CypherProcedure procedure, string column)
    {
        for (var i = 0; i < procedure.Outputs.Count; i++)
            if (procedure.Outputs[i].Name == column) return i;
        return -1;
    }

    /// <summary>A query ending in CALL returns what it yields, in YIELD order; one ending in a void procedure returns nothing.</summary>
    private static StatementOutput ProcedureOutput(ProcedureCallClause call, List<Row> rows, QueryContext ctx)
    {
        var names = YieldItems(call, ctx.Procedures.Resolve(call.Name, call.Pos)).Select(i => i.Variable).ToList();
        if (names.Count == 0) return new StatementOutput([], []);
        return new StatementOutput(names, rows.Select(row => names.Select(n => row[n]).ToArray()).ToList());
    }

    private static StatementOutput ShowSchema(ShowSchemaClause show, QueryContext ctx) => show.Indexes
        ? new StatementOutput(ProcedureRegistry.IndexColumns, ProcedureRegistry.Indexes(ctx.Store).ToList())
        : new StatementOutput(ProcedureRegistry.ConstraintColumns, ProcedureRegistry.Constraints(ctx.Store).ToList());
}
