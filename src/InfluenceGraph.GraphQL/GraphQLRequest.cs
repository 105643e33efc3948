using System.Text.Json;
using InfluenceGraph.GraphQL.Execution;

namespace InfluenceGraph.GraphQL;

/// <summary>A GraphQL-over-HTTP request: from a JSON body (POST) or from query-string parameters (GET).</summary>
public sealed record GraphQLRequest(
    string Query,
    IReadOnlyDictionary<string, object?>? Variables = null,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>Reads {"query": ..., "variables": {...}, "operationName": ..., "extensions": {...}}.</summary>
    public static bool TryParseJson(ReadOnlySpan<byte> utf8Json, out GraphQLRequest? request, out string? error)
    {
        request = null;
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            error = Messages.RequestMalformedJson(e.Message);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = Messages.RequestBodyNotObject;
                return false;
            }

            var query = root.TryGetProperty("query", out var q) ? q : default;
            var variables = root.TryGetProperty("variables", out var v) ? v : default;
            var operationName = root.TryGetProperty("operationName", out var o) ? o : default;
            var extensions = root.TryGetProperty("extensions", out var x) ? x : default;
            return TryBuild(query, variables, operationName, extensions, out request, out error);
        }
    }

    /// <summary>Reads the GET parameters query, variables (JSON), operationName and extensions (JSON).</summary>
    public static bool TryParseQueryString(IEnumerable<KeyValuePair<string, string?>> parameters, out GraphQLRequest? request, out string? error)
    {
        request = null;
        string? query = null;
        string? operationName = null;
        string? variables = null;
        string? extensions = null;
        foreach (var (key, value) in parameters)
        {
            switch (key)
            {
                case "query":
                    query = value;
                    break;
                case "operationName":
                    operationName = value;
                    break;
                case "variables":
                    variables = value;
                    break;
                case "extensions":
                    extensions = value;
                    break;
            }
        }

        if (string.IsNullOrEmpty(query))
        {
            error = Messages.RequestMissingQuery;
            return false;
        }

        if (!TryParseMap(variables, "variables", out var variableMap, out error) || !TryParseMap(extensions, "extensions", out var extensionMap, out error))
        {
            return false;
        }

        request = new GraphQLRequest(query, variableMap, string.IsNullOrEmpty(operationName) ? null : operationName, extensionMap);
        return true;
    }

    private static bool TryParseMap(string? json, string name, out IReadOnlyDictionary<string, object?>? map, out string? error)
    {
        map = null;
        error = null;
        if (string.IsNullOrEmpty(json))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return TryMap(document.RootElement, name, out map, out error);
        }
        catch (JsonException e)
        {
            error = Messages.RequestParameterMalformed(name, e.Message);
            return false;
        }
    }

    private static bool TryBuild(JsonElement query, JsonElement variables, JsonElement operationName, JsonElement extensions, out GraphQLRequest? request, out string? error)
    {
        request = null;
        if (query.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            error = Messages.RequestMissingQuery;
            return false;
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            error = Messages.RequestQueryNotString;
            return false;
        }

        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            error = Messages.RequestOperationNameNotString;
            return false;
        }

        if (!TryMap(variables, "variables", out var variableMap, out error) || !TryMap(extensions, "extensions", out var extensionMap, out error))
        {
            return false;
        }

        var name = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null;
        request = new GraphQLRequest(query.GetString()!, variableMap, string.IsNullOrEmpty(name) ? null : name, extensionMap);
        return true;
    }

    private static bool TryMap(JsonElement element, string name, out IReadOnlyDictionary<string, object?>? map, out string? error)
    {
        map = null;
        error = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                map = (IReadOnlyDictionary<string, object?>)JsonValues.ToPlain(element)!;
                return true;
            default:
                error = Messages.RequestParameterNotObject(name);
                return false;
        }
    }
}
