using System.Text;
using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>
/// Generates PackStream values with a fixed seed, biased towards every size and integer boundary. Map keys start
/// with a letter so that JavaScript objects keep their insertion order (integer-like keys would be reordered).
/// </summary>
internal sealed class RandomValues(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly long[] IntBoundaries =
    [
        long.MinValue, long.MinValue + 1, int.MinValue - 1L, int.MinValue, int.MinValue + 1L, short.MinValue - 1, short.MinValue,
        short.MinValue + 1, -129, -128, -127, -17, -16, -15, -1, 0, 1, 126, 127, 128, 255, 256, short.MaxValue - 1,
        short.MaxValue, short.MaxValue + 1, ushort.MaxValue, int.MaxValue - 1L, int.MaxValue, int.MaxValue + 1L, long.MaxValue - 1, long.MaxValue,
    ];

    private static readonly int[] SizeBoundaries = [0, 1, 14, 15, 16, 17, 254, 255, 256, 257];

    private static readonly string[] Alphabet = ["a", "Z", "0", " ", "é", "ß", "ж", "漢", "€", "😀", "\n", "\"", "\\", "/"];

    public object? Next(int depth = 0) => _random.Next(depth >= 2 ? 7 : 10) switch
    {
        0 => null,
        1 => _random.Next(2) == 0,
        2 or 3 => NextInteger(),
        4 => NextFloat(),
        5 => NextString(depth == 0 ? NextSize() : _random.Next(0, 20)),
        6 => NextBytes(depth),
        7 => Enumerable.Range(0, NextSmallSize(depth)).Select(_ => Next(depth + 1)).ToList(),
        8 => NextMap(depth),
        _ => new PackStreamStructure((byte)_random.Next(256), Enumerable.Range(0, _random.Next(depth == 0 ? 16 : 4)).Select(_ => Next(depth + 1)).ToArray()),
    };

    private long NextInteger() => _random.Next(3) switch
    {
        0 => IntBoundaries[_random.Next(IntBoundaries.Length)],
        1 => _random.NextInt64(-200, 200),
        _ => _random.NextInt64(long.MinValue, long.MaxValue) >> _random.Next(64),
    };

    private double NextFloat() => _random.Next(4) switch
    {
        0 => new[] { 0.0, -0.0, 1.0, -1.0, 1.23, double.Epsilon, double.MaxValue, double.MinValue, 0.1 }[_random.Next(9)],
        1 => _random.Next(-1000, 1000),
        2 => BitConverter.Int64BitsToDouble(_random.NextInt64()) is var d && double.IsFinite(d) ? d : 2.5,
        _ => (_random.NextDouble() - 0.5) * Math.Pow(10, _random.Next(-20, 20)),
    };

    private int NextSize() => _random.Next(20) switch
    {
        0 when _random.Next(50) == 0 => 65535 + _random.Next(-1, 2),
        < 10 => SizeBoundaries[_random.Next(SizeBoundaries.Length)],
        _ => _random.Next(0, 40),
    };

    // Containers reach the 8-bit size boundaries only at the top level, so that a value stays small.
    private int NextSmallSize(int depth) =>
        depth == 0 && _random.Next(12) == 0 ? SizeBoundaries[_random.Next(SizeBoundaries.Length)] : _random.Next(0, depth == 0 ? 6 : 4);

    private string NextString(int targetBytes)
    {
        if (targetBytes > 1000) return new string('x', targetBytes);
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < targetBytes)
            text.Append(Alphabet[_random.Next(Alphabet.Length)]);
        return text.ToString();
    }

    private byte[] NextBytes(int depth)
    {
        var bytes = new byte[depth > 0 ? _random.Next(0, 20) : _random.Next(300) == 0 ? 32768 + _random.Next(300) : NextSize() % 1000];
        _random.NextBytes(bytes);
        return bytes;
    }

    private Dictionary<string, object?> NextMap(int depth)
    {
        var map = new Dictionary<string, object?>();
        var size = NextSmallSize(depth);
        while (map.Count < size)
            map["k" + NextString(_random.Next(0, 8))] = Next(depth + 1);
        return map;
    }
}
