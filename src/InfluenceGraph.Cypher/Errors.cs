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

    // Lexer and parser.

    public static CypherException UnexpectedCharacter(char c, int line, int column) => Syntax($"Unexpected character '{c}'", line, column);

    public static CypherException UnterminatedComment(int line, int column) => Syntax("Unterminated comment: expected '*/'", line, column);

    public static CypherException InvalidNumber(string text, int line, int column) => Syntax($"Invalid number literal '{text}'", line, column);

    public static CypherException IntegerTooLarge(string text, int line, int column) => Syntax($"Integer literal '{text}' is too large", line, column);

    public static CypherException FloatTooLarge(string text, int line, int column) => Syntax($"Float literal '{text}' is too large", line, column);

    public static CypherException InvalidUnicodeEscape(int width, int line, int column) =>
        Syntax($"Invalid unicode escape: expected {width} hexadecimal digits", line, column);

    public static CypherException InvalidEscape(char escape, int line, int column) => Syntax($"Invalid escape sequence '\\{escape}'", line, column);

    public static CypherException EmptyStatement() => Syntax("Unexpected end of input: expected a statement", 1, 1);

    public static CypherException MoreThanOneStatement(SourcePos second) =>
        Syntax("Expected a single statement but found more than one; run a script with RunScript", second.Line, second.Column);

    public static CypherException InvalidLengthBound(Token at) => Syntax($"Invalid length bound '{at.Text}'", at.Line, at.Column);

    public static CypherException OldConstraintSyntax(Token at) =>
        Syntax("CREATE CONSTRAINT ... ON ... ASSERT is Neo4j 4 syntax; write FOR (v:Label) REQUIRE v.prop IS UNIQUE", at.Line, at.Column);

    public static CypherException OldDropConstraintSyntax(Token at) =>
        Syntax("DROP CONSTRAINT ON ... is Neo4j 4 syntax; drop the constraint by name", at.Line, at.Column);

    public static CypherException UnknownFunction(string name, Token at) => Semantic($"Unknown function '{name}'", at.Line, at.Column);

    public static CypherException ExistsArgument(Token at) => Semantic("exists() takes a property (exists(n.prop)) or a pattern", at.Line, at.Column);

    // Semantic analysis (before any row flows).

    public static CypherException MixedUnion(SourcePos pos) => Semantic("Invalid combination of UNION and UNION ALL", pos);

    public static CypherException UnionColumns(SourcePos pos) => Semantic("All sub queries in an UNION must have the same return column names", pos);

    public static CypherException ReturnNotLast(SourcePos pos) => Semantic("RETURN can only be used at the end of the query", pos);

    public static CypherException QueryEnd(string clause, SourcePos pos) =>
        Semantic($"Query cannot conclude with {clause} (must be a RETURN clause, or an update clause)", pos);

    public static CypherException ReturnStarWithoutVariables() => Semantic("RETURN * is not allowed when there are no variables in scope");

    public static CypherException WithNeedsAlias(string text, SourcePos pos) => Semantic($"Expression in WITH must be aliased (use AS): {text}", pos);

    public static CypherException DuplicateColumn(string name, SourcePos pos) =>
        Semantic($"Multiple result columns with the same name are not supported: {name}", pos);

    public static CypherException MisplacedAggregate(SourcePos pos) =>
        Semantic("Invalid use of aggregating function: only allowed in RETURN, WITH and ORDER BY", pos);

    public static CypherException OrderByAggregate(SourcePos pos) =>
        Semantic("Invalid use of aggregating function in ORDER BY: the projection does not aggregate", pos);

    public static CypherException NestedAggregate(SourcePos pos) => Semantic("Can't use aggregate functions inside of aggregate functions", pos);

    public static CypherException Arity(string function, int min, int max, int actual, SourcePos pos) =>
        Semantic(min == max
            ? $"Function {function}() takes {min} argument{(min == 1 ? "" : "s")}, not {actual}"
            : $"Function {function}() takes {min} to {max} arguments, not {actual}", pos);

    public static CypherException VariableTypeConflict(string name, string existing, string wanted, SourcePos pos) =>
        Semantic($"Type mismatch: `{name}` is already defined with type {existing}, so it cannot be used as a {wanted} here", pos);

    public static CypherException AlreadyDeclared(string name, SourcePos pos) => Semantic($"Variable `{name}` already declared", pos);

    public static CypherException BoundNodeRedeclared(string name, SourcePos pos) =>
        Semantic($"Variable `{name}` already declared: a bound node can only be used as an endpoint here", pos);

    public static CypherException RelationshipVariableReused(string name, SourcePos pos) =>
        Semantic($"Cannot use the same relationship variable '{name}' for multiple relationships", pos);

    public static CypherException ParameterMapInPattern(string name, SourcePos pos) =>
        Semantic($"Parameter maps cannot be used in MATCH or MERGE patterns (use a literal map instead, e.g. {{id: ${name}.id}})", pos);

    public static CypherException CreateVariableLength(SourcePos pos) => Semantic("Variable length relationships cannot be used in CREATE or MERGE", pos);

    public static CypherException CreateNeedsOneType(SourcePos pos) => Semantic("Exactly one relationship type must be specified for CREATE and MERGE", pos);

    public static CypherException CreateNeedsDirection(SourcePos pos) => Semantic("Only directed relationships are supported in CREATE", pos);

    public static CypherException CreateOnNullNode(string name, SourcePos pos) =>
        Semantic($"Failed to create relationship: node `{name}` is null (an OPTIONAL MATCH found nothing)", pos);

    public static CypherException DeleteLabel(SourcePos pos) => Semantic("DELETE takes nodes, relationships or paths; to remove a label use REMOVE n:Label", pos);

    public static CypherException DeleteValue(SourcePos pos) => Type("DELETE takes nodes, relationships or paths", pos);

    public static CypherException ShortestPathShape(Token at) =>
        Syntax($"{at.Text}(...) requires a pattern containing a single relationship", at.Line, at.Column);

    public static CypherException ShortestPathMinLength(Token at) =>
        Syntax($"{at.Text}(...) does not support a minimal length different from 0 or 1", at.Line, at.Column);

    public static CypherException ShortestPathInUpdate(string clause, SourcePos pos) =>
        Syntax($"shortestPath(...) and allShortestPaths(...) cannot be used in {clause}", pos.Line, pos.Column);

    public static CypherException PathProperty(string name, SourcePos pos) => Type($"Type mismatch: `{name}` is a Path, which has no properties", pos);

    public static CypherException LengthOfNonPath(string name, string kind, SourcePos pos) =>
        Type($"Type mismatch: length() expects a Path but `{name}` is a {kind}", pos);

    // Evaluation.

    public static CypherException PropertyOfNonEntity(object? target, string key, SourcePos pos) =>
        Type($"Type mismatch: expected a map, node or relationship but was {Values.TypeName(target)} (looking up .{key})", pos);

    public static CypherException OperandTypes(string op, object? left, object? right, SourcePos pos) =>
        Type($"Cannot apply {op} to {Values.TypeName(left)} and {Values.TypeName(right)}", pos);

    public static CypherException IntegerOverflow(SourcePos pos) => Arithmetic("long overflow", pos);

    public static CypherException DivisionByZero(SourcePos pos) => Arithmetic("/ by zero", pos);

    public static CypherException DynamicName(object? value, SourcePos pos) =>
        Type($"A dynamic label or type must be a non-empty string, not {Values.Display(value)}", pos);

    public static CypherException MixedListProperty(SourcePos pos) =>
        Type("Neo4j only supports a subset of Cypher types for storage as singleton or array properties: the list mixes types", pos);

    public static CypherException InvalidRowCount(string clause, object? value, SourcePos pos) =>
        Argument($"Invalid input for {clause}: '{Values.Display(value)}' is not a valid value. Must be a non-negative integer.", pos);

    public static CypherException InvalidRegex(string pattern, string reason) => Argument($"Invalid regular expression '{pattern}': {reason}");

    public static CypherException ParameterType(string name, object value) =>
        Argument($"Parameter ${name} has a value of type {value.GetType().Name}, which Cypher cannot take");

    public static CypherException DateText(string text, SourcePos pos) => Argument($"Text cannot be parsed to a Date: \"{text}\"", pos);

    public static CypherException DateNeedsYear(SourcePos pos) => Argument("date({...}) needs at least a year", pos);

    public static CypherException InvalidDate(object? map, SourcePos pos) => Argument($"Invalid date {Values.Display(map)}", pos);

    public static CypherException DateComponent(string key, SourcePos pos) => Argument($"Date has no component '{key}'", pos);

    public static CypherException PercentileRange(object? value, SourcePos pos) =>
        Argument($"Percentile must be a number between 0.0 and 1.0, not {Values.Display(value)}", pos);

    public static CypherException RangeStepZero(SourcePos pos) => Argument("range() step cannot be 0", pos);

    public static CypherException RangeTooLarge(SourcePos pos) => Argument("range() is too large", pos);

    public static CypherException NonNegativeArgument(string function, string argument, SourcePos pos) =>
        Argument($"{function}() {argument} must be a non-negative integer", pos);
}
