using System.Text.Json;
using InfluenceGraph.Bolt.Internal.PackStream;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.PackStream;

/// <summary>
/// 10,000 generated values (fixed seed) encoded by our writer and by the official JS driver's packer, compared byte
/// for byte; and the JS driver's decoding of our bytes compared with the values we meant.
/// </summary>
public sealed class PackStreamOracleTests
{
    private const int Seed = 20261121;
    private const int Count = 10_000;

    private static readonly List<object?> Values = Generate();

    private static List<object?> Generate()
    {
        var random = new RandomValues(Seed);
        return Enumerable.Range(0, Count).Select(_ => random.Next()).ToList();
    }

    private static byte[] Encode(object? value)
    {
        var writer = new PackStreamWriter();
        writer.WriteValue(value);
        return writer.ToArray();
    }

    [NodeKitFact]
    public async Task Writer_TenThousandGeneratedValues_MatchJsDriverBytes()
    {
        var json = Values.Select(OracleJson.Serialize).ToList();
        var batches = PackStreamOracle.Batch(json.Select(PackStreamOracle.Utf8Length).ToList(), PackStreamOracle.MaxArgumentBytes);
        var results = await Task.WhenAll(batches.Select(batch =>
            PackStreamOracle.RunAsync("encode", "[" + string.Join(",", batch.Select(i => json[i])) + "]")));
        var compared = 0;
        for (var b = 0; b < batches.Count; b++)
        {
            var oracle = Hex.Parse(results[b]);
            var ours = Encode(batch(b));
            if (!ours.AsSpan().SequenceEqual(oracle))
                Assert.Fail(Describe(batches[b], oracle, json));
            compared += batches[b].Count;
        }
        Assert.Equal(Count, compared);

        List<object?> batch(int b) => batches[b].Select(i => Values[i]).ToList();
    }

    [NodeKitFact]
    public async Task Reader_JsDriverDecodesOurBytes_ToTheSameValues()
    {
        // A value whose hex alone exceeds the argument limit (the 64 KiB strings) is checked in the encode direction only.
        var hex = Values.Select(v => Convert.ToHexString(Encode(v))).ToList();
        var fits = Enumerable.Range(0, Count).Where(i => hex[i].Length < PackStreamOracle.MaxArgumentBytes - 16).ToList();
        var batches = PackStreamOracle.Batch(fits.Select(i => hex[i].Length).ToList(), PackStreamOracle.MaxArgumentBytes)
            .Select(batch => batch.Select(k => fits[k]).ToList()).ToList();
        var results = await Task.WhenAll(batches.Select(batch =>
            PackStreamOracle.RunAsync("decode", Convert.ToHexString(Encode(batch.Select(i => Values[i]).ToList())))));
        var compared = 0;
        for (var b = 0; b < batches.Count; b++)
        {
            var decoded = (List<object?>)OracleJson.Read(JsonDocument.Parse(results[b]).RootElement)!;
            Assert.Equal(batches[b].Count, decoded.Count);
            for (var k = 0; k < decoded.Count; k++, compared++)
                if (!ValuesEqual(Values[batches[b][k]], decoded[k]))
                    Assert.Fail($"value {batches[b][k]}: we meant {OracleJson.Serialize(Values[batches[b][k]])}, the JS driver read {OracleJson.Serialize(decoded[k])}");
        }
        Assert.Equal(fits.Count, compared);
        Assert.True(compared >= 9_990, $"only {compared} values fit the oracle's argument limit");
    }

    [Fact]
    public void Reader_GeneratedValues_RoundTripThroughOurReader()
    {
        foreach (var value in Values.Take(2000))
        {
            var bytes = Encode(value);
            var decoded = new PackStreamReader(bytes, rawStructures: true).ReadValue();
            Assert.True(ValuesEqual(value, decoded), OracleJson.Serialize(value));
            Assert.Equal(bytes, Encode(decoded));
        }
    }

    private static string Describe(List<int> batch, byte[] oracle, List<string> json)
    {
        var offset = Encode(new List<object?>(new object?[batch.Count])).Length - batch.Count; // list header size
        foreach (var i in batch)
        {
            var ours = Encode(Values[i]);
            if (offset + ours.Length > oracle.Length || !oracle.AsSpan(offset, ours.Length).SequenceEqual(ours))
                return $"value {i} {json[i]}: ours {Hex.Format(ours)}, JS driver {Hex.Format(oracle.AsSpan(offset, Math.Min(ours.Length + 8, oracle.Length - offset)))}";
            offset += ours.Length;
        }
        return "the batch differs after its last value";
    }

    private static bool ValuesEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (double x, double y) => x.Equals(y) || x == y,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => ValuesEqual(p.First, p.Second)),
        (Dictionary<string, object?> x, Dictionary<string, object?> y) =>
            x.Count == y.Count && x.Keys.SequenceEqual(y.Keys) && x.All(p => ValuesEqual(p.Value, y[p.Key])),
        (PackStreamStructure x, PackStreamStructure y) =>
            x.Tag == y.Tag && x.Fields.Count == y.Fields.Count && x.Fields.Zip(y.Fields).All(p => ValuesEqual(p.First, p.Second)),
        _ => Equals(a, b),
    };
}
