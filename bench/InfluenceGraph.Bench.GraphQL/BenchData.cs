using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// The two data sets, each behind a real <see cref="InfluenceStore"/> whose snapshot never expires, so resolvers
/// work over already-loaded objects: the seed (the cypher/ scripts on the embedded engine) and a synthetic graph of
/// 10,000 actors and 100,000 relations from a fixed random seed.
/// </summary>
internal static class BenchData
{
    public const int SyntheticActors = 10_000;
    public const int SyntheticRelations = 100_000;
    private const int SyntheticSources = 20;
    private const int RandomSeed = 20250507;

    public static async Task<InfluenceStore> OpenAsync(string name)
    {
        ICypherRunner runner = name switch
        {
            "seed" => await SeededRunnerAsync(),
            "synthetic" => new PreloadedRunner(SyntheticActorMaps(), SyntheticRelationMaps(), SyntheticSourceMaps()),
            _ => throw new ArgumentException($"Unknown data set '{name}': use seed or synthetic."),
        };
        var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.FromDays(365), NullLogger<InfluenceStore>.Instance);
        await store.GetSnapshotAsync(CancellationToken.None);
        return store;
    }

    private static async Task<ICypherRunner> SeededRunnerAsync()
    {
        var runner = EmbeddedCypherRunner.InMemory();
        foreach (var file in Directory.GetFiles(Path.Combine(BenchPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal))
            await runner.RunScriptAsync(await File.ReadAllTextAsync(file), null, CancellationToken.None);
        return runner;
    }

    private static string ActorId(int i) => $"a{i:D5}";

    private static List<Dictionary<string, object?>> SyntheticActorMaps()
    {
        var random = new Random(RandomSeed);
        var actors = new List<Dictionary<string, object?>>(SyntheticActors);
        for (var i = 0; i < SyntheticActors; i++)
        {
            actors.Add(new()
            {
                ["id"] = ActorId(i),
                ["name"] = $"Actor {i:D5}",
                ["kind"] = ActorKinds.All[i % ActorKinds.All.Count],
                ["aliases"] = i % 3 == 0 ? new List<object?> { $"alias {i}" } : new List<object?>(),
                // A country is a STATE actor (the model's rule; an actor breaking it is left out of the served graph).
                ["country"] = i % 4 == 0 ? null : ActorId(random.Next(0, 200 / ActorKinds.All.Count) * ActorKinds.All.Count),
                ["description"] = i % 2 == 0 ? $"Synthetic actor number {i}." : null,
            });
        }

        return actors;
    }

    private static List<Dictionary<string, object?>> SyntheticRelationMaps()
    {
        var random = new Random(RandomSeed + 1);
        var types = RelationCatalog.Default.Types.Select(t => t.Name).ToArray();
        var start = new DateOnly(2025, 4, 1);
        var relations = new List<Dictionary<string, object?>>(SyntheticRelations);
        for (var j = 0; j < SyntheticRelations; j++)
        {
            var from = random.Next(SyntheticActors);
            var to = (from + 1 + random.Next(SyntheticActors - 1)) % SyntheticActors;
            var roll = random.Next(10);
            var status = roll < 6 ? ClaimStatuses.Confirmed : ClaimStatuses.All[roll - 6 < 3 ? roll - 5 : 3];
            var since = start.AddDays(random.Next(60));
            relations.Add(new()
            {
                ["id"] = $"r{j:D6}",
                ["type"] = types[random.Next(types.Length)],
                ["from"] = ActorId(from),
                ["to"] = ActorId(to),
                ["weight"] = Math.Round(0.05 + 0.95 * random.NextDouble(), 3),
                ["status"] = status,
                ["claimedBy"] = status == ClaimStatuses.Confirmed ? new List<object?>() : new List<object?> { ActorId(from) },
                ["since"] = since,
                ["until"] = random.Next(5) == 0 ? since.AddDays(random.Next(1, 30)) : null,
                ["quote"] = $"Quote number {j} of a synthetic article.",
                ["source"] = $"s{j % SyntheticSources:D2}",
            });
        }

        return relations;
    }

    private static List<Dictionary<string, object?>> SyntheticSourceMaps() =>
        [.. Enumerable.Range(0, SyntheticSources).Select(i => new Dictionary<string, object?>
        {
            ["id"] = $"s{i:D2}",
            ["title"] = $"Synthetic article {i}",
            ["publisher"] = "Bench Press",
            ["published"] = new DateOnly(2025, 5, 1 + i),
            ["url"] = i % 2 == 0 ? $"https://example.org/{i}" : null,
        })];
}
