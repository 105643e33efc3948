using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>Encode and decode helpers over the library's PackStream writer and reader.</summary>
internal static class Pack
{
    public static string Encode(object? value, bool utc = true, bool elementIds = true)
    {
        var writer = new PackStreamWriter(utc, elementIds);
        writer.WriteValue(value);
        return Infrastructure.Hex.Format(writer.Written.Span);
    }

    public static object? Decode(string hex, bool utc = true, bool raw = false)
    {
        var reader = new PackStreamReader(Infrastructure.Hex.Parse(hex), utc, raw);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "bytes left after the value");
        return value;
    }

    public static PackStreamStructure Struct(byte tag, params object?[] fields) => new(tag, fields);
}
