using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// Reads a GraphQL-over-HTTP request (a JSON body, or GET's query parameters) into GraphQL.NET's
/// <see cref="GraphQLRequest"/>, checking its shape first so that every malformed request gets a message naming what
/// is wrong: <c>query</c> a string, <c>operationName</c> a string or null, <c>variables</c> and <c>extensions</c>
/// objects or null. Variables are converted by GraphQL.NET's System.Text.Json serializer.
/// </summary>
public sealed class GraphQLRequestReader(GraphQLSerializer serializer)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    /// <summary>Reads a JSON body: {"query": ..., "variables": {...}, "operationName": ..., "extensions": {...}}.</summary>
    public bool TryReadJson(ReadOnlyMemory<byte> utf8Json, out GraphQLRequest? request, out string? error)
    {
        request = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            error = TransportMessages.MalformedJson(e.Message);
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = TransportMessages.BodyNotObject;
                return false;
            }
            try
            {
                return TryBuild(Property(root, "query"), Property(root, "variables"), Property(root, "operationName"), Property(root, "extensions"),
                    out request, out error);
            }
            catch (Exception e) when (e is InvalidOperationException or JsonException)
            {
                // Invalid UTF-8 inside a string, or a lone surrogate escape (\ud800), passes JSON's syntax but is no text.
                error = TransportMessages.InvalidText(Innermost(e).Message);
                return false;
            }
        }
    }

    /// <summary>Reads GET's parameters: query, operationName, and variables and extensions as JSON text.</summary>
    public bool TryReadQueryString(IEnumerable<KeyValuePair<string, string?>> parameters, out GraphQLRequest? request, out string? error)
    {
        request = null;
        string? query = null, operationName = null, variables = null, extensions = null;
        foreach (var (key, value) in parameters)
        {
            switch (key)
            {
                case "query": query = value; break;
                case "operationName": operationName = value; break;
                case "variables": variables = value; break;
                case "extensions": extensions = value; break;
            }
        }
        if (string.IsNullOrEmpty(query))
        {
            error = TransportMessages.MissingQuery;
            return false;
        }
        try
        {
            if (!TryReadInputsText(variables, "variables", out var variableInputs, out error)
                || !TryReadInputsText(extensions, "extensions", out var extensionInputs, out error))
                return false;
            request = new GraphQLRequest
            {
                Query = query,
                OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
                Variables = variableInputs,
                Extensions = extensionInputs,
            };
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException)
        {
            error = TransportMessages.InvalidText(Innermost(e).Message);
            return false;
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static JsonElement Property(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : default;

    private bool TryBuild(JsonElement query, JsonElement variables, JsonElement operationName, JsonElement extensions,
        out GraphQLRequest? request, out string? error)
    {
        request = null;
        if (query.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            error = TransportMessages.MissingQuery;
            return false;
        }
        if (query.ValueKind != JsonValueKind.String)
        {
            error = TransportMessages.QueryNotString;
            return false;
        }
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            error = TransportMessages.OperationNameNotString;
            return false;
        }
        if (!TryReadInputs(variables, "variables", out var variableInputs, out error) || !TryReadInputs(extensions, "extensions", out var extensionInputs, out error))
            return false;
        var name = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null;
        request = new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = string.IsNullOrEmpty(name) ? null : name,
            Variables = variableInputs,
            Extensions = extensionInputs,
        };
        return true;
    }

    private bool TryReadInputsText(string? json, string name, out Inputs? inputs, out string? error)
    {
        inputs = null;
        error = null;
        if (string.IsNullOrEmpty(json))
            return true;
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return TryReadInputs(document.RootElement, name, out inputs, out error);
        }
        catch (JsonException e) when (e.InnerException is null)
        {
            error = TransportMessages.ParameterMalformed(name, e.Message);
            return false;
        }
    }

    private bool TryReadInputs(JsonElement element, string name, out Inputs? inputs, out string? error)
    {
        inputs = null;
        error = null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                inputs = serializer.ReadNode<Inputs>(element);
                return true;
            default:
                error = TransportMessages.ParameterNotObject(name);
                return false;
        }
    }
}
