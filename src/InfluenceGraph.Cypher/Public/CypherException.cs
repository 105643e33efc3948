namespace InfluenceGraph.Cypher;

/// <summary>What went wrong, as a category the caller can switch on (maps to a Neo4j status code).</summary>
public enum CypherErrorKind
{
    SyntaxError,
    SemanticError,
    TypeError,
    ArgumentError,
    ArithmeticError,
    ParameterMissing,
    ConstraintValidationFailed,
    ConstraintCreationFailed,
    SchemaRuleAlreadyExists,
    SchemaRuleNotFound,
    EntityNotFound,
    Unsupported,
    TransactionClosed,
    StoreLocked,
    StoreCorrupt,

    /// <summary>The disk holding the data directory is full: the write was not committed; nothing committed before is lost.</summary>
    StoreFull,

    /// <summary>The data directory cannot be written by this user (permissions, a read-only file system).</summary>
    StoreReadOnly,

    /// <summary>LOAD CSV could not read its file: outside the import folder, missing, or malformed (the message names file and line).</summary>
    ExternalResourceFailed,

    /// <summary>A CALL names no registered procedure (Detail ProcedureNotFound), or the procedure failed (ProcedureCallFailed).</summary>
    ProcedureError,
}

/// <summary>An error raised by the embedded engine: a kind, a Neo4j-style status code and, when tied to query text, a 1-based position.</summary>
public sealed class CypherException : Exception
{
    internal CypherException(CypherErrorKind kind, string message, int line = 0, int column = 0, Exception? inner = null, string? detail = null)
        : base(line > 0 ? $"{message} (line {line}, column {column})" : message, inner)
    {
        Kind = kind;
        Detail = detail;
        Line = line;
        Column = column;
        Code = CodeOf(kind, detail);
    }

    public CypherErrorKind Kind { get; }

    /// <summary>
    /// The openCypher TCK's name for the specific error (VariableTypeConflict, DeletedEntityAccess, ...) when the
    /// engine knows it; null otherwise.
    /// </summary>
    public string? Detail { get; }

    /// <summary>True when the statement was rejected while being compiled (parsed and checked), before any row flowed.</summary>
    public bool IsCompileTime { get; internal set; }

    /// <summary>1-based line of the offending text; 0 when the error is not tied to a position.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending text; 0 when the error is not tied to a position.</summary>
    public int Column { get; }

    /// <summary>The Neo4j status code of the same error, so callers can treat both stores alike.</summary>
    public string Code { get; }

    private static string CodeOf(CypherErrorKind kind, string? detail) => kind switch
    {
        CypherErrorKind.ProcedureError => "Neo.ClientError.Procedure." + (detail ?? "ProcedureCallFailed"),
        CypherErrorKind.SyntaxError => "Neo.ClientError.Statement.SyntaxError",
        CypherErrorKind.SemanticError => "Neo.ClientError.Statement.SemanticError",
        CypherErrorKind.TypeError => "Neo.ClientError.Statement.TypeError",
        CypherErrorKind.ArgumentError => "Neo.ClientError.Statement.ArgumentError",
        CypherErrorKind.ArithmeticError => "Neo.ClientError.Statement.ArithmeticError",
        CypherErrorKind.ParameterMissing => "Neo.ClientError.Statement.ParameterMissing",
        CypherErrorKind.ConstraintValidationFailed => "Neo.ClientError.Schema.ConstraintValidationFailed",
        CypherErrorKind.ConstraintCreationFailed => "Neo.ClientError.Schema.ConstraintCreationFailed",
        CypherErrorKind.SchemaRuleAlreadyExists => "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
        CypherErrorKind.SchemaRuleNotFound => "Neo.ClientError.Schema.ConstraintDropFailed",
        CypherErrorKind.EntityNotFound => "Neo.ClientError.Statement.EntityNotFound",
        CypherErrorKind.Unsupported => "Neo.ClientError.Statement.FeatureNotSupported",
        CypherErrorKind.TransactionClosed => "Neo.ClientError.Transaction.TransactionNotFound",
        CypherErrorKind.StoreLocked => "Neo.TransientError.Database.DatabaseUnavailable",
        CypherErrorKind.StoreCorrupt => "Neo.DatabaseError.General.StorageDamageDetected",
        CypherErrorKind.StoreFull => "Neo.DatabaseError.Transaction.TransactionCommitFailed",
        CypherErrorKind.StoreReadOnly => "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
        CypherErrorKind.ExternalResourceFailed => "Neo.ClientError.Statement.ExternalResourceFailed",
        _ => "Neo.DatabaseError.General.UnknownError",
    };
}
