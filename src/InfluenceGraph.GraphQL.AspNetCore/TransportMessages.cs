namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>Every message the transports and the request budgets write themselves, and the codes they put in extensions.</summary>
internal static class TransportMessages
{
    public const string NotAcceptable = $"Accept {GraphQLHttpEndpoints.Json} or {GraphQLHttpEndpoints.GraphQLResponseJson}.";

    public static string UnsupportedMediaType(string? contentType) =>
        $"Send the request as {GraphQLHttpEndpoints.Json}, not {contentType ?? "no content type"}.";

    public static string BodyTooLarge(long limit) => $"The request body is larger than {limit} bytes.";

    public static string WebSocketProtocolRequired(string protocol) => $"Open a WebSocket with the subprotocol {protocol}.";

    public static string OriginNotAllowed(string origin) => $"Pages from {origin} may not open GraphQL streams here.";

    public const string BodyNotObject = "The request body must be a JSON object.";

    public const string MissingQuery = "Missing query.";

    public const string QueryNotString = "The \"query\" parameter must be a string.";

    public const string OperationNameNotString = "The \"operationName\" parameter must be a string.";

    public static string MalformedJson(string detail) => $"The request body is not valid JSON: {detail}";

    public static string ParameterMalformed(string name, string detail) => $"The \"{name}\" parameter is not valid JSON: {detail}";

    public static string ParameterNotObject(string name) => $"The \"{name}\" parameter must be a JSON object.";

    public static string InvalidText(string detail) => $"The request holds text that is not valid Unicode: {detail}";

    public static string DocumentTooLong(int limit) => $"Document is longer than the limit of {limit} characters.";

    public static string TooManyTokens(int limit) => $"Document has more than the limit of {limit} tokens.";

    public static string DocumentTooDeep(int depth, int limit) => $"Query depth {depth} exceeds the maximum depth of {limit}.";

    public static string TooWide(long width, int limit) =>
        $"A selection set holds {width} fields once its fragments are expanded, more than the limit of {limit}.";

    public static string TooManySameName(int count, int limit) =>
        $"A selection set holds {count} fields under one response name once its fragments are expanded, more than the limit of {limit}.";

    public static string TooManyVariables(int count, int limit) => $"The operation defines {count} variables, more than the limit of {limit}.";

    public static string ListLiteralTooLong(int count, int limit) =>
        $"A list written in the query holds {count} items, more than the limit of {limit}; pass long lists as variables.";

    public static string TooManyFragments(int count, int limit) => $"The document defines {count} fragments, more than the limit of {limit}.";

    public static string TooManyAliases(int count, int limit) => $"The document holds {count} aliased fields, more than the limit of {limit}.";

    public static string TooManyRootFields(int count, int limit) => $"The operation selects {count} root fields, more than the limit of {limit}.";

    public static string CostTooHigh(long cost, long limit, bool stopped) => stopped
        ? $"Query cost exceeds the maximum cost of {limit} (the analysis stopped at {cost})."
        : $"Query cost {cost} exceeds the maximum cost of {limit}.";

    public static string ExecutionTimedOut(TimeSpan limit) => $"Execution exceeded {(long)limit.TotalMilliseconds} ms.";

    public static string OperationNotAllowed(string operation) => operation == "subscription"
        ? "A subscription needs a transport that streams: Server-Sent Events (Accept: text/event-stream) or graphql-transport-ws."
        : $"Can only perform a {operation} operation from a POST request.";

    public static string OperationNotSupported(string operation) => $"Schema is not configured to execute {operation} operation.";

    public const string LimitCode = "LIMIT_EXCEEDED";

    public const string CostLimitCode = "COST_LIMIT_EXCEEDED";

    public const string TimeoutCode = "EXECUTION_TIMEOUT";
}
