using InfluenceGraph.Cypher;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Tests.Infrastructure;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.Seed;

/// <summary>One relationship of the seed, read back from the engine after the seed scripts ran.</summary>
public sealed record SeedRelation(
    string? Id,
    string Type,
    IReadOnlyList<object?> FromLabels,
    IReadOnlyList<object?> ToLabels,
    object? Weight,
    object? Status,
    object? ClaimedBy,
    object? Since,
    object? Until,
    object? Quote,
    object? Source,
    string? From = null,
    string? To = null)
{
    public override string ToString() => $"{Id ?? "(no id)"} [{Type}]";

    /// <summary>The relation as the domain model holds it, so tests use the domain's own rules (for example <see cref="Relation.IsActiveOn"/>).</summary>
    public Relation ToDomain() => new(
        Id ?? "", Type, From ?? "", To ?? "", Weight is double w ? w : 0, Status as string ?? "",
        (ClaimedBy as IReadOnlyList<object?> ?? []).OfType<string>().ToList(),
        Since as DateOnly?, Until as DateOnly?, Quote as string ?? "", Source as string ?? "");
}

/// <summary>
/// The seed (every file in cypher/, in file-name order, each in one transaction) loaded into an in-memory
/// engine once per test class, then read back with plain queries so the tests check the data, not the scripts.
/// </summary>
public sealed class SeedGraph : IDisposable
{
    private readonly CypherDatabase _db = CypherDatabase.InMemory();

    public SeedGraph()
    {
        ScriptFiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher")
            .Order(StringComparer.Ordinal)
            .ToList();
        ApplyScripts();
        Actors = _db.Run("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country", null).Records;
        Sources = _db.Run("MATCH (s:Source) RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.published AS published, s.url AS url", null).Records;
        Relations = _db.Run(
                """
                MATCH (a)-[r]->(b)
                RETURN r.id AS id, type(r) AS type, labels(a) AS fromLabels, labels(b) AS toLabels,
                       r.weight AS weight, r.status AS status, r.claimedBy AS claimedBy, r.since AS since,
                       r.until AS until, r.quote AS quote, r.source AS source, a.id AS fromId, b.id AS toId
                """, null).Records
            .Select(r => new SeedRelation(
                r["id"] as string, (string)r["type"]!, (IReadOnlyList<object?>)r["fromLabels"]!,
                (IReadOnlyList<object?>)r["toLabels"]!, r["weight"], r["status"], r["claimedBy"], r["since"],
                r["until"], r["quote"], r["source"], r["fromId"] as string, r["toId"] as string))
            .ToList();
        ActorIds = Actors.Select(a => a["id"] as string).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<string> ScriptFiles { get; }
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Actors { get; }
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Sources { get; }
    public IReadOnlyList<SeedRelation> Relations { get; }
    public IReadOnlySet<string> ActorIds { get; }

    /// <summary>Runs the seed scripts again on the same store, as a second start of the app would.</summary>
    public void ApplyScripts()
    {
        foreach (var file in ScriptFiles)
            _db.RunScript(File.ReadAllText(file));
    }

    public long Count(string query) => (long)_db.Run(query, null).Records.Single()["n"]!;

    public void Dispose() => _db.Dispose();
}
