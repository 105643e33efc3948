using System.Buffers.Binary;

namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>
/// Version negotiation (BOLT-SPEC.md section 1): the magic 60 60 B0 17 and four 4-byte slots: manifest v1
/// (00 00 01 FF), 5.8 down to 5.0 (00 08 08 05), 4.4 (00 00 04 04) and an empty slot. The server answers one version,
/// 00 00 00 00 (no match), "HTTP" (wrong port) or, on 5.7+, the manifest: VarInt N, N version ranges, VarInt capabilities,
/// to which the client answers its chosen version and capabilities.
/// </summary>
internal static class Handshake
{
    public static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];
    public static readonly byte[] ManifestV1 = [0x00, 0x00, 0x01, 0xFF];
    public static readonly byte[] Http = [0x48, 0x54, 0x54, 0x50];

    public static readonly byte[] Proposal =
        [.. Magic, .. ManifestV1, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00];

    public const string Offered = "manifest v1, 5.8 to 5.0, 4.4";

    /// <summary>The versions this client speaks, best first. 5.5 exists on no server, so it is never chosen.</summary>
    public static readonly BoltVersion[] Supported =
        [new(5, 8), new(5, 7), new(5, 6), new(5, 4), new(5, 3), new(5, 2), new(5, 1), new(5, 0), new(4, 4)];

    public static async Task<BoltVersion> NegotiateAsync(Stream stream, string address, Action<string> log, CancellationToken cancellationToken)
    {
        log("C: <MAGIC> 60 60 B0 17");
        log("C: <HANDSHAKE> " + Convert.ToHexString(Proposal.AsSpan(4)));
        await stream.WriteAsync(Proposal, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var reply = new byte[4];
        await stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
        log("S: <HANDSHAKE> " + Convert.ToHexString(reply));
        if (reply.AsSpan().SequenceEqual(Http)) throw new ServiceUnavailableException(ErrorMessages.HttpPort(address), retriable: false);
        if (reply.AsSpan().SequenceEqual(ManifestV1)) return await NegotiateManifestAsync(stream, address, log, cancellationToken).ConfigureAwait(false);
        var version = new BoltVersion(reply[3], reply[2]);
        if (BinaryPrimitives.ReadUInt32BigEndian(reply) == 0)
            throw new ServiceUnavailableException(ErrorMessages.NoCommonVersion(address, Offered), retriable: false);
        if (reply[0] != 0 || reply[1] != 0 || !IsOffered(version))
            throw new ProtocolException(ErrorMessages.UnexpectedVersion(address, Convert.ToHexString(reply)));
        return version;
    }

    private static bool IsOffered(BoltVersion v) => v == BoltVersion.V4_4 || (v.Major == 5 && v.Minor <= 8);

    // Manifest v1: pick the best version both sides speak, and no capabilities (we use none of them yet).
    private static async Task<BoltVersion> NegotiateManifestAsync(Stream stream, string address, Action<string> log, CancellationToken cancellationToken)
    {
        var count = await ReadVarIntAsync(stream, cancellationToken).ConfigureAwait(false);
        var offered = new List<(BoltVersion High, int Range)>();
        var slot = new byte[4];
        for (var i = 0L; i < count; i++)
        {
            await stream.ReadExactlyAsync(slot, cancellationToken).ConfigureAwait(false);
            offered.Add((new BoltVersion(slot[3], slot[2]), slot[1]));
        }
        var capabilities = await ReadVarIntAsync(stream, cancellationToken).ConfigureAwait(false);
        log($"S: <MANIFEST> {string.Join(", ", offered.Select(o => $"{o.High}-{o.Range}"))} capabilities {capabilities}");
        foreach (var candidate in Supported)
        {
            if (!offered.Any(o => o.High.Major == candidate.Major && candidate.Minor <= o.High.Minor && candidate.Minor >= o.High.Minor - o.Range))
                continue;
            byte[] choice = [0x00, 0x00, (byte)candidate.Minor, (byte)candidate.Major, 0x00];
            log("C: <MANIFEST> " + Convert.ToHexString(choice));
            await stream.WriteAsync(choice, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return candidate;
        }
        // Tell the server nothing fits, then give up.
        await stream.WriteAsync(new byte[5], cancellationToken).ConfigureAwait(false);
        throw new ServiceUnavailableException(ErrorMessages.NoCommonVersion(address, Offered), retriable: false);
    }

    /// <summary>VarInt: 7 bits per byte, least significant group first, high bit = more bytes follow.</summary>
    public static async Task<long> ReadVarIntAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[1];
        long value = 0;
        for (var shift = 0; shift < 63; shift += 7)
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            value |= (long)(buffer[0] & 0x7F) << shift;
            if ((buffer[0] & 0x80) == 0) return value;
        }
        throw new ProtocolException(ErrorMessages.UnexpectedMessage("an over-long VarInt", "the handshake manifest"));
    }
}
