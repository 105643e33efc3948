namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>What a connection needs to open: auth, TLS, agent strings, the routing context and timeouts.</summary>
internal sealed record ConnectionSettings(
    IAuthToken Auth,
    bool Encrypted,
    bool TrustAnyCertificate,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    Config Config)
{
    public ILogger Logger => Config.Logger;
}
