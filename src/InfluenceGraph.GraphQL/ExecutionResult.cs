using System.Collections;
using System.Text;
using System.Text.Json;
using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL;

/// <summary>How a request ended: <see cref="ExecutionStatus.Ok"/> means it was executed; anything else failed before execution.</summary>
public enum ExecutionStatus
{
    Ok,
    ParseError,
    ValidationError,
    VariableCoercionError,
    OperationNotAllowed,
    OperationNotFound,
    LimitExceeded,
}

/// <summary>The response of spec 7.1: data (ordered maps in selection order) and errors.</summary>
public sealed class ExecutionResult
{
    private ExecutionResult(ExecutionStatus status, bool hasData, object? data, IReadOnlyList<GraphQLError> errors)
    {
        Status = status;
        HasData = hasData;
        Data = data;
        Errors = errors;
    }

    public ExecutionStatus Status { get; }

    public bool HasData { get; }

    public object? Data { get; }

    public IReadOnlyList<GraphQLError> Errors { get; }

    internal static ExecutionResult Failed(ExecutionStatus status, IReadOnlyList<GraphQLError> errors) => new(status, false, null, errors);

    internal static ExecutionResult Failed(ExecutionStatus status, string message) => new(status, false, null, [new GraphQLError(message)]);

    internal static ExecutionResult Executed(object? data, IReadOnlyList<GraphQLError> errors) => new(ExecutionStatus.Ok, true, data, errors);

    /// <summary>Writes {"errors":[...],"data":...}: errors first when present, data only when execution started.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, Data);
        }

        writer.WriteEndObject();
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    internal static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Execution.ResponseMap response:
                // The executor's objects and lists, written without enumerators; keys come pre-encoded from the plan.
                writer.WriteStartObject();
                var names = response.EncodedKeys;
                var values = response.ValueArray;
                for (var i = 0; i < values.Length; i++)
                {
                    writer.WritePropertyName(names[i]);
                    WriteValue(writer, values[i]);
                }

                writer.WriteEndObject();
                break;
            case List<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SourceLocation location:
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
