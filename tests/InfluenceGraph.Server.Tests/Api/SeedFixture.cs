using InfluenceGraph.Cypher;
using Path = System.IO.Path;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>The seed applied straight to an in-memory engine: what the API must serve after its first start.</summary>
public static class SeedOracle
{
    private static readonly Lazy<(HashSet<string> Actors, HashSet<string> Relations)> Loaded = new(Load);

    public static IReadOnlySet<string> ActorIds => Loaded.Value.Actors;
    public static IReadOnlySet<string> RelationIds => Loaded.Value.Relations;

    private static (HashSet<string>, HashSet<string>) Load()
    {
        using var db = CypherDatabase.InMemory();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal))
            db.RunScript(File.ReadAllText(file));
        var actors = db.Run("MATCH (a:Actor) RETURN a.id AS id").Records.Select(r => (string)r["id"]!).ToHashSet();
        var relations = db.Run("MATCH (:Actor)-[r]->(:Actor) RETURN r.id AS id").Records.Select(r => (string)r["id"]!).ToHashSet();
        return (actors, relations);
    }
}

/// <summary>One seeded app shared by the read-only API tests of a class.</summary>
public sealed class SeededAppFixture : IDisposable
{
    public InfluenceGraphFactory Factory { get; } = new();

    public HttpClient Client => Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
