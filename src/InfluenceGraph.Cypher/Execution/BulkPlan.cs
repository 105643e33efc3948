using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Reads one value of a bulk row (the UNWIND element or the CSV record) without building a <see cref="Row"/>.</summary>
internal delegate object? RowGetter(object? item, QueryContext ctx);

/// <summary>
/// A bulk write compiled once per statement: <c>CREATE</c> of nodes, <c>MERGE</c> of one node keyed by a unique
/// constraint (with its <c>ON CREATE SET</c> and <c>ON MATCH SET</c>), or a <c>MATCH</c> of nodes by unique keys and a <c>CREATE</c> of relationships between them. Labels and
/// types are resolved once, and every property value is a getter over the row's element, so a row costs the writes
/// alone. Literals, parameters, the row variable and its properties are read directly; other expressions that read
/// nothing but the row variable go through the evaluator; any other shape returns null and runs the general path.
/// </summary>
internal sealed partial class BulkPlan
{
    private readonly NodeSpec[] _creates = [];
    private readonly NodeSpec? _merge;
    private readonly UniqueConstraint? _mergeKey;
    private readonly MergeActions? _mergeActions;
    private readonly Lookup[] _lookups = [];
    private readonly RelSpec[] _rels = [];

    // Per-row scratch (a plan serves one statement on one thread): the looked-up nodes and each lookup's values.
    private readonly NodeData[] _found = [];
    private readonly object?[][] _lookupValues = [];

    private BulkPlan(NodeSpec[] creates) => _creates = creates;

    private BulkPlan(NodeSpec merge, UniqueConstraint key, MergeActions? actions) => (_merge, _mergeKey, _mergeActions) = (merge, key, actions);

    private BulkPlan(Lookup[] lookups, RelSpec[] rels)
    {
        (_lookups, _rels) = (lookups, rels);
        _found = new NodeData[lookups.Length];
        _lookupValues = lookups.Select(l => new object?[l.Props.Entries.Length]).ToArray();
    }

    private sealed record PropSpec(string Key, RowGetter Get);

    /// <summary>
    /// A property map: its entries in order, where it stands (what a storage error names), and the store's shared key
    /// array for its keys (what a row's bag gets when none of its values is null).
    /// </summary>
    private sealed record PropMap(PropSpec[] Entries, SourcePos Pos)
    {
        public static readonly PropMap Empty = new([], default);

        public string[] Shape { get; } = PropertyBag.ShapeOf(Entries.Select(e => e.Key).ToArray());
    }

    private sealed record NodeSpec(string[] Labels, PropMap Props, SourcePos Pos);

    /// <summary>
    /// A MERGE's <c>ON CREATE SET</c> and <c>ON MATCH SET</c>, applied as the general path applies them, over a row that
    /// holds the bulk variable and the merged node.
    /// </summary>
    private sealed record MergeActions(string Variable, string Node, IReadOnlyList<SetItem> OnCreate, IReadOnlyList<SetItem> OnMatch);

    /// <summary>A MATCH node found through a unique constraint's index: the checks the matcher would make.</summary>
    private sealed record Lookup(string[] Labels, PropMap Props, UniqueConstraint Index, int KeyEntry);

    /// <summary>A relationship to create between two looked-up nodes; a null <c>Type</c> means <c>DynamicType</c> names it.</summary>
    private sealed record RelSpec(int Start, int End, string? Type, RowGetter? DynamicType, SourcePos TypePos, PropMap Props);

    public static BulkPlan? Compile(string variable, MatchClause? match, Clause write, QueryContext ctx) =>
        (match, write) switch
        {
            (null, CreateClause create) => CompileCreate(variable, create),
            (null, MergeClause merge) => CompileMerge(variable, merge, ctx),
            (not null, CreateClause create) => CompileRelationships(variable, match, create, ctx),
            _ => null,
        };

    private static BulkPlan? CompileCreate(string variable, CreateClause create)
    {
        var specs = new List<NodeSpec>();
        var names = new HashSet<string>(StringComparer.Ordinal) { variable };
        foreach (var part in create.Patterns)
        {
            if (part.Nodes.Count != 1 || part.PathVariable is not null) return null;
            var node = part.Nodes[0];
            if (node.Variable is { } name && !names.Add(name)) return null;
            if (CompileNode(variable, node) is not { } spec) return null;
            specs.Add(spec);
        }
        return new BulkPlan(specs.ToArray());
    }

    private static BulkPlan? CompileMerge(string variable, MergeClause merge, QueryContext ctx)
    {
        var part = merge.Pattern;
        if (part.Nodes.Count != 1 || part.PathVariable is not null) return null;
        var node = part.Nodes[0];
        if (node.Variable == variable || CompileNode(variable, node) is not { } spec) return null;
        MergeActions? actions = null;
        if (merge.OnCreate.Count > 0 || merge.OnMatch.Count > 0)
        {
            if (node.Variable is not { } name || !merge.OnCreate.Concat(merge.OnMatch).All(item => SetsOnly(item, name, variable))) return null;
            actions = new MergeActions(variable, name, merge.OnCreate, merge.OnMatch);
        }
        return KeyEntry(spec.Labels, spec.Props, ctx) is var (index, _) ? new BulkPlan(spec, index, actions) : null;
    }

    // A SET or REMOVE item of the merged node whose value reads nothing but the bulk variable and that node.
    private static bool SetsOnly(SetItem item, string node, string variable) => item switch
    {
        SetProperty { Target: Variable v } set => v.Name == node && ReadsOnly(set.Value, variable, node),
        RemoveProperty { Target: Variable v } => v.Name == node,
        SetAllProperties all => all.Variable == node && ReadsOnly(all.Value, variable, node),
        SetLabels labels => labels.Variable == node && StaticNames(labels.Labels) is not null,
        RemoveLabels labels => labels.Variable == node && StaticNames(labels.Labels) is not null,
        _ => false,
    };

    private static NodeSpec? CompileNode(string variable, NodePattern node)
    {
        if (StaticNames(node.Labels) is not { } labels || CompileMap(variable, node.Properties) is not { } props) return null;
        return new NodeSpec(labels, props, node.Pos);
    }

    // Duplicate names collapse as LabelNames collapses them.
    private static string[]? StaticNames(IReadOnlyList<LabelRef> refs)
    {
        var names = new List<string>();
        foreach (var label in refs)
        {
            if (label.Name is not { } name) return null;
            if (!names.Contains(name)) names.Add(name);
        }
        return names.ToArray();
    }

    private static PropMap? CompileMap(string variable, Expr? expr)
    {
        if (expr is null) return PropMap.Empty;
        if (expr is not MapLiteral literal) return null;
        var entries = new PropSpec[literal.Entries.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (key, value) = literal.Entries[i];
            for (var j = 0; j < i; j++)
                if (entries[j].Key == key) return null;
            if (Getter(variable, value) is not { } get) return null;
            entries[i] = new PropSpec(key, get);
        }
        return new PropMap(entries, literal.Pos);
    }

    /// <summary>The getters that read what <see cref="Evaluator.Eval"/> reads, for the expressions a bulk row names.</summary>
    private static RowGetter? Getter(string variable, Expr expr) => expr switch
    {
        Literal literal => (_, _) => literal.Value,
        Parameter parameter => (_, ctx) => ctx.Parameters.TryGetValue(parameter.Name, out var value)
            ? value
            : throw Errors.ParameterMissing(parameter.Name, parameter.Pos),
        Variable v when v.Name == variable => (item, _) => item,
        PropertyAccess { Target: Variable v } access when v.Name == variable => KeyGetter(access),
        FunctionCall call when CallGetter(variable, call) is { } get => get,
        _ when ReadsOnly(expr, variable) => (item, ctx) => Evaluator.Eval(expr, new Row().With(variable, item), ctx),
        _ => null,
    };

    // row.key: a CSV record's field by the column its headers give the key, found once per file; anything else as the evaluator reads it.
    private static RowGetter KeyGetter(PropertyAccess access)
    {
        CsvHeaders? headers = null;
        var column = -1;
        return (item, _) =>
        {
            if (item is not CsvRecord record) return Evaluator.Property(item, access.Key, access.Pos);
            if (!ReferenceEquals(record.Headers, headers)) (headers, column) = (record.Headers, record.Headers.ColumnOf(access.Key));
            return column < 0 ? null : record.Column(column);
        };
    }

    // A scalar function over arguments that are getters themselves (toFloat(row.weight), coalesce(row.a, row.b)): the
    // arguments in order, then the function, as Functions.Call does; coalesce stops at its first non-null argument.
    private static RowGetter? CallGetter(string variable, FunctionCall call)
    {
        if (call.IsAggregate || call.Distinct || call.Name is "exists" or "linenumber" or "file") return null;
        var args = new RowGetter[call.Args.Count];
        for (var i = 0; i < args.Length; i++)
            if (Getter(variable, call.Args[i]) is { } get) args[i] = get;
            else return null;
        if (call.Name == "coalesce")
            return (item, ctx) =>
            {
                foreach (var arg in args)
                    if (arg(item, ctx) is { } value) return value;
                return null;
            };
        return (item, ctx) =>
        {
            var values = new object?[args.Length];
            for (var i = 0; i < values.Length; i++) values[i] = args[i](item, ctx);
            return Functions.Invoke(call.Name, values, call.Pos, ctx);
        };
    }

    // Any other expression runs through the evaluator over a row holding the bulk variable alone (and a MERGE's
    // actions, the merged node), which gives what the general path gives only when nothing else is read: no other
    // variable (an inner scope's counts as other), no pattern or subquery, and no linenumber() or file(), whose slots
    // a streamed record does not carry.
    private static bool ReadsOnly(Expr expr, string variable, string? node = null) =>
        ExprWalker.DescendantsAndSelf(expr).All(e => e switch
        {
            Variable v => v.Name == variable || v.Name == node,
            PatternPredicate or PatternCount or PatternComprehension or SubqueryExpr or CountStar => false,
            FunctionCall call => !call.IsAggregate && !call.Name.Equals("linenumber", StringComparison.OrdinalIgnoreCase)
                && !call.Name.Equals("file", StringComparison.OrdinalIgnoreCase),
            _ => true,
        });

    /// <summary>The unique constraint the matcher would look the node up by: the first label and key that have one.</summary>
    private static (UniqueConstraint Index, int Entry)? KeyEntry(string[] labels, PropMap props, QueryContext ctx)
    {
        if (props.Entries.Length == 0 || ctx.Store.Constraints.Count == 0) return null;
        foreach (var label in labels)
            for (var i = 0; i < props.Entries.Length; i++)
                if (ctx.Store.ConstraintFor(label, props.Entries[i].Key) is { } constraint)
                    return (constraint, i);
        return null;
    }
}
