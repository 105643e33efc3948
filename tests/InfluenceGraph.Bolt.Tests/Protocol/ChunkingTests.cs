using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Protocol;

/// <summary>Framing vectors from BOLT-SPEC.md section 2.</summary>
public sealed class ChunkingTests
{
    private static readonly byte[] Sixteen = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();

    private static string Frame(byte[] message, int maxChunk)
    {
        using var output = new MemoryStream();
        Chunking.Frame(message, output, maxChunk);
        return Hex.Format(output.ToArray());
    }

    [Fact]
    public void Frame_SixteenBytes_OneChunkThenEndMarker() =>
        Assert.Equal("00 10 " + Hex.Format(Sixteen) + " 00 00", Frame(Sixteen, 65535));

    [Fact]
    public void Frame_TwentyBytesWithSixteenByteChunks_SplitsInTwo()
    {
        var twenty = Enumerable.Range(1, 20).Select(i => (byte)i).ToArray();
        Assert.Equal("00 10 " + Hex.Format(twenty.AsSpan(0, 16)) + " 00 04 " + Hex.Format(twenty.AsSpan(16)) + " 00 00", Frame(twenty, 16));
    }

    [Fact]
    public void Frame_MessageOverMaxChunk_UsesFullChunksOf65535()
    {
        var big = new byte[70_000];
        using var output = new MemoryStream();
        Chunking.Frame(big, output);
        var bytes = output.ToArray();
        Assert.Equal((0xFF, 0xFF), (bytes[0], bytes[1]));
        Assert.Equal((0x11, 0x71), (bytes[65537], bytes[65538])); // 70,000 - 65,535 = 4,465 = 0x1171
        Assert.Equal(70_000 + 2 + 2 + 2, bytes.Length);
    }

    [Fact]
    public async Task Read_TwoMessagesWithNoopBetween_ReturnsBothAndSkipsNoop()
    {
        var eight = Sixteen[..8];
        var wire = Hex.Parse("00 10 " + Hex.Format(Sixteen) + " 00 00 00 00 00 08 " + Hex.Format(eight) + " 00 00");
        using var input = new MemoryStream(wire);
        Assert.Equal(Sixteen, await Chunking.ReadMessageAsync(input, CancellationToken.None));
        Assert.Equal(eight, await Chunking.ReadMessageAsync(input, CancellationToken.None));
    }

    [Fact]
    public async Task Read_SplitMessage_Reassembles()
    {
        var wire = Hex.Parse("00 03 01 02 03 00 02 04 05 00 00");
        using var input = new MemoryStream(wire);
        Assert.Equal([1, 2, 3, 4, 5], await Chunking.ReadMessageAsync(input, CancellationToken.None));
    }

    [Fact]
    public async Task Read_StreamEndsInsideChunk_ThrowsEndOfStream()
    {
        using var input = new MemoryStream(Hex.Parse("00 05 01 02"));
        await Assert.ThrowsAsync<EndOfStreamException>(() => Chunking.ReadMessageAsync(input, CancellationToken.None));
    }
}
