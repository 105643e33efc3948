using InfluenceGraph.Cypher.Execution;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher;

/// <summary>Every error message the engine raises, in one place.</summary>
internal static class Errors
{
    public static CypherException Syntax(string message, int line, int column, string detail = "UnexpectedSyntax") =>
        new(CypherErrorKind.SyntaxError, message, line, column, detail: detail);

    public static CypherException Expected(string expected, Token found) =>
        new(CypherErrorKind.SyntaxError, $"Invalid input {found.Describe()}: expected {expected}", found.Line, found.Column, detail: "UnexpectedSyntax");

    /// <summary>
    /// A statement rejected by semantic analysis. Neo4j reports these with the status Neo.ClientError.Statement.SyntaxError,
    /// and the openCypher TCK expects the class SyntaxError; the detail names the check (TCK vocabulary).
    /// </summary>
    private static CypherException Compile(string detail, string message, SourcePos pos) =>
        new(CypherErrorKind.SyntaxError, message, pos.Line, pos.Column, detail: detail);

    private static CypherException Compile(string detail, string message, Token at) =>
        new(CypherErrorKind.SyntaxError, message, at.Line, at.Column, detail: detail);

    public static CypherException Unsupported(string construct, Token at) =>
        new(CypherErrorKind.Unsupported, $"{construct} is not supported by the embedded engine; run it against Neo4j", at.Line, at.Column);

    public static CypherException TooDeeplyNested(int limit, Token at) =>
        new(CypherErrorKind.SyntaxError, $"Expressions nest more than {limit} levels deep here (parentheses, lists, operator chains); the embedded engine stops there rather than exhaust its stack", at.Line, at.Column);

    public static CypherException Semantic(string message, int line = 0, int column = 0) =>
        new(CypherErrorKind.SemanticError, message, line, column);

    public static CypherException Semantic(string message, SourcePos pos) => Semantic(message, pos.Line, pos.Column);

    public static CypherException VariableNotDefined(string name, SourcePos pos) => Compile("UndefinedVariable", $"Variable `{name}` not defined", pos);

    public static CypherException Type(string message, SourcePos pos = default, string detail = "InvalidArgumentType") =>
        new(CypherErrorKind.TypeError, message, pos.Line, pos.Column, detail: detail);

    public static CypherException TypeMismatch(string expected, object? actual, SourcePos pos = default) =>
        Type($"Type mismatch: expected {expected} but was {Values.TypeName(actual)}", pos);

    /// <summary>A function given an argument of a type it cannot take (TCK: InvalidArgumentValue).</summary>
    public static CypherException ArgumentTypeMismatch(string expected, object? actual, SourcePos pos = default) =>
        Type($"Type mismatch: expected {expected} but was {Values.TypeName(actual)}", pos, "InvalidArgumentValue");

    /// <summary>A type error visible in the query text itself, such as <c>NOT 1</c>.</summary>
    public static CypherException CompileTypeMismatch(string expected, object? actual, SourcePos pos) =>
        Compile("InvalidArgumentType", $"Type mismatch: expected {expected} but was {Values.TypeName(actual)}", pos);

    public static CypherException CompileKindMismatch(string expected, string variable, string kind, SourcePos pos) =>
        Compile("InvalidArgumentType", $"Type mismatch: expected {expected} but `{variable}` is a {kind}", pos);

    /// <summary>Property access on a value whose type the query text fixes and which has no properties.</summary>
    public static CypherException CompilePropertyOfNonMap(string variable, string key, SourcePos pos) =>
        new(CypherErrorKind.TypeError, $"Type mismatch: `{variable}` holds a value that is not a map, node or relationship (looking up .{key})",
            pos.Line, pos.Column, detail: "InvalidArgumentType");

    public static CypherException Argument(string message, SourcePos pos = default, string detail = "InvalidArgumentValue") =>
        new(CypherErrorKind.ArgumentError, message, pos.Line, pos.Column, detail: detail);

    public static CypherException Arithmetic(string message, SourcePos pos = default) =>
        new(CypherErrorKind.ArithmeticError, message, pos.Line, pos.Column);

    public static CypherException ParameterMissing(string name, SourcePos pos) =>
        new(CypherErrorKind.ParameterMissing, $"Expected parameter(s): {name}", pos.Line, pos.Column, detail: "MissingParameter");

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
            $"Cannot delete node<{nodeId}>, because it still has relationships. To delete this node, you must first delete its relationships (or use DETACH DELETE)",
            detail: "DeleteConnectedNode");

    public static CypherException DeletedEntity(string what, long id, SourcePos pos = default) =>
        new(CypherErrorKind.EntityNotFound, $"{what} with id {id} has been deleted in this transaction", pos.Line, pos.Column, detail: "DeletedEntityAccess");

    public static CypherException InvalidPropertyValue(object? value, SourcePos pos = default) =>
        Type($"Property values can only be of primitive types or arrays thereof; got {Values.TypeName(value)}", pos, "InvalidPropertyType");

    public static CypherException MergeNullProperty(string kind, string key, SourcePos pos) =>
        new(CypherErrorKind.SemanticError, $"Cannot merge the following {kind} because of null property value for '{key}'", pos.Line, pos.Column,
            detail: "MergeReadOwnWrites");

    public static CypherException WriteInReadTransaction() =>
        new(CypherErrorKind.SemanticError, "Writing in a read transaction is not allowed; begin a write transaction (BeginTransaction) instead");

    public static CypherException TransactionClosed() =>
        new(CypherErrorKind.TransactionClosed, "The transaction has been committed, rolled back or has failed; begin a new one");

    public static CypherException StoreLocked(string directory, Exception inner) =>
        new(CypherErrorKind.StoreLocked, $"The data directory '{directory}' is in use by another process (or another open CypherDatabase); close it first", inner: inner);

    public static CypherException StoreReadOnly(string directory, Exception inner) =>
        new(CypherErrorKind.StoreReadOnly, $"The data directory '{directory}' cannot be written by this user ({inner.Message}); give this user write access to it, or choose another directory", inner: inner);

    /// <summary>A commit the file system refused for want of write access (a read-only remount, changed permissions); no path, as clients see it.</summary>
    public static CypherException CommitNotWritable(Exception inner) =>
        new(CypherErrorKind.StoreReadOnly, "The data directory cannot be written by this user any more (read-only file system or changed permissions): this write was not committed, and nothing of it was kept; what was committed before is safe", inner: inner);

    public static CypherException StoreFull(string directory, Exception inner) =>
        new(CypherErrorKind.StoreFull, $"The disk holding the data directory '{directory}' is full; free space on it and start again", inner: inner);

    /// <summary>A commit refused by a full disk; no path, as clients see it.</summary>
    public static CypherException CommitDiskFull(Exception inner) =>
        new(CypherErrorKind.StoreFull, "The disk holding the store is full: this write was not committed, and nothing of it was kept; what was committed before is safe. Writes succeed again once space is freed", inner: inner);

    /// <summary>The journal could not be cut back after a failed commit; nothing more is appended until it can be.</summary>
    public static CypherException JournalTailUnrepaired(Exception inner) =>
        new(CypherErrorKind.StoreFull, "The journal's tail could not be cut back after a failed write (the disk is still full or failing): no write is committed until it can be; what was committed before is safe", inner: inner);

    public static CypherException StoreCorrupt(string file, long offset, string reason) =>
        new(CypherErrorKind.StoreCorrupt, $"The journal '{file}' is damaged at offset {offset}: {reason}. Restore it from a backup; the engine will not guess past damage");

    // Lexer and parser.

    public static CypherException UnexpectedCharacter(char c, int line, int column) =>
        Syntax($"Unexpected character '{c}'", line, column,
            char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DashPunctuation ? "InvalidUnicodeCharacter" : "UnexpectedSyntax");

    public static CypherException UnterminatedComment(int line, int column) => Syntax("Unterminated comment: expected '*/'", line, column);

    public static CypherException InvalidNumber(string text, int line, int column) => Syntax($"Invalid number literal '{text}'", line, column, "InvalidNumberLiteral");

    public static CypherException IntegerTooLarge(string text, int line, int column) => Syntax($"Integer literal '{text}' is too large", line, column, "IntegerOverflow");

    public static CypherException FloatTooLarge(string text, int line, int column) => Syntax($"Float literal '{text}' is too large", line, column, "FloatingPointOverflow");

    public static CypherException InvalidUnicodeEscape(int width, int line, int column) =>
        Syntax($"Invalid unicode escape: expected {width} hexadecimal digits", line, column, "InvalidUnicodeLiteral");

    public static CypherException InvalidEscape(char escape, int line, int column) => Syntax($"Invalid escape sequence '\\{escape}'", line, column);

    public static CypherException EmptyStatement() => Syntax("Unexpected end of input: expected a statement", 1, 1);

    public static CypherException MoreThanOneStatement(SourcePos second) =>
        Syntax("Expected a single statement but found more than one; run a script with RunScript", second.Line, second.Column);

    public static CypherException InvalidLengthBound(Token at) => Syntax($"Invalid length bound '{at.Text}'", at.Line, at.Column);

    public static CypherException RangeWithoutAsterisk(Token at) =>
        Compile("InvalidRelationshipPattern", "A variable-length relationship needs '*' before its range: write [:TYPE*1..3], [:TYPE*..3] or [:TYPE*]", at);

    public static CypherException NegativeLengthBound(Token at) =>
        Compile("InvalidRelationshipPattern", "A variable-length relationship's bounds are 0 or more; a negative bound matches nothing", at);

    public static CypherException OldConstraintSyntax(Token at) =>
        Syntax("CREATE CONSTRAINT ... ON ... ASSERT is Neo4j 4 syntax; write FOR (v:Label) REQUIRE v.prop IS UNIQUE", at.Line, at.Column);

    public static CypherException OldDropConstraintSyntax(Token at) =>
        Syntax("DROP CONSTRAINT ON ... is Neo4j 4 syntax; drop the constraint by name", at.Line, at.Column);

    public static CypherException UnknownFunction(string name, Token at) => Compile("UnknownFunction", $"Unknown function '{name}'", at);

    public static CypherException ExistsArgument(Token at) => Semantic("exists() takes a property (exists(n.prop)) or a pattern", at.Line, at.Column);

    // Semantic analysis (before any row flows).

    public static CypherException PatternAsValue(SourcePos pos) =>
        Compile("UnexpectedSyntax", "A pattern expression should only be used to test whether a pattern exists (in WHERE, or with AND, OR, NOT, exists()); use a pattern comprehension or COUNT { } for a value", pos);

    public static CypherException UpdateInSubqueryExpression(string kind, SourcePos pos) =>
        Compile("InvalidClauseComposition", $"An {kind} {{ }} subquery cannot contain an updating clause (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH)", pos);

    public static CypherException AlreadyDeclaredInOuterScope(string name, SourcePos pos) =>
        Compile("VariableAlreadyBound", $"The variable `{name}` returned by the CALL subquery is already declared in the outer scope", pos);

    public static CypherException ImportingWithNotSimple(string text, SourcePos pos) =>
        Compile("InvalidClauseComposition", $"Importing WITH should consist only of simple references to outside variables, not '{text}'; alias it in a second WITH", pos);

    public static CypherException ImportingWithWhere(SourcePos pos) =>
        Compile("InvalidClauseComposition", "Importing WITH should consist only of simple references to outside variables; WHERE is not allowed: filter in a second WITH or a MATCH", pos);

    public static CypherException InTransactionsInExplicitTransaction(SourcePos pos) =>
        new(CypherErrorKind.SemanticError, "A query with 'CALL { ... } IN TRANSACTIONS' can only be executed in an implicit transaction, but tried to execute in an explicit transaction (a script applied as one transaction is one too); run the statement on its own, in auto-commit",
            pos.Line, pos.Column);

    public static CypherException BatchSize(object? value, SourcePos pos) =>
        Argument($"IN TRANSACTIONS OF n ROWS takes a positive integer, not {Values.Display(value)}", pos);

    public static CypherException InTransactionsNested(SourcePos pos) =>
        Compile("InvalidClauseComposition", "CALL { ... } IN TRANSACTIONS cannot be nested in another subquery", pos);

    public static CypherException MixedUnion(SourcePos pos) => Compile("InvalidClauseComposition", "Invalid combination of UNION and UNION ALL", pos);

    public static CypherException UnionColumns(SourcePos pos) => Compile("DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names", pos);

    public static CypherException ReturnNotLast(SourcePos pos) => Compile("InvalidClauseComposition", "RETURN can only be used at the end of the query", pos);

    public static CypherException QueryEnd(string clause, SourcePos pos) =>
        Compile("InvalidClauseComposition", $"Query cannot conclude with {clause} (must be a RETURN clause, or an update clause)", pos);

    public static CypherException ReturnStarWithoutVariables(SourcePos pos = default) =>
        Compile("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope", pos);

    public static CypherException WithNeedsAlias(string text, SourcePos pos) => Compile("NoExpressionAlias", $"Expression in WITH must be aliased (use AS): {text}", pos);

    public static CypherException DuplicateColumn(string name, SourcePos pos) =>
        Compile("ColumnNameConflict", $"Multiple result columns with the same name are not supported: {name}", pos);

    public static CypherException AmbiguousAggregation(SourcePos pos) =>
        Compile("AmbiguousAggregationExpression",
            "Aggregation column contains implicit grouping expressions: outside its aggregates it may only use grouping keys", pos);

    public static CypherException NonConstantRowCount(SourcePos pos) =>
        Compile("NonConstantExpression", "SKIP and LIMIT take a constant expression; it cannot read variables", pos);

    public static CypherException NegativeRowCount(object? value, SourcePos pos) =>
        Compile("NegativeIntegerArgument", $"Invalid input '{Values.Display(value)}': SKIP and LIMIT take a non-negative integer", pos);

    public static CypherException RowCountType(object? value, SourcePos pos) =>
        Compile("InvalidArgumentType", $"Invalid input '{Values.Display(value)}': SKIP and LIMIT take an integer, not {Values.TypeName(value)}", pos);

    public static CypherException MisplacedAggregate(SourcePos pos) =>
        Compile("InvalidAggregation", "Invalid use of aggregating function: only allowed in RETURN, WITH and ORDER BY", pos);

    public static CypherException OrderByAggregate(SourcePos pos) =>
        Compile("InvalidAggregation", "Invalid use of aggregating function in ORDER BY: the projection does not aggregate", pos);

    public static CypherException NestedAggregate(SourcePos pos) => Compile("NestedAggregation", "Can't use aggregate functions inside of aggregate functions", pos);

    public static CypherException RandomInAggregate(SourcePos pos) =>
        Compile("NonConstantExpression", "Can't use non-deterministic (random) functions inside of aggregate functions", pos);

    public static CypherException Arity(string function, int min, int max, int actual, SourcePos pos) =>
        Compile("InvalidNumberOfArguments", min == max
            ? $"Function {function}() takes {min} argument{(min == 1 ? "" : "s")}, not {actual}"
            : $"Function {function}() takes {min} to {max} arguments, not {actual}", pos);

    public static CypherException VariableTypeConflict(string name, string existing, string wanted, SourcePos pos) =>
        Compile("VariableTypeConflict", $"Type mismatch: `{name}` is already defined with type {existing}, so it cannot be used as a {wanted} here", pos);

    public static CypherException AlreadyDeclared(string name, SourcePos pos) => Compile("VariableAlreadyBound", $"Variable `{name}` already declared", pos);

    public static CypherException BoundNodeRedeclared(string name, SourcePos pos) =>
        Compile("VariableAlreadyBound", $"Variable `{name}` already declared: a bound node can only be used as an endpoint here", pos);

    public static CypherException RelationshipVariableReused(string name, SourcePos pos) =>
        Compile("RelationshipUniquenessViolation", $"Cannot use the same relationship variable '{name}' for multiple relationships", pos);

    public static CypherException ParameterMapInPattern(string name, SourcePos pos) =>
        Compile("InvalidParameterUse", $"Parameter maps cannot be used in MATCH or MERGE patterns (use a literal map instead, e.g. {{id: ${name}.id}})", pos);

    public static CypherException CreateVariableLength(SourcePos pos) => Compile("CreatingVarLength", "Variable length relationships cannot be used in CREATE or MERGE", pos);

    public static CypherException CreateNeedsOneType(SourcePos pos) => Compile("NoSingleRelationshipType", "Exactly one relationship type must be specified for CREATE and MERGE", pos);

    public static CypherException CreateNeedsDirection(SourcePos pos) => Compile("RequiresDirectedRelationship", "Only directed relationships are supported in CREATE", pos);

    public static CypherException CreateOnNullNode(string name, SourcePos pos) =>
        Semantic($"Failed to create relationship: node `{name}` is null (an OPTIONAL MATCH found nothing)", pos);

    public static CypherException DeleteLabel(SourcePos pos) => Compile("InvalidDelete", "DELETE takes nodes, relationships or paths; to remove a label use REMOVE n:Label", pos);

    public static CypherException DeleteValue(SourcePos pos) => Compile("InvalidArgumentType", "DELETE takes nodes, relationships or paths", pos);

    public static CypherException ShortestPathShape(Token at) =>
        Syntax($"{at.Text}(...) requires a pattern containing a single relationship", at.Line, at.Column);

    public static CypherException ShortestPathMinLength(Token at) =>
        Syntax($"{at.Text}(...) does not support a minimal length different from 0 or 1", at.Line, at.Column);

    public static CypherException ShortestPathInUpdate(string clause, SourcePos pos) =>
        Syntax($"shortestPath(...) and allShortestPaths(...) cannot be used in {clause}", pos.Line, pos.Column);

    public static CypherException PathProperty(string name, SourcePos pos) => Compile("InvalidArgumentType", $"Type mismatch: `{name}` is a Path, which has no properties", pos);

    public static CypherException LengthOfNonPath(string name, string kind, SourcePos pos) =>
        Compile("InvalidArgumentType", $"Type mismatch: length() expects a Path but `{name}` is a {kind}", pos);

    // Evaluation.

    public static CypherException PropertyOfNonEntity(object? target, string key, SourcePos pos) =>
        Type($"Type mismatch: expected a map, node or relationship but was {Values.TypeName(target)} (looking up .{key})", pos);

    public static CypherException OperandTypes(string op, object? left, object? right, SourcePos pos) =>
        Type($"Cannot apply {op} to {Values.TypeName(left)} and {Values.TypeName(right)}", pos);

    public static CypherException IntegerOverflow(SourcePos pos) => new(CypherErrorKind.ArithmeticError, "long overflow", pos.Line, pos.Column, detail: "IntegerOverflow");

    public static CypherException DivisionByZero(SourcePos pos) => new(CypherErrorKind.ArithmeticError, "/ by zero", pos.Line, pos.Column, detail: "DivisionByZero");

    public static CypherException DynamicName(object? value, SourcePos pos) =>
        Type($"A dynamic label or type must be a non-empty string, not {Values.Display(value)}", pos);

    public static CypherException MixedListProperty(SourcePos pos) =>
        Type("Neo4j only supports a subset of Cypher types for storage as singleton or array properties: the list mixes types", pos);

    public static CypherException InvalidRowCount(string clause, object? value, SourcePos pos) =>
        // The TCK (main) expects SyntaxError here even for a parameter found bad at runtime.
        new(CypherErrorKind.SyntaxError, $"Invalid input for {clause}: '{Values.Display(value)}' is not a valid value. Must be a non-negative integer.",
            pos.Line, pos.Column, detail: value is long and < 0 || value is double and < 0 ? "NegativeIntegerArgument" : "InvalidArgumentType");

    public static CypherException InvalidRegex(string pattern, string reason) => Argument($"Invalid regular expression '{pattern}': {reason}");

    public static CypherException ParameterType(string name, object value) =>
        Argument($"Parameter ${name} has a value of type {value.GetType().Name}, which Cypher cannot take");

    public static CypherException DateText(string text, SourcePos pos) => Argument($"Text cannot be parsed to a Date: \"{text}\"", pos);

    public static CypherException DateNeedsYear(SourcePos pos) => Argument("date({...}) needs at least a year", pos);

    public static CypherException InvalidDate(object? map, SourcePos pos) => Argument($"Invalid date {Values.Display(map)}", pos);

    public static CypherException DateComponent(string key, SourcePos pos) => Argument($"Date has no component '{key}'", pos);

    public static CypherException TemporalText(string type, string text, SourcePos pos) => Argument($"Text cannot be parsed to a {type}: \"{text}\"", pos);

    public static CypherException TemporalComponent(string type, string key, SourcePos pos) => Argument($"{type} has no component '{key}'", pos);

    public static CypherException TemporalComponentRange(string key, long value, SourcePos pos) => Argument($"Invalid value for {key}: {value}", pos);

    public static CypherException TruncateUnit(string unit, SourcePos pos) => Argument($"Cannot truncate to the unit '{unit}'", pos);

    public static CypherException UnknownTimeZone(string zone, SourcePos pos) => Argument($"Unknown time zone '{zone}'", pos);

    public static CypherException TemporalOverflow(SourcePos pos) => Argument("The temporal value is out of range (years 1 to 9999)", pos);

    public static CypherException ArityAtRuntime(string function, int expected, int actual, SourcePos pos) =>
        Argument($"Function {function}() takes {expected} argument{(expected == 1 ? "" : "s")}, not {actual}", pos, "InvalidNumberOfArguments");

    public static CypherException PercentileRange(object? value, SourcePos pos) =>
        Argument($"Percentile must be a number between 0.0 and 1.0, not {Values.Display(value)}", pos, "NumberOutOfRange");

    public static CypherException RangeStepZero(SourcePos pos) => Argument("range() step cannot be 0", pos, "NumberOutOfRange");

    public static CypherException RangeArgument(object? value, SourcePos pos) =>
        Argument($"range() takes integers, not {Values.TypeName(value)}", pos, "InvalidArgumentType");

    public static CypherException MapKeyType(object? key, SourcePos pos) =>
        Type($"Type mismatch: a map is indexed by a String, not {Values.TypeName(key)}", pos, "MapElementAccessByNonString");

    public static CypherException NestedAggregateInList(SourcePos pos) =>
        Compile("InvalidAggregation", "Aggregating functions cannot be used inside a list comprehension", pos);

    public static CypherException RangeTooLarge(SourcePos pos) => Argument("range() is too large", pos);

    public static CypherException NonNegativeArgument(string function, string argument, SourcePos pos) =>
        Argument($"{function}() {argument} must be a non-negative integer", pos);

    public static CypherException FieldTerminator(Token at) =>
        new(CypherErrorKind.SyntaxError, "FIELDTERMINATOR takes a string of one character, such as ';' or '\\t'", at.Line, at.Column, detail: "UnexpectedSyntax");

    public static CypherException LoadCsvOff(SourcePos pos) =>
        External("LOAD CSV is off: no import folder is configured", pos);

    public static CypherException LoadCsvUrl(SourcePos pos) => Type("LOAD CSV FROM takes a string URL such as 'file:///people.csv'", pos);

    public static CypherException LoadCsvScheme(string url, SourcePos pos) =>
        External($"LOAD CSV reads file:/// URLs inside the import folder only; '{url}' is refused", pos);

    public static CypherException LoadCsvOutside(string url, SourcePos pos) =>
        External($"LOAD CSV cannot read '{url}': it is outside the import folder", pos);

    public static CypherException LoadCsvMissing(string url, SourcePos pos) =>
        External($"LOAD CSV cannot read '{url}': no such file in the import folder", pos);

    public static CypherException LoadCsvUnreadable(string url, string reason, SourcePos pos) =>
        External($"LOAD CSV cannot read '{url}': {reason}", pos);

    public static CypherException CsvNotUtf8(string file, long line) =>
        External($"{file}:{line}: the file is not UTF-8 text");

    public static CypherException CsvUnterminatedQuote(string file, long line) =>
        External($"{file}:{line}: a quoted field starts here and is never closed");

    public static CypherException CsvTextAfterQuote(string file, long line) =>
        External($"{file}:{line}: text after a closing quote (a quote inside a quoted field is written twice: \"\")");

    public static CypherException CsvStrayQuote(string file, long line) =>
        External($"{file}:{line}: a quote inside an unquoted field (quote the whole field and double the quote)");

    public static CypherException CsvEmptyHeader(string file, long line) =>
        External($"{file}:{line}: WITH HEADERS needs a name for every column; this header line has an empty one");

    public static CypherException UnknownProcedure(string name, IEnumerable<string> known, SourcePos pos) =>
        new(CypherErrorKind.ProcedureError, $"There is no procedure with the name `{name}` registered with the embedded engine (registered: {string.Join(", ", known)})",
            pos.Line, pos.Column, detail: "ProcedureNotFound");

    public static CypherException ProcedureArity(string signature, int actual, SourcePos pos) =>
        Compile("InvalidNumberOfArguments", $"Procedure call provides {actual} argument{(actual == 1 ? "" : "s")}, which does not fit {signature}", pos);

    public static CypherException ProcedureArgumentType(string name, string parameter, object? actual, SourcePos pos) =>
        Compile("InvalidArgumentType", $"Type mismatch: {name} takes {parameter} but the argument is a {Values.TypeName(actual)}", pos);

    /// <summary>An argument whose type only the running query shows (a variable, a parameter, an expression).</summary>
    public static CypherException ProcedureArgumentValueType(string name, string parameter, object? actual, SourcePos pos) =>
        Type($"Type mismatch: {name} takes {parameter} but the argument is a {Values.TypeName(actual)}", pos);

    public static CypherException ImplicitArgumentsInQuery(string signature, SourcePos pos) =>
        Compile("InvalidArgumentPassingMode", $"Procedure call inside a query does not support passing arguments implicitly: give them in parentheses ({signature})", pos);

    public static CypherException YieldStarInQuery(SourcePos pos) =>
        Compile("UnexpectedSyntax", "YIELD * is only allowed in a standalone procedure call: name the outputs inside a query", pos);

    /// <summary>A call inside a query without YIELD binds none of the outputs the rest of the query would read (TCK Call1 [12]).</summary>
    public static CypherException ImplicitYieldInQuery(string signature, SourcePos pos) =>
        Compile("UndefinedVariable", $"Procedure call inside a query does not support naming results implicitly (name explicitly using `YIELD` instead): {signature}", pos);

    public static CypherException YieldFromVoid(string name, SourcePos pos) =>
        Compile("UndefinedVariable", $"Cannot yield value from void procedure {name}", pos);

    public static CypherException UnknownYield(string signature, string column, SourcePos pos) =>
        Compile("UndefinedVariable", $"Unknown procedure output: `{column}` ({signature})", pos);

    public static CypherException ProcedureFailed(string name, Exception inner, SourcePos pos) =>
        new(CypherErrorKind.ProcedureError, $"Procedure {name} failed: {inner.Message}", pos.Line, pos.Column, inner, detail: "ProcedureCallFailed");

    public static CypherException ProcedureRowWidth(string name, int actual, int expected, SourcePos pos) =>
        new(CypherErrorKind.ProcedureError, $"Procedure {name} returned a row of {actual} values; it has {expected} outputs", pos.Line, pos.Column, detail: "ProcedureCallFailed");

    public static CypherException ProcedureOutputType(string name, string column, object? actual, SourcePos pos) =>
        new(CypherErrorKind.ProcedureError, $"Procedure {name} returned a {Values.TypeName(actual)} for its output {column}", pos.Line, pos.Column, detail: "ProcedureCallFailed");

    private static CypherException External(string message, SourcePos pos = default) =>
        new(CypherErrorKind.ExternalResourceFailed, message, pos.Line, pos.Column);
}
