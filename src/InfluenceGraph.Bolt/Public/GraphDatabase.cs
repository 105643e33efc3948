using InfluenceGraph.Bolt.Internal;
using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Internal.Pool;
using InfluenceGraph.Bolt.Internal.Routing;

namespace InfluenceGraph.Bolt;

/// <summary>
/// Creates drivers, as Neo4j.Driver's GraphDatabase. Schemes: bolt:// (one server), neo4j:// (routing), each with
/// +s (TLS, system trust) or +ssc (TLS, any certificate, for self-signed ones). neo4j:// query parameters become the
/// routing context sent in HELLO and ROUTE.
/// </summary>
public static class GraphDatabase
{
    public static IDriver Driver(string uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null) =>
        Driver(new Uri(uri), authToken, configure);

    public static IDriver Driver(Uri uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null)
    {
        var builder = new ConfigBuilder();
        configure?.Invoke(builder);
        var config = builder.Config;
        var (routing, encrypted, trustAny) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, false, false),
            "bolt+s" => (false, true, false),
            "bolt+ssc" => (false, true, true),
            "neo4j" => (true, false, false),
            "neo4j+s" => (true, true, false),
            "neo4j+ssc" => (true, true, true),
            _ => throw new ArgumentException(ErrorMessages.BadScheme(uri.ToString()), nameof(uri)),
        };
        var address = new ServerAddress(uri.Host.Trim('[', ']'), uri.Port > 0 ? uri.Port : ServerAddress.DefaultPort);
        var context = routing ? RoutingContext(uri, address) : null;
        var settings = new ConnectionSettings(authToken, encrypted, trustAny, context, config);
        IConnectionProvider provider = routing ? new RoutingProvider(address, settings) : new DirectProvider(address, settings);
        return new Driver(new DriverContext(config, settings, provider));
    }

    // Routing context: {address: "host:port"} plus the URI's query parameters.
    private static Dictionary<string, object?> RoutingContext(Uri uri, ServerAddress address)
    {
        var context = new Dictionary<string, object?> { ["address"] = address.ToString() };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            context[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "";
        }
        return context;
    }
}
