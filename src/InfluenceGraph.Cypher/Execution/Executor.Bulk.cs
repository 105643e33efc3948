using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Bulk writes: <c>UNWIND list AS x CREATE ...</c>, <c>UNWIND list AS x MERGE ...</c> and <c>UNWIND list AS x MATCH (nodes)
/// CREATE (relationships between them)</c> stream each element straight into the write instead of materialising the
/// rows of every clause first (<c>LOAD CSV</c> too, record by record, when the write compiles to a <see cref="BulkPlan"/>).
/// That is what the clause-by-clause run gives too: the list is evaluated once before any
/// write, a MERGE already matches row by row, and a MATCH of nodes alone cannot see relationships the CREATE adds.
/// </summary>
internal static partial class Executor
{
    private static bool TryBulkWrite(IReadOnlyList<Clause> clauses, QueryContext ctx)
    {
        if (clauses.Count < 2 || clauses[0] is not (UnwindClause or LoadCsvClause)) return false;
        var match = clauses.Count switch
        {
            2 => null,
            3 => clauses[1] as MatchClause,
            _ => OneMatch(clauses.Skip(1).Take(clauses.Count - 2)),
        };
        var write = clauses[^1];
        if (clauses.Count >= 3 && (match is null || write is not CreateClause create || !MatchSeesNoCreation(match, create))) return false;
        if (write is not (CreateClause or MergeClause)) return false;

        var writer = ctx.RequireWriter();
        var variable = clauses[0] is UnwindClause u ? u.Variable : ((LoadCsvClause)clauses[0]).Variable;
        var plan = BulkPlan.Compile(variable, match, write, ctx);
        // Several MATCH clauses stream only through a compiled plan, whose lookups read nothing but the row.
        if (plan is null && clauses.Count > 3) return false;
        if (clauses[0] is LoadCsvClause load)
        {
            // Only a compiled plan reads no linenumber() or file(), which the streamed rows do not carry.
            if (plan is null) return false;
            ReadCsv(load, new Row(), ctx, (record, _, _) => plan.Write(record, writer, ctx));
            return true;
        }
        var unwind = (UnwindClause)clauses[0];
        IReadOnlyList<object?> items = Evaluator.Eval(unwind.Source, new Row(), ctx) switch
        {
            null => [],
            IReadOnlyList<object?> list => list,
            var single => [single],
        };
        if (plan is not null)
        {
            foreach (var item in items) plan.Write(item, writer, ctx);
            return true;
        }
        var start = new Row();
        foreach (var item in items)
        {
            var row = start.With(unwind.Variable, item);
            if (match is null) WriteRow(write, row, ctx);
            else foreach (var matched in Matcher.Match(match.Patterns, row, ctx).ToList()) WriteRow(write, matched, ctx);
        }
        return true;
    }

    private static void WriteRow(Clause write, Row row, QueryContext ctx)
    {
        if (write is MergeClause merge)
        {
            MergeRow(merge, row, ctx, null);
            return;
        }
        foreach (var part in ((CreateClause)write).Patterns) row = CreatePart(part, row, ctx, merging: false);
    }

    // MATCH (a {id: row.from}) MATCH (b {id: row.to}), the way scripts often write it: with nodes alone in every
    // pattern (MatchSeesNoCreation checks), the clauses find what one MATCH of all their patterns finds, in the same
    // order; relationship uniqueness, the one difference between the two, has no relationship to apply to.
    private static MatchClause? OneMatch(IEnumerable<Clause> clauses)
    {
        var patterns = new List<PatternPart>();
        foreach (var clause in clauses)
        {
            if (clause is not MatchClause { Optional: false, Where: null } match) return null;
            patterns.AddRange(match.Patterns);
        }
        return new MatchClause(false, patterns, null);
    }

    // The MATCH binds nodes only (no relationship, no path, no pattern expression, no WHERE) and the CREATE makes no
    // node, only relationships between the matched ones: nothing the CREATE writes can change what the MATCH finds.
    private static bool MatchSeesNoCreation(MatchClause match, CreateClause create)
    {
        if (match.Optional || match.Where is not null) return false;
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in match.Patterns)
        {
            if (part.Rels.Count > 0 || part.PathVariable is not null || part.Search != PathSearch.All) return false;
            foreach (var node in part.Nodes)
            {
                var expressions = node.Labels.Select(l => l.Dynamic).Append(node.Properties).OfType<Expr>();
                if (expressions.SelectMany(ExprWalker.DescendantsAndSelf).Any(e => e is PatternPredicate or PatternCount or PatternComprehension))
                    return false;
                if (node.Variable is not null) bound.Add(node.Variable);
            }
        }
        return create.Patterns.All(part => part.Nodes.All(node => node.Variable is not null && bound.Contains(node.Variable)));
    }
}
