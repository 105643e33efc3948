using InfluenceGraph.Cypher.Storage;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Cypher's scalar functions (Neo4j 5 manual, "Functions"); aggregates are computed by <see cref="Aggregation"/>.</summary>
internal static partial class Functions
{
    private static readonly HashSet<string> Aggregates = ["count", "collect", "sum", "avg", "min", "max", "stdev", "stdevp", "percentilecont", "percentiledisc"];

    private static readonly HashSet<string> Scalars =
    [
        "id", "elementid", "labels", "type", "properties", "keys", "size", "length", "nodes", "relationships",
        "startnode", "endnode", "head", "last", "tail", "range", "coalesce", "exists", "isempty",
        "tolower", "toupper", "lower", "upper", "trim", "ltrim", "rtrim", "tostring", "tostringornull",
        "tointeger", "tointegerornull", "tofloat", "tofloatornull", "toboolean", "tobooleanornull",
        "split", "replace", "substring", "left", "right", "reverse",
        "abs", "round", "floor", "ceil", "sqrt", "sign", "exp", "log", "log10", "rand", "pi", "e",
        "date", "randomuuid", "timestamp", "valuetype", "linenumber", "file",
    ];

    public static bool IsAggregate(string name) => Aggregates.Contains(name);

    public static bool IsKnown(string name) => Aggregates.Contains(name) || Scalars.Contains(name) || Temporal.FunctionNames.Contains(name);

    public static object? Call(FunctionCall call, Row row, QueryContext ctx)
    {
        if (call.Name == "exists")
            return call.Args[0] is PatternPredicate pattern
                ? Evaluator.Eval(pattern, row, ctx)
                : Evaluator.Eval(call.Args[0], row, ctx) is not null;
        if (call.Name == "coalesce")
        {
            foreach (var arg in call.Args)
                if (Evaluator.Eval(arg, row, ctx) is { } value) return value;
            return null;
        }
        if (call.Name is "linenumber" or "file")
        {
            if (call.Args.Count != 0) throw Errors.Arity(call.Name, 0, 0, call.Args.Count, call.Pos);
            return row.TryGet(call.Name == "file" ? Executor.FileSlot : Executor.LineNumberSlot, out var loaded) ? loaded : null;
        }
        var args = new object?[call.Args.Count];
        for (var i = 0; i < args.Length; i++) args[i] = Evaluator.Eval(call.Args[i], row, ctx);
        return Invoke(call.Name, args, call.Pos, ctx);
    }

    private static void Arity(string name, object?[] args, int min, int max, SourcePos pos)
    {
        if (args.Length < min || args.Length > max) throw Errors.Arity(name, min, max, args.Length, pos);
    }

    internal static object? Invoke(string name, object?[] args, SourcePos pos, QueryContext ctx)
    {
        switch (name)
        {
            case "rand": Arity(name, args, 0, 0, pos); return Random.Shared.NextDouble();
            case "pi": Arity(name, args, 0, 0, pos); return Math.PI;
            case "e": Arity(name, args, 0, 0, pos); return Math.E;
            case "randomuuid": Arity(name, args, 0, 0, pos); return Guid.NewGuid().ToString();
            case "timestamp": Arity(name, args, 0, 0, pos); return ctx.StatementTime.ToUnixTimeMilliseconds();
            case "date": Arity(name, args, 0, 1, pos); return args.Length == 0 ? DateOnly.FromDateTime(ctx.StatementTime.UtcDateTime) : Date(args[0], pos);
            case "range": Arity(name, args, 2, 3, pos); return Range(args, pos);
            case "substring": Arity(name, args, 2, 3, pos); return Substring(args, pos);
            case "replace": Arity(name, args, 3, 3, pos); return Replace(args, pos);
            case "split": Arity(name, args, 2, 2, pos); return Split(args, pos);
            case "left" or "right": Arity(name, args, 2, 2, pos); return LeftRight(name, args, pos);
            case "round": Arity(name, args, 1, 2, pos); return Round(args, pos);
        }
        if (Temporal.FunctionNames.Contains(name)) return Temporal.Call(name, args, pos, Temporal.Clock(name, ctx));
        Arity(name, args, 1, 1, pos);
        var x = args[0];
        if (x is null) return name == "valuetype" ? "NULL" : null;
        if (x is NodeData { Deleted: true } deletedNode && name is "labels" or "keys" or "properties")
            throw Errors.DeletedEntity("Node", deletedNode.Id, pos);
        if (x is RelData { Deleted: true } deletedRel && name is "keys" or "properties")
            throw Errors.DeletedEntity("Relationship", deletedRel.Id, pos);
        return name switch
        {
            "id" => x switch
            {
                NodeData n => n.Id,
                RelData r => r.Id,
                _ => throw Errors.ArgumentTypeMismatch("Node or Relationship", x, pos),
            },
            "elementid" => x switch
            {
                NodeData n => ElementIds.Node(n.Id),
                RelData r => ElementIds.Relationship(r.Id),
                _ => throw Errors.ArgumentTypeMismatch("Node or Relationship", x, pos),
            },
            "labels" => x is NodeData node ? node.Labels.Cast<object?>().ToList() : throw Errors.ArgumentTypeMismatch("Node", x, pos),
            "type" => x is RelData rel ? rel.Type : throw Errors.ArgumentTypeMismatch("Relationship", x, pos),
            "properties" => CopyMap(Evaluator.PropertiesOf(x, pos)),
            "keys" => Evaluator.PropertiesOf(x, pos).Select(kv => (object?)kv.Key).ToList(),
            "size" => x switch
            {
                string s => (long)s.Length,
                IReadOnlyList<object?> list => (long)list.Count,
                _ => throw Errors.ArgumentTypeMismatch("String or List", x, pos),
            },
            "length" => x switch
            {
                PathValue path => (long)path.Relationships.Count,
                string s => (long)s.Length,
                IReadOnlyList<object?> list => (long)list.Count,
                _ => throw Errors.ArgumentTypeMismatch("Path", x, pos),
            },
            "isempty" => x switch
            {
                string s => s.Length == 0,
                IReadOnlyList<object?> list => list.Count == 0,
                IReadOnlyDictionary<string, object?> map => map.Count == 0,
                _ => throw Errors.ArgumentTypeMismatch("String, List or Map", x, pos),
            },
            "nodes" => x is PathValue p1 ? p1.Nodes.Cast<object?>().ToList() : throw Errors.ArgumentTypeMismatch("Path", x, pos),
            "relationships" => x is PathValue p2 ? p2.Relationships.Cast<object?>().ToList() : throw Errors.ArgumentTypeMismatch("Path", x, pos),
            "startnode" => x is RelData r1 ? r1.Start : throw Errors.ArgumentTypeMismatch("Relationship", x, pos),
            "endnode" => x is RelData r2 ? r2.End : throw Errors.ArgumentTypeMismatch("Relationship", x, pos),
            "head" => AsList(x, pos) is var h && h.Count > 0 ? h[0] : null,
            "last" => AsList(x, pos) is var t && t.Count > 0 ? t[^1] : null,
            "tail" => AsList(x, pos).Skip(1).ToList(),
            "reverse" => x switch
            {
                string s => new string(s.Reverse().ToArray()),
                IReadOnlyList<object?> list => list.Reverse().ToList(),
                _ => throw Errors.ArgumentTypeMismatch("String or List", x, pos),
            },
            "valuetype" => ValueType(x),
            _ => StringOrMath(name, x, pos),
        };
    }

    private static IReadOnlyList<object?> AsList(object x, SourcePos pos) =>
        x as IReadOnlyList<object?> ?? throw Errors.ArgumentTypeMismatch("List", x, pos);

    private static OrderedDictionary<string, object?> CopyMap(IEnumerable<KeyValuePair<string, object?>> source)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in source) map[key] = value;
        return map;
    }

    private static string ValueType(object x) => x switch
    {
        bool => "BOOLEAN NOT NULL",
        long => "INTEGER NOT NULL",
        double => "FLOAT NOT NULL",
        string => "STRING NOT NULL",
        DateOnly => "DATE NOT NULL",
        CypherLocalTime => "LOCAL TIME NOT NULL",
        CypherTime => "ZONED TIME NOT NULL",
        CypherLocalDateTime => "LOCAL DATETIME NOT NULL",
        CypherDateTime => "ZONED DATETIME NOT NULL",
        CypherDuration => "DURATION NOT NULL",
        NodeData => "NODE NOT NULL",
        RelData => "RELATIONSHIP NOT NULL",
        PathValue => "PATH NOT NULL",
        IReadOnlyList<object?> => "LIST<ANY> NOT NULL",
        _ => "MAP NOT NULL",
    };
}
