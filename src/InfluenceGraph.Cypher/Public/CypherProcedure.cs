using InfluenceGraph.Cypher.Execution;
using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher;

/// <summary>
/// A type in a procedure signature, written as Neo4j lists signatures (<c>INTEGER?</c>, <c>LIST? OF STRING?</c>).
/// Every type admits null, as every type in a Neo4j procedure signature does.
/// </summary>
public sealed class CypherType
{
    private static readonly Dictionary<string, CypherType> Simple = new(StringComparer.OrdinalIgnoreCase);

    public static readonly CypherType Any = Named("ANY");
    public static readonly CypherType Boolean = Named("BOOLEAN");
    public static readonly CypherType String = Named("STRING");
    public static readonly CypherType Integer = Named("INTEGER");
    public static readonly CypherType Float = Named("FLOAT");

    /// <summary>INTEGER or FLOAT.</summary>
    public static readonly CypherType Number = Named("NUMBER");
    public static readonly CypherType Map = Named("MAP");
    public static readonly CypherType Node = Named("NODE");
    public static readonly CypherType Relationship = Named("RELATIONSHIP");
    public static readonly CypherType Path = Named("PATH");
    public static readonly CypherType Date = Named("DATE");
    public static readonly CypherType LocalTime = Named("LOCALTIME");
    public static readonly CypherType Time = Named("TIME");
    public static readonly CypherType LocalDateTime = Named("LOCALDATETIME");
    public static readonly CypherType DateTime = Named("DATETIME");
    public static readonly CypherType Duration = Named("DURATION");

    private CypherType(string name, CypherType? element)
    {
        Name = name;
        ElementType = element;
    }

    /// <summary>INTEGER, STRING, ..., or LIST.</summary>
    public string Name { get; }

    /// <summary>The element type of a LIST; null for every other type.</summary>
    public CypherType? ElementType { get; }

    public static CypherType ListOf(CypherType element) => new("LIST", element);

    /// <summary>
    /// Reads a type as signatures write it: <c>INTEGER</c>, <c>INTEGER?</c>, <c>LIST? OF STRING?</c>, <c>LIST&lt;STRING&gt;</c>,
    /// any case. Throws <see cref="FormatException"/> naming the text it cannot read.
    /// </summary>
    public static CypherType Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('?').Trim();
        if (Simple.TryGetValue(trimmed, out var simple)) return simple;
        if (trimmed.StartsWith("LIST", StringComparison.OrdinalIgnoreCase))
        {
            var rest = trimmed[4..].TrimStart('?').Trim();
            if (rest.StartsWith("OF ", StringComparison.OrdinalIgnoreCase)) return ListOf(Parse(rest[3..]));
            if (rest.StartsWith('<') && rest.EndsWith('>')) return ListOf(Parse(rest[1..^1]));
            if (rest.Length == 0) return ListOf(Any);
        }
        throw new FormatException($"'{text}' is not a Cypher type (INTEGER?, STRING?, LIST? OF FLOAT?, ...)");
    }

    public override string ToString() => ElementType is null ? Name + "?" : $"LIST? OF {ElementType}";

    public override bool Equals(object? obj) => obj is CypherType other && Name == other.Name && Equals(ElementType, other.ElementType);

    public override int GetHashCode() => HashCode.Combine(Name, ElementType);

    /// <summary>Whether a runtime value has this type (null always does; an INTEGER is not a FLOAT: coercion is the caller's).</summary>
    internal bool Accepts(object? value) => value is null || Name switch
    {
        "ANY" => true,
        "BOOLEAN" => value is bool,
        "STRING" => value is string,
        "INTEGER" => value is long,
        "FLOAT" => value is double,
        "NUMBER" => value is long or double,
        "MAP" => value is IReadOnlyDictionary<string, object?> or NodeData or RelData,
        "NODE" => value is NodeData or InfluenceGraph.Cypher.Node,
        "RELATIONSHIP" => value is RelData or InfluenceGraph.Cypher.Relationship,
        "PATH" => value is PathValue,
        "DATE" => value is DateOnly,
        "LOCALTIME" => value is CypherLocalTime,
        "TIME" => value is CypherTime,
        "LOCALDATETIME" => value is CypherLocalDateTime,
        "DATETIME" => value is CypherDateTime,
        "DURATION" => value is CypherDuration,
        "LIST" => value is IReadOnlyList<object?> list && list.All(ElementType!.Accepts),
        _ => false,
    };

    /// <summary>The value as an argument of this type (an INTEGER where a FLOAT is wanted becomes a FLOAT); false when it does not fit.</summary>
    internal bool TryCoerce(object? value, out object? coerced)
    {
        coerced = Name == "FLOAT" && value is long l ? (double)l : value;
        return Accepts(coerced);
    }

    private static CypherType Named(string name)
    {
        var type = new CypherType(name, null);
        Simple[name] = type;
        return type;
    }
}

/// <summary>An input of a procedure; one with a default may be left out of an explicit argument list (from the end).</summary>
public sealed class ProcedureParameter
{
    public ProcedureParameter(string name, CypherType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>A parameter that takes <paramref name="defaultValue"/> (a value as query parameters take them) when not given.</summary>
    public ProcedureParameter(string name, CypherType type, object? defaultValue) : this(name, type)
    {
        var value = ValueConversion.FromParameter(defaultValue, name);
        if (!type.TryCoerce(value, out var coerced))
            throw new ArgumentException($"The default of procedure parameter {name} :: {type} is a {Values.TypeName(value)}", nameof(defaultValue));
        HasDefault = true;
        Default = coerced;
    }

    public string Name { get; }

    public CypherType Type { get; }

    public bool HasDefault { get; }

    internal object? Default { get; }

    public override string ToString() => $"{Name} :: {Type}";
}

/// <summary>A result column of a procedure.</summary>
public sealed record ProcedureColumn(string Name, CypherType Type)
{
    public override string ToString() => $"{Name} :: {Type}";
}

/// <summary>One invocation of a procedure: its arguments in parameter order (defaults filled in, INTEGER coerced to FLOAT).</summary>
public sealed class ProcedureCall
{
    internal ProcedureCall(CypherProcedure procedure, IReadOnlyList<object?> arguments, GraphStore store)
    {
        Procedure = procedure;
        Arguments = arguments;
        Store = store;
    }

    public CypherProcedure Procedure { get; }

    /// <summary>Public values (long, double, string, Node, ...), one per parameter of the procedure.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The argument of the parameter named <paramref name="parameter"/>.</summary>
    public object? this[string parameter]
    {
        get
        {
            for (var i = 0; i < Procedure.Parameters.Count; i++)
                if (Procedure.Parameters[i].Name == parameter) return Arguments[i];
            throw new KeyNotFoundException($"{Procedure.Name} has no parameter {parameter}");
        }
    }

    /// <summary>The graph the calling statement reads (the built-in db.* procedures list its labels and keys).</summary>
    internal GraphStore Store { get; }
}

/// <summary>
/// A procedure that <c>CALL name(args) [YIELD ...]</c> runs: a dotted name, typed inputs and outputs, and the code
/// that returns its rows, each a list of public values in output column order. Registered through
/// <see cref="CypherDatabaseOptions.Procedures"/>; the built-in db.labels, db.relationshipTypes and db.propertyKeys
/// are procedures of the same kind. A procedure without outputs is void: in a query it passes every row on once.
/// </summary>
public sealed class CypherProcedure
{
    private readonly Func<ProcedureCall, IEnumerable<IReadOnlyList<object?>>> _implementation;

    public CypherProcedure(string name, IReadOnlyList<ProcedureParameter> parameters, IReadOnlyList<ProcedureColumn> outputs,
        Func<ProcedureCall, IEnumerable<IReadOnlyList<object?>>> implementation)
    {
        if (name.Split('.').Any(part => part.Length == 0 || !part.All(c => char.IsLetterOrDigit(c) || c == '_') || char.IsDigit(part[0])))
            throw new ArgumentException($"'{name}' is not a procedure name (dotted identifiers, such as my.proc)", nameof(name));
        var names = parameters.Select(p => p.Name).ToList();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count) throw new ArgumentException($"{name}: two parameters share a name", nameof(parameters));
        var columns = outputs.Select(o => o.Name).ToList();
        if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Count) throw new ArgumentException($"{name}: two outputs share a name", nameof(outputs));
        for (var i = 1; i < parameters.Count; i++)
            if (parameters[i - 1].HasDefault && !parameters[i].HasDefault)
                throw new ArgumentException($"{name}: parameter {parameters[i].Name} has no default but follows one that has", nameof(parameters));
        Name = name;
        Parameters = parameters;
        Outputs = outputs;
        _implementation = implementation;
    }

    public string Name { get; }

    public IReadOnlyList<ProcedureParameter> Parameters { get; }

    public IReadOnlyList<ProcedureColumn> Outputs { get; }

    /// <summary>How many arguments an explicit call must give at least (the parameters without a default).</summary>
    public int RequiredArguments => Parameters.Count(p => !p.HasDefault);

    /// <summary><c>name(in :: INTEGER?) :: (out :: STRING?)</c>, as Neo4j's SHOW PROCEDURES writes it.</summary>
    public string Signature => $"{Name}({string.Join(", ", Parameters)}) :: ({string.Join(", ", Outputs)})";

    public override string ToString() => Signature;

    /// <summary>Runs the procedure on runtime arguments; its rows come back as runtime values, checked against the outputs.</summary>
    internal List<object?[]> Invoke(IReadOnlyList<object?> arguments, GraphStore store, Syntax.SourcePos pos)
    {
        var call = new ProcedureCall(this, arguments.Select(ValueConversion.ToPublic).ToList(), store);
        List<IReadOnlyList<object?>> rows;
        try
        {
            rows = _implementation(call).ToList();
        }
        catch (Exception e) when (e is not CypherException)
        {
            throw Errors.ProcedureFailed(Name, e, pos);
        }
        var result = new List<object?[]>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Count != Outputs.Count) throw Errors.ProcedureRowWidth(Name, row.Count, Outputs.Count, pos);
            var values = new object?[row.Count];
            for (var i = 0; i < row.Count; i++)
            {
                values[i] = ValueConversion.FromParameter(row[i], Outputs[i].Name);
                if (!Outputs[i].Type.Accepts(values[i])) throw Errors.ProcedureOutputType(Name, Outputs[i].ToString(), values[i], pos);
            }
            result.Add(values);
        }
        return result;
    }
}
