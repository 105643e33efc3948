using System.Globalization;

namespace InfluenceGraph.Bolt;

/// <summary>A server's host and port; the default Bolt port is 7687.</summary>
public sealed record ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    /// <summary>Parses "host", "host:port" or "[ipv6]:port" as the routing table writes them.</summary>
    public static ServerAddress Parse(string text)
    {
        if (text.StartsWith('['))
        {
            var end = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..end];
            return new ServerAddress(host, end + 2 < text.Length ? int.Parse(text[(end + 2)..], CultureInfo.InvariantCulture) : DefaultPort);
        }
        var colon = text.LastIndexOf(':');
        return colon < 0 ? new ServerAddress(text, DefaultPort)
            : new ServerAddress(text[..colon], int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
