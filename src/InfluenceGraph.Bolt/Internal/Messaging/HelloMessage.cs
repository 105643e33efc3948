namespace InfluenceGraph.Bolt.Internal.Messaging;

/// <summary>
/// HELLO (0x01) extra: user_agent; routing (neo4j:// only); bolt_agent (5.3+); the auth token itself on 5.0 and 4.4
/// (5.1+ sends it in LOGON); patch_bolt ["utc"] on 4.4 to ask for the UTC DateTime encoding.
/// </summary>
internal sealed class HelloMessage(IReadOnlyDictionary<string, object?> extra) : RequestMessage(MessageTags.Hello, "HELLO")
{
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public override IReadOnlyList<object?> Fields => [Extra];
}

/// <summary>LOGON (0x6A, 5.1+): the auth token ({scheme, principal, credentials}).</summary>
internal sealed class LogonMessage(IReadOnlyDictionary<string, object?> auth) : RequestMessage(MessageTags.Logon, "LOGON")
{
    public override IReadOnlyList<object?> Fields => [auth];
}

/// <summary>TELEMETRY (0x54, 5.4+): which driver API started the work (0 managed tx, 1 explicit, 2 implicit, 3 executeQuery).</summary>
internal sealed class TelemetryMessage(TelemetryApi api) : RequestMessage(MessageTags.Telemetry, "TELEMETRY")
{
    public override IReadOnlyList<object?> Fields => [(long)api];
}

internal enum TelemetryApi
{
    ManagedTransaction = 0,
    ExplicitTransaction = 1,
    AutoCommit = 2,
    ExecuteQuery = 3,
}
