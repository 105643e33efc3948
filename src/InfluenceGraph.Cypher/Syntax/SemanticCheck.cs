using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher.Syntax;

/// <summary>
/// Static checks run once per parsed statement, before any row flows (so an empty graph reports them too):
/// every variable is defined where it is read (openCypher scoping: WITH starts a new scope), and aggregates
/// appear only in RETURN/WITH items and ORDER BY.
/// </summary>
internal sealed partial class SemanticCheck
{
    private readonly ProcedureRegistry _procedures;

    // The procedure call that is the whole statement, if one is: only it may take implicit arguments and YIELD *.
    private readonly ProcedureCallClause? _standalone;

    private SemanticCheck(ProcedureRegistry procedures, ProcedureCallClause? standalone)
    {
        _procedures = procedures;
        _standalone = standalone;
    }

    /// <summary>What a variable is known to hold, for the openCypher type-conflict checks.</summary>
    private enum Kind { Unknown, Node, Relationship, RelationshipList, Path, List, Value, Scalar }

    public static void Check(Statement statement, ProcedureRegistry procedures) =>
        new SemanticCheck(procedures, statement.Parts is [[ProcedureCallClause call]] ? call : null).CheckStatement(statement);

    private void CheckStatement(Statement statement)
    {
        if (statement.UnionAll.Distinct().Count() > 1)
            throw Errors.MixedUnion(statement.Pos);
        foreach (var part in statement.Parts) CheckSingleQuery(part);
        var columns = statement.Parts
            .Select(part => part.LastOrDefault() is ReturnClause { Projection.Star: false } ret ? ret.Projection.Items.Select(i => i.Name).ToList() : null)
            .ToList();
        if (columns.Count > 1 && columns.All(c => c is not null) && columns.Any(c => !c!.SequenceEqual(columns[0]!)))
            throw Errors.UnionColumns(statement.Pos);
    }

    private void CheckSingleQuery(IReadOnlyList<Clause> clauses) => CheckClauses(clauses, new Dictionary<string, Kind>(StringComparer.Ordinal));

    // FOREACH sees the outer variables and its own; what its clauses bind stays inside it.
    private void CheckForeach(ForeachClause each, Dictionary<string, Kind> scope)
    {
        CheckExpr(each.Source, scope, allowAggregates: false);
        CheckClauses(each.Updates, With(scope, each.Variable));
    }

    private void CheckClauses(IReadOnlyList<Clause> clauses, Dictionary<string, Kind> scope)
    {
        foreach (var clause in clauses)
        {
            switch (clause)
            {
                case MatchClause match:
                    foreach (var part in match.Patterns) RejectParameterMaps(part);
                    foreach (var part in match.Patterns) CheckPatternExpressions(part, scope);
                    DeclareMatch(match.Patterns, scope);
                    if (match.Where is not null) CheckCondition(match.Where, scope);
                    if (match.Where is not null) CheckExpr(match.Where, scope, allowAggregates: false);
                    break;
                case UnwindClause unwind:
                    CheckExpr(unwind.Source, scope, allowAggregates: false);
                    scope[unwind.Variable] = Kind.Unknown;
                    break;
                case ProcedureCallClause call:
                    CheckProcedureCall(call, scope);
                    break;
                case LoadCsvClause load:
                    CheckExpr(load.Source, scope, allowAggregates: false);
                    if (scope.ContainsKey(load.Variable)) throw Errors.AlreadyDeclared(load.Variable, load.Pos);
                    scope[load.Variable] = Kind.Unknown;
                    break;
                case WithClause with:
                {
                    var next = CheckProjection(with.Projection, scope, isWith: true);
                    // WITH ... WHERE also sees the variables bound before the WITH (openCypher WithWhere7).
                    var whereScope = new Dictionary<string, Kind>(scope, StringComparer.Ordinal);
                    foreach (var (name, kind) in next) whereScope[name] = kind;
                    if (with.Where is not null) CheckCondition(with.Where, whereScope);
                    if (with.Where is not null) CheckExpr(with.Where, whereScope, allowAggregates: false);
                    scope = next;
                    break;
                }
                case ReturnClause ret:
                    CheckProjection(ret.Projection, scope, isWith: false);
                    break;
                case CreateClause create:
                    foreach (var part in create.Patterns)
                    {
                        CheckPatternExpressions(part, scope, progressive: true);
                        DeclareCreated(part, scope, merge: false);
                    }
                    break;
                case MergeClause merge:
                    RejectParameterMaps(merge.Pattern);
                    CheckPatternExpressions(merge.Pattern, scope);
                    DeclareCreated(merge.Pattern, scope, merge: true);
                    foreach (var item in merge.OnCreate.Concat(merge.OnMatch)) CheckSetItem(item, scope);
                    break;
                case SetClause set:
                    foreach (var item in set.Items) CheckSetItem(item, scope);
                    break;
                case RemoveClause remove:
                    foreach (var item in remove.Items) CheckSetItem(item, scope);
                    break;
                case ForeachClause each:
                    CheckForeach(each, scope);
                    break;
                case CallSubqueryClause call:
                    CheckCallSubquery(call, scope);
                    break;
                case DeleteClause delete:
                    foreach (var target in delete.Targets)
                    {
                        if (target is HasLabels) throw Errors.DeleteLabel(target.Pos);
                        if (target is not Variable && KindOf(target, scope) is Kind.Value or Kind.Scalar) throw Errors.DeleteValue(target.Pos);
                        CheckExpr(target, scope, allowAggregates: false);
                    }
                    break;
            }
        }
    }

    private Dictionary<string, Kind> CheckProjection(Projection projection, Dictionary<string, Kind> scope, bool isWith)
    {
        if (!isWith && projection.Star && scope.Count == 0) throw Errors.ReturnStarWithoutVariables(projection.Items.FirstOrDefault()?.Expr.Pos ?? default);
        foreach (var item in projection.Items) CheckPatternUse(item.Expr, false);
        foreach (var item in projection.Items) CheckExpr(item.Expr, scope, allowAggregates: true);
        var aggregating = projection.Items.Any(i => ExprWalker.ContainsAggregate(i.Expr));
        if (aggregating) CheckGroupingKeys(projection);
        var next = new Dictionary<string, Kind>(projection.Star ? scope : [], StringComparer.Ordinal);
        foreach (var item in projection.Items)
        {
            if (projection.Items.Count(i => i.Name == item.Name) > 1) throw Errors.DuplicateColumn(item.Name, item.Expr.Pos);
            next[item.Name] = KindOf(item.Expr, scope);
        }
        // After DISTINCT only the projected columns exist (an ORDER BY item may repeat one verbatim).
        var orderScope = new Dictionary<string, Kind>(projection.Distinct || aggregating ? [] : scope, StringComparer.Ordinal);
        foreach (var (name, kind) in next) orderScope[name] = kind;
        foreach (var order in projection.OrderBy)
        {
            if (projection.Items.Any(i => i.Text == order.Text)) continue;
            if (!aggregating && ExprWalker.ContainsAggregate(order.Expr))
                throw Errors.OrderByAggregate(order.Expr.Pos);
            if (aggregating) CheckAggregatingOrderBy(order.Expr, projection, orderScope);
            else CheckExpr(order.Expr, orderScope, allowAggregates: true);
        }
        if (isWith)
            foreach (var item in projection.Items)
                if (!item.Aliased && item.Expr is not Variable) throw Errors.WithNeedsAlias(item.Text, item.Expr.Pos);
        if (projection.Skip is not null) CheckRowCount(projection.Skip, scope);
        if (projection.Limit is not null) CheckRowCount(projection.Limit, scope);
        return next;
    }

    private void CheckSetItem(SetItem item, Dictionary<string, Kind> scope)
    {
        switch (item)
        {
            case SetProperty set:
                CheckPatternUse(set.Value, false);
                CheckExpr(set.Target, scope, false);
                CheckExpr(set.Value, scope, false);
                break;
            case RemoveProperty remove:
                CheckExpr(remove.Target, scope, false);
                break;
            case SetAllProperties all:
                Require(all.Variable, scope, all.Pos);
                CheckExpr(all.Value, scope, false);
                break;
            case SetLabels labels:
                Require(labels.Variable, scope, labels.Pos);
                CheckLabels(labels.Labels, scope);
                break;
            case RemoveLabels labels:
                Require(labels.Variable, scope, labels.Pos);
                CheckLabels(labels.Labels, scope);
                break;
        }
    }

    private static void Require(string name, Dictionary<string, Kind> scope, SourcePos pos)
    {
        if (!scope.ContainsKey(name)) throw Errors.VariableNotDefined(name, pos);
    }

    private static Kind KindOf(Expr expr, Dictionary<string, Kind> scope) => expr switch
    {
        Variable v => scope.GetValueOrDefault(v.Name),
        ListLiteral or ListComprehension => Kind.List,
        Literal { Value: not null } => Kind.Scalar,
        MapLiteral or Binary or Unary or IsNull or HasLabels => Kind.Value,
        _ => Kind.Unknown,
    };

    private static void Conflict(string name, Kind existing, string wanted, SourcePos pos) =>
        throw Errors.VariableTypeConflict(name, existing.ToString(), wanted, pos);

    // Neo4j: "Parameter maps cannot be used in MATCH/MERGE patterns"; only CREATE takes (n $props).
    private static void RejectParameterMaps(PatternPart part)
    {
        foreach (var expr in part.Nodes.Select(n => n.Properties).Concat(part.Rels.Select(r => r.Properties)))
            if (expr is Parameter parameter)
                throw Errors.ParameterMapInPattern(parameter.Name, parameter.Pos);
    }

    /// <summary>MATCH: nodes may re-use node variables; relationship variables are unique within the clause; paths are new.</summary>
    private static void DeclareMatch(IReadOnlyList<PatternPart> parts, Dictionary<string, Kind> scope)
    {
        var clauseRels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var node in part.Nodes)
            {
                if (node.Variable is not { } name) continue;
                if (scope.TryGetValue(name, out var kind) && kind is not (Kind.Node or Kind.Unknown)) Conflict(name, kind, "node", node.Pos);
                scope[name] = Kind.Node;
            }
            foreach (var rel in part.Rels)
            {
                if (rel.Variable is not { } name) continue;
                var wanted = rel.Length is null ? Kind.Relationship : Kind.RelationshipList;
                if (clauseRels.Contains(name))
                    throw Errors.RelationshipVariableReused(name, rel.Pos);
                if (scope.TryGetValue(name, out var kind) && kind != Kind.Unknown && kind != wanted && !(kind == Kind.List && wanted == Kind.RelationshipList))
                    Conflict(name, kind, "relationship", rel.Pos);
                clauseRels.Add(name);
                scope[name] = wanted;
            }
            // A path name is bound after its own elements: (p) inside "p = ..." re-declares p, while a later
            // (p) elsewhere uses a path as a node (openCypher Match1 [10], Match6 [21]-[25]).
            if (part.PathVariable is not { } path) continue;
            if (scope.ContainsKey(path)) throw Errors.AlreadyDeclared(path, part.Pos);
            scope[path] = Kind.Path;
        }
    }

    /// <summary>CREATE/MERGE: a bound node may only be an endpoint; relationships and paths are always new.</summary>
    private static void DeclareCreated(PatternPart part, Dictionary<string, Kind> scope, bool merge)
    {
        foreach (var rel in part.Rels)
        {
            if (rel.Variable is { } bound && scope.ContainsKey(bound)) throw Errors.AlreadyDeclared(bound, rel.Pos);
            if (rel.Length is not null) throw Errors.CreateVariableLength(rel.Pos);
            if (rel.Types.Count != 1) throw Errors.CreateNeedsOneType(rel.Pos);
            if (rel.Direction == Direction.Both && !merge) throw Errors.CreateNeedsDirection(rel.Pos);
        }
        foreach (var node in part.Nodes)
        {
            if (node.Variable is not { } name) continue;
            if (scope.TryGetValue(name, out var kind))
            {
                if (kind is not (Kind.Node or Kind.Unknown)) Conflict(name, kind, "node", node.Pos);
                if (part.Nodes.Count == 1 || node.Labels.Count > 0 || node.Properties is not null)
                    throw Errors.BoundNodeRedeclared(name, node.Pos);
            }
            scope[name] = Kind.Node;
        }
        foreach (var rel in part.Rels)
        {
            if (rel.Variable is not { } name) continue;
            if (scope.ContainsKey(name)) throw Errors.AlreadyDeclared(name, rel.Pos);
            scope[name] = Kind.Relationship;
        }
        if (part.PathVariable is { } path)
        {
            if (scope.ContainsKey(path)) throw Errors.AlreadyDeclared(path, part.Pos);
            scope[path] = Kind.Path;
        }
    }

    // Pattern property maps and dynamic labels are evaluated against the incoming row (CREATE also sees the
    // nodes it made earlier in the same pattern).
    private void CheckPatternExpressions(PatternPart part, Dictionary<string, Kind> scope, bool progressive = false)
    {
        var local = new Dictionary<string, Kind>(scope, StringComparer.Ordinal);
        foreach (var node in part.Nodes)
        {
            if (node.Properties is not null) CheckExpr(node.Properties, local, false);
            CheckLabels(node.Labels, local);
            if (progressive && node.Variable is not null) local[node.Variable] = Kind.Node;
        }
        foreach (var rel in part.Rels)
        {
            if (rel.Properties is not null) CheckExpr(rel.Properties, local, false);
            CheckLabels(rel.Types, local);
        }
    }

    private void CheckLabels(IReadOnlyList<LabelRef> labels, Dictionary<string, Kind> scope)
    {
        foreach (var label in labels)
            if (label.Dynamic is not null) CheckExpr(label.Dynamic, scope, false);
    }

    private void CheckExpr(Expr expr, Dictionary<string, Kind> scope, bool allowAggregates)
    {
        switch (expr)
        {
            case Variable variable:
                Require(variable.Name, scope, variable.Pos);
                return;
            case CountStar or FunctionCall { IsAggregate: true } when !allowAggregates:
                throw Errors.MisplacedAggregate(expr.Pos);
            case FunctionCall { IsAggregate: true } aggregate:
                foreach (var arg in aggregate.Args)
                {
                    if (ExprWalker.ContainsAggregate(arg)) throw Errors.NestedAggregate(arg.Pos);
                    // Neo4j refuses these: the aggregate's result would differ from run to run.
                    if (ExprWalker.DescendantsAndSelf(arg).OfType<FunctionCall>().FirstOrDefault(f => f.Name.Equals("rand", StringComparison.OrdinalIgnoreCase)) is { } random)
                        throw Errors.RandomInAggregate(random.Pos);
                    CheckExpr(arg, scope, allowAggregates: false);
                }
                return;
            case ListComprehension comprehension:
                CheckExpr(comprehension.Source, scope, allowAggregates);
                var inner = With(scope, comprehension.Variable);
                if (comprehension.Where is not null) CheckExpr(comprehension.Where, inner, false);
                if (comprehension.Projection is not null && ExprWalker.ContainsAggregate(comprehension.Projection))
                    throw Errors.NestedAggregateInList(comprehension.Projection.Pos);
                if (comprehension.Projection is not null) CheckExpr(comprehension.Projection, inner, allowAggregates);
                return;
            case Quantifier quantifier:
                CheckQuantifierTypes(quantifier);
                CheckExpr(quantifier.Source, scope, allowAggregates);
                CheckExpr(quantifier.Where, With(scope, quantifier.Variable), false);
                return;
            case Reduce reduce:
                CheckExpr(reduce.Initial, scope, allowAggregates);
                CheckExpr(reduce.Source, scope, allowAggregates);
                CheckExpr(reduce.Body, With(With(scope, reduce.Accumulator), reduce.Variable), false);
                return;
            case PatternPredicate { IsSubquery: false } bare:
                // A bare pattern in an expression may only use variables bound outside it (openCypher Pattern1).
                foreach (var name in PatternVariables(bare.Pattern))
                    if (!scope.ContainsKey(name)) throw Errors.VariableNotDefined(name, bare.Pos);
                CheckPatternScope(bare.Pattern, null, null, scope);
                return;
            case PatternPredicate predicate:
                CheckPatternScope(predicate.Pattern, predicate.Where, null, scope);
                return;
            case PatternCount count:
                CheckPatternScope(count.Pattern, count.Where, null, scope);
                return;
            case SubqueryExpr subquery:
                CheckSubqueryExpr(subquery, scope);
                return;
            case PatternComprehension comprehension:
                CheckPatternScope(comprehension.Pattern, comprehension.Where, comprehension.Projection, scope);
                return;
            case PropertyAccess { Target: Variable target } when scope.GetValueOrDefault(target.Name) == Kind.Path:
                throw Errors.PathProperty(target.Name, expr.Pos);
            case PropertyAccess { Target: Variable target } access when scope.GetValueOrDefault(target.Name) is Kind.Scalar or Kind.List:
                throw Errors.CompilePropertyOfNonMap(target.Name, access.Key, expr.Pos);
            case FunctionCall { Name: "labels", Args: [Variable arg] } when scope.GetValueOrDefault(arg.Name) is Kind.Path or Kind.Relationship or Kind.RelationshipList:
                throw Errors.CompileKindMismatch("Node", arg.Name, scope[arg.Name].ToString(), expr.Pos);
            case FunctionCall { Name: "type", Args: [Variable arg] } when scope.GetValueOrDefault(arg.Name) is Kind.Path or Kind.Node or Kind.RelationshipList:
                throw Errors.CompileKindMismatch("Relationship", arg.Name, scope[arg.Name].ToString(), expr.Pos);
            case FunctionCall { Name: "size", Args: [Variable arg] } when scope.GetValueOrDefault(arg.Name) is Kind.Path or Kind.Node or Kind.Relationship:
                throw Errors.CompileKindMismatch("String or List", arg.Name, scope[arg.Name].ToString(), expr.Pos);
            case FunctionCall { Name: "properties", Args: [Literal { Value: not null } or ListLiteral] }:
                throw Errors.CompileTypeMismatch("a map, node or relationship", ((FunctionCall)expr).Args[0] is Literal l ? l.Value : new List<object?>(), expr.Pos);
            case Binary { Op: BinaryOp.In, Right: Literal { Value: not null } or MapLiteral } membership:
                throw Errors.CompileTypeMismatch("List", membership.Right is Literal rl ? rl.Value : new Dictionary<string, object?>(), membership.Right.Pos);
            case FunctionCall { Name: "length", Args: [Variable arg] } when scope.GetValueOrDefault(arg.Name) is Kind.Node or Kind.Relationship:
                throw Errors.LengthOfNonPath(arg.Name, scope[arg.Name].ToString(), expr.Pos);
            case Binary { Op: BinaryOp.And or BinaryOp.Or or BinaryOp.Xor } logical:
                RequireBoolean(logical.Left);
                RequireBoolean(logical.Right);
                break;
            case Unary { Op: UnaryOp.Not } not:
                RequireBoolean(not.Operand);
                break;
        }
        foreach (var child in ExprWalker.Children(expr)) CheckExpr(child, scope, allowAggregates);
    }

    private static IEnumerable<string> PatternVariables(PatternPart part) =>
        part.Nodes.Select(n => n.Variable).Concat(part.Rels.Select(r => r.Variable)).Append(part.PathVariable).OfType<string>();

    // A pattern used as a value may introduce variables of its own, visible only in its WHERE and projection.
    private void CheckPatternScope(PatternPart pattern, Expr? where, Expr? projection, Dictionary<string, Kind> scope)
    {
        CheckPatternExpressions(pattern, scope);
        var inner = new Dictionary<string, Kind>(scope, StringComparer.Ordinal);
        DeclareMatch([pattern], inner);
        if (where is not null) CheckExpr(where, inner, false);
        if (projection is not null) CheckExpr(projection, inner, false);
    }

    // A literal that can never be a boolean is a compile-time error under AND, OR, XOR and NOT.
    private static void RequireBoolean(Expr operand)
    {
        if (operand is Literal { Value: not (null or bool) } or ListLiteral or MapLiteral)
            throw Errors.CompileTypeMismatch("Boolean", operand switch
            {
                Literal literal => literal.Value,
                ListLiteral => new List<object?>(),
                _ => new Dictionary<string, object?>(),
            }, operand.Pos);
    }

    private static Dictionary<string, Kind> With(Dictionary<string, Kind> scope, string name) =>
        new(scope, StringComparer.Ordinal) { [name] = Kind.Unknown };
}
