namespace InfluenceGraph.Bolt;

/// <summary>An authentication token: the dictionary sent in LOGON (5.1+) or inside HELLO (5.0, 4.4).</summary>
public interface IAuthToken
{
    IReadOnlyDictionary<string, object?> Content { get; }
}

/// <summary>Builds auth tokens, as Neo4j.Driver's AuthTokens.</summary>
public static class AuthTokens
{
    public static IAuthToken None { get; } = new AuthToken(new Dictionary<string, object?> { ["scheme"] = "none" });

    public static IAuthToken Basic(string username, string password) => Basic(username, password, null);

    public static IAuthToken Basic(string username, string password, string? realm)
    {
        var content = new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = username, ["credentials"] = password };
        if (realm is not null) content["realm"] = realm;
        return new AuthToken(content);
    }

    public static IAuthToken Bearer(string token) =>
        new AuthToken(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = token });

    private sealed record AuthToken(IReadOnlyDictionary<string, object?> Content) : IAuthToken
    {
        public override string ToString() => $"AuthToken({Content.GetValueOrDefault("scheme")})";
    }
}
