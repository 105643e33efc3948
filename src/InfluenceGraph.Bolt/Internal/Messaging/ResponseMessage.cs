using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Internal.Messaging;

/// <summary>A server message: SUCCESS, RECORD, IGNORED or FAILURE.</summary>
internal abstract record ResponseMessage
{
    /// <summary>Parses one de-chunked message (a structure); RECORD values are hydrated to the library's types.</summary>
    public static ResponseMessage Parse(ReadOnlyMemory<byte> body, bool utcDateTime)
    {
        var reader = new PackStreamReader(body, utcDateTime);
        var (fieldCount, tag) = reader.ReadStructHeader();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++) fields[i] = reader.ReadValue();
        return tag switch
        {
            MessageTags.Success => new SuccessMessage(Meta(fields)),
            MessageTags.Record => new RecordMessage(fields.Length > 0 && fields[0] is List<object?> list ? list : throw Bad(tag)),
            MessageTags.Ignored => IgnoredMessage.Instance,
            MessageTags.Failure => FailureMessage.From(Meta(fields)),
            _ => throw Bad(tag),
        };
    }

    private static Dictionary<string, object?> Meta(object?[] fields) =>
        fields.Length > 0 && fields[0] is Dictionary<string, object?> meta ? meta : [];

    private static ProtocolException Bad(byte tag) => new(ErrorMessages.UnexpectedMessage($"message 0x{tag:X2}", "a response"));
}

/// <summary>SUCCESS (0x70) with its metadata.</summary>
internal sealed record SuccessMessage(Dictionary<string, object?> Metadata) : ResponseMessage
{
    public override string ToString() => "SUCCESS " + LogFormat.Value(Metadata);
}

/// <summary>RECORD (0x71): one row of values.</summary>
internal sealed record RecordMessage(List<object?> Values) : ResponseMessage
{
    public override string ToString() => "RECORD " + LogFormat.Value(Values);
}

/// <summary>IGNORED (0x7E): the request was skipped because an earlier one failed.</summary>
internal sealed record IgnoredMessage : ResponseMessage
{
    public static readonly IgnoredMessage Instance = new();
    public override string ToString() => "IGNORED";
}

/// <summary>FAILURE (0x7F): `code` (up to 5.6) or `neo4j_code` (5.7+), `message`, and from 5.7 `gql_status`.</summary>
internal sealed record FailureMessage(string? Code, string Message, string? GqlStatus) : ResponseMessage
{
    public static FailureMessage From(Dictionary<string, object?> meta) => new(
        meta.GetValueOrDefault("neo4j_code") as string ?? meta.GetValueOrDefault("code") as string,
        meta.GetValueOrDefault("message") as string ?? meta.GetValueOrDefault("description") as string ?? "",
        meta.GetValueOrDefault("gql_status") as string);

    public Neo4jException ToException() => ErrorCodes.ToException(Code, Message, GqlStatus);

    public override string ToString() => $"FAILURE {{code: {LogFormat.Value(Code)}, message: {LogFormat.Value(Message)}}}";
}
