namespace InfluenceGraph.GraphQL;

internal static partial class Messages
{
    public static string SourceNotOfType(string type, string field) => $"The source of field \"{field}\" is not a {type}.";

    public static string CannotConvertArgument(string value, string type) => $"Cannot convert argument value {value} to {type}.";

    public static string NonNullFieldReturnedNull(string parent, string field) => $"Cannot return null for non-nullable field {parent}.{field}.";

    public static string ExpectedIterable(string parent, string field) => $"Expected Iterable, but did not find one for field \"{parent}.{field}\".";

    public static string AbstractTypeUnresolved(string type, string parent, string field) =>
        $"Abstract type \"{type}\" must resolve to an Object type at runtime for field \"{parent}.{field}\". Either the \"{type}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";

    public static string AbstractTypeResolvedToUnknown(string type, string name) =>
        $"Abstract type \"{type}\" was resolved to a type \"{name}\" that does not exist inside the schema.";

    public static string RuntimeTypeNotPossible(string runtime, string type) =>
        $"Runtime Object type \"{runtime}\" is not a possible type for \"{type}\".";

    public static string ArgumentRequired(string name, string type) => $"Argument \"{name}\" of required type \"{type}\" was not provided.";

    public static string ArgumentNonNullIsNull(string name, string type) => $"Argument \"{name}\" of non-null type \"{type}\" must not be null.";

    public static string ArgumentInvalid(string name, string literal) => $"Argument \"{name}\" has invalid value {literal}.";

    public static string VariableRequired(string name, string type) =>
        $"Variable \"${name}\" has invalid value: Expected a value of non-null type \"{type}\" to be provided.";

    public static string VariableNonNullIsNull(string name, string type) =>
        $"Variable \"${name}\" has invalid value: Expected value of non-null type \"{type}\" not to be null.";

    // graphql-js 17 wording; the path inside the value starts at the variable ("$r.stars", "$e[1]").
    public static string VariableInvalid(string name, string at, string detail) =>
        $"Variable \"${name}\" has invalid value{(at.Length == 0 ? string.Empty : $" at \"${name}{(at.StartsWith('[') ? at : "." + at)}\"")}: {detail}";

    public static string ExpectedNonNull(string type) => $"Expected non-nullable type \"{type}\" not to be null.";

    public static string ExpectedObject(string type) => $"Expected type \"{type}\" to be an object.";

    public static string InputFieldRequired(string field, string type) => $"Field \"{field}\" of required type \"{type}\" was not provided.";

    public static string InputFieldUnknown(string field, string type) => $"Field \"{field}\" is not defined by type \"{type}\".";

    public static string OneOfExactlyOne(string type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    public const string UnexpectedError = "Unexpected error.";

    public const string IntrospectionDisabled = "GraphQL introspection is not allowed, but the query contained __schema or __type.";

    public const string MustProvideOperation = "Must provide an operation.";

    public const string MustProvideOperationName = "Must provide operation name if query contains multiple operations.";

    public static string UnknownOperation(string name) => $"Unknown operation named \"{name}\".";

    public static string OperationNotSupported(string operation) => $"Schema is not configured to execute {operation} operation.";

    public static string OperationNotAllowed(string operation) => operation == "subscription"
        ? "A subscription needs a transport that streams: Server-Sent Events (Accept: text/event-stream) or graphql-transport-ws."
        : $"Can only perform a {operation} operation from a POST request.";

    public static string OperationKindNotAllowed(string operation) => $"{operation} operations are not allowed here.";

    public static string DocumentTooLong(int limit) => $"Document is longer than the limit of {limit} characters.";

    public static string DocumentTooDeep(int depth, int limit) => $"Query depth {depth} exceeds the maximum depth of {limit}.";

    public const string CostLimitCode = "COST_LIMIT_EXCEEDED";

    public static string CostTooHigh(long cost, long limit) => $"Query cost {cost} exceeds the maximum cost of {limit}.";

    public const string TimeoutCode = "EXECUTION_TIMEOUT";

    public static string ExecutionTimedOut(TimeSpan limit) => $"Execution exceeded {(long)limit.TotalMilliseconds} ms.";

    public static string NoSubscriber(string type, string field) => $"Subscription field \"{type}.{field}\" has no event stream.";
}
