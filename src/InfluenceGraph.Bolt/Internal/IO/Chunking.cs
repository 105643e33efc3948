using System.Buffers.Binary;

namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>
/// Message framing (BOLT-SPEC.md section 2): each message is cut into chunks of a u16 big-endian size and at most
/// 65,535 bytes, then ended by the empty chunk 00 00. An empty chunk between messages is a NOOP keep-alive.
/// </summary>
internal static class Chunking
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void Frame(ReadOnlySpan<byte> message, MemoryStream output, int maxChunkSize = MaxChunkSize)
    {
        Span<byte> header = stackalloc byte[2];
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            BinaryPrimitives.WriteUInt16BigEndian(header, (ushort)size);
            output.Write(header);
            output.Write(message[..size]);
            message = message[size..];
        }
        output.Write([0, 0]); // end of message
    }

    /// <summary>Reads chunks up to the 00 00 end marker; NOOP chunks before a message are skipped.</summary>
    public static async Task<byte[]> ReadMessageAsync(Stream input, CancellationToken cancellationToken)
    {
        var header = new byte[2];
        using var message = new MemoryStream();
        while (true)
        {
            await input.ReadExactlyAsync(header, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (message.Length == 0) continue; // NOOP
                return message.ToArray();
            }
            var chunk = new byte[size];
            await input.ReadExactlyAsync(chunk, cancellationToken).ConfigureAwait(false);
            message.Write(chunk);
        }
    }
}
