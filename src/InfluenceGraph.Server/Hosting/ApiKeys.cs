using System.Security.Cryptography;
using System.Text;

namespace InfluenceGraph.Server.Hosting;

/// <summary>Key comparison that takes the same time whatever the key, so timing tells nothing about it.</summary>
public static class ApiKeys
{
    public static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    /// <summary>A fresh random token for local tools.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
}
