using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>The oracle's JSON dialect: {"$int":"n"}, plain numbers for floats, {"$bytes":hex}, {"$struct":tag,"fields":[...]}.</summary>
internal static class OracleJson
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case long l:
                json.WriteStartObject();
                json.WriteString("$int", l.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
                break;
            case double d: json.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case string s: json.WriteStringValue(s); break;
            case byte[] bytes:
                json.WriteStartObject();
                json.WriteString("$bytes", Convert.ToHexStringLower(bytes));
                json.WriteEndObject();
                break;
            case List<object?> list:
                json.WriteStartArray();
                foreach (var item in list) Write(json, item);
                json.WriteEndArray();
                break;
            case Dictionary<string, object?> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }
                json.WriteEndObject();
                break;
            case PackStreamStructure structure:
                json.WriteStartObject();
                json.WriteNumber("$struct", structure.Tag);
                json.WritePropertyName("fields");
                Write(json, structure.Fields.ToList());
                json.WriteEndObject();
                break;
            default: throw new ArgumentException($"no oracle JSON for {value.GetType()}");
        }
    }

    public static string Serialize(object? value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(json, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads the oracle's decode output back into the generator's value shapes.</summary>
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        JsonValueKind.Object when element.TryGetProperty("$int", out var i) => long.Parse(i.GetString()!, CultureInfo.InvariantCulture),
        JsonValueKind.Object when element.TryGetProperty("$bytes", out var b) => Convert.FromHexString(b.GetString()!),
        JsonValueKind.Object when element.TryGetProperty("$struct", out var tag) =>
            new PackStreamStructure((byte)tag.GetInt32(), element.GetProperty("fields").EnumerateArray().Select(Read).ToArray()),
        _ => element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value)),
    };
}
