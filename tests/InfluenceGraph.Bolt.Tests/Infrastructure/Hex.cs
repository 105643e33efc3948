using System.Globalization;

namespace InfluenceGraph.Bolt.Tests.Infrastructure;

/// <summary>Hex text as the spec and the recordings write it: "B1 44 C9 47 56".</summary>
public static class Hex
{
    public static byte[] Parse(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t', '|'], StringSplitOptions.RemoveEmptyEntries)
            .Select(token => byte.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();

    public static string Format(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes) switch
    {
        "" => "",
        var hex => string.Join(" ", Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(i * 2, 2))),
    };
}
