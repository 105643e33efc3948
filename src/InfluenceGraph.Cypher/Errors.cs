using InfluenceGraph.Cypher.Execution;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher;

/// <summary>Every error message the engine raises, in one place.</summary>
internal static class Errors
{
    public static CypherException Syntax(string message, int line, int column) =>
        new(CypherErrorKind.SyntaxError, message, line, column);

    public static CypherException Expected(string expected, Token found) =>
        new(CypherErrorKind.SyntaxError, $"Invalid input {found.Describe()}: expected {expected}", found.Line, found.Column);

    public static CypherException Unsupported(string construct, Token at) =>
        new(CypherErrorKind.Unsupported, $"{construct} is not supported by the embedded engine; run it against Neo4j", at.Line, at.Column);

    public static CypherException Semantic(string message, int line = 0, int column = 0) =>
        new(CypherErrorKind.SemanticError, message, line, column);

    public static CypherException Semantic(string message, SourcePos pos) => Semantic(message, pos.Line, pos.Column);

    public static CypherException VariableNotDefined(string name, SourcePos pos) => Semantic($"Variable `{name}` not defined", pos);

    public static CypherException Type(string message, SourcePos pos = default) =>
        new(CypherErrorKind.TypeError, message, pos.Line, pos.Column);

    public static CypherException TypeMismatch(string expected, object? actual, SourcePos pos = default) =>
        Type($"Type mismatch: expected {expected} but was {Values.TypeName(actual)}", pos);

    public static CypherException Argument(string message, SourcePos pos = default) =>
        new(CypherErrorKind.ArgumentError, message, pos.Line, pos.Column);

    public static CypherException Arithmetic(string message, SourcePos pos = default) =>
        new(CypherErrorKind.ArithmeticError, message, pos.Line, pos.Column);

    public static CypherException ParameterMissing(string name, SourcePos pos) =>
        new(CypherErrorKind.ParameterMissing, $"Expected parameter(s): {name}", pos.Line, pos.Column);

    public static CypherException UniqueViolation(long nodeId, string label, string property, object? value) =>
        new(CypherErrorKind.ConstraintValidationFailed,
            $"Node({nodeId}) already exists with label `{label}` and property `{property}` = {Values.ToLiteral(value)}");

    public static CypherException ConstraintCreation(string label, string property, object? value) =>
        new(CypherErrorKind.ConstraintCreationFailed,
            $"Unable to create a uniqueness constraint on :{label}({property}): two nodes share the value {Values.ToLiteral(value)}");

    public static CypherException ConstraintExists(string name) =>
        new(CypherErrorKind.SchemaRuleAlreadyExists, $"An equivalent constraint already exists: '{name}'");

    public static CypherException ConstraintNotFound(string name) =>
        new(CypherErrorKind.SchemaRuleNotFound, $"Unable to drop constraint `{name}`: no such constraint exists");

    public static CypherException DeleteConnectedNode(long nodeId) =>
        new(CypherErrorKind.ConstraintValidationFailed,
            $"Cannot delete node<{nodeId}>, because it still has relationships. To delete this node, you must first delete its relationships (or use DETACH DELETE)");

    public static CypherException DeletedEntity(string what, long id, SourcePos pos = default) =>
        new(CypherErrorKind.EntityNotFound, $"{what} with id {id} has been deleted in this transaction", pos.Line, pos.Column);

    public static CypherException InvalidPropertyValue(object? value, SourcePos pos = default) =>
        Type($"Property values can only be of primitive types or arrays thereof; got {Values.TypeName(value)}", pos);

    public static CypherException MergeNullProperty(string kind, string key, SourcePos pos) =>
        Semantic($"Cannot merge the following {kind} because of null property value for '{key}'", pos);

    public static CypherException TransactionClosed() =>
        new(CypherErrorKind.TransactionClosed, "The transaction has been committed, rolled back or has failed; begin a new one");

    public static CypherException StoreLocked(string directory, Exception inner) =>
        new(CypherErrorKind.StoreLocked, $"The data directory '{directory}' is in use by another process (or another open CypherDatabase); close it first", inner: inner);

    public static CypherException StoreCorrupt(string file, long offset, string reason) =>
        new(CypherErrorKind.StoreCorrupt, $"The journal '{file}' is damaged at offset {offset}: {reason}. Restore it from a backup; the engine will not guess past damage");
}
