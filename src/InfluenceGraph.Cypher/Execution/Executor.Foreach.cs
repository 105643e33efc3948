using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    /// <summary>FOREACH: per incoming row and list element, the updating clauses run on that one row; the input rows pass on.</summary>
    private static List<Row> Foreach(ForeachClause each, List<Row> rows, QueryContext ctx)
    {
        foreach (var row in rows)
        {
            var source = Evaluator.Eval(each.Source, row, ctx);
            if (source is null) continue;
            if (source is not IReadOnlyList<object?> list) throw Errors.TypeMismatch("List", source, each.Source.Pos);
            foreach (var element in list)
            {
                var inner = new List<Row> { row.With(each.Variable, element) };
                foreach (var clause in each.Updates)
                {
                    inner = clause switch
                    {
                        CreateClause create => Create(create, inner, ctx),
                        MergeClause merge => Merge(merge, inner, ctx),
                        SetClause set => Set(set.Items, inner, ctx),
                        RemoveClause remove => Set(remove.Items, inner, ctx),
                        DeleteClause delete => Delete(delete, inner, ctx),
                        ForeachClause nested => Foreach(nested, inner, ctx),
                        _ => throw new InvalidOperationException($"FOREACH cannot run {clause.GetType().Name}"),
                    };
                }
            }
        }
        return rows;
    }
}
