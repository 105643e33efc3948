namespace InfluenceGraph.GraphQL;

internal static partial class Messages
{
    public const string RequestBodyNotObject = "The request body must be a JSON object.";

    public const string RequestMissingQuery = "Missing query.";

    public const string RequestQueryNotString = "The \"query\" parameter must be a string.";

    public const string RequestOperationNameNotString = "The \"operationName\" parameter must be a string.";

    public static string RequestMalformedJson(string detail) => $"The request body is not valid JSON: {detail}";

    public static string RequestParameterMalformed(string name, string detail) => $"The \"{name}\" parameter is not valid JSON: {detail}";

    public static string RequestParameterNotObject(string name) => $"The \"{name}\" parameter must be a JSON object.";
}
