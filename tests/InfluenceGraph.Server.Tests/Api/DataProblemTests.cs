using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>
/// Nothing invalid gets stored through the app, and a store that already holds bad records (older data, a Neo4j
/// edited by hand) still serves every valid record and says which it left out.
/// </summary>
public sealed class DataProblemTests
{
    private const string BadRecords = """
        CREATE (:Actor {id: 'mars', name: 'Mars', kind: 'PLANET', aliases: []});
        MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})
        CREATE (a)-[:SELLS_TEA_TO {id: 'bad-type', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'tea', source: 'fp-2025-ceasefire-baseline'}]->(b);
        MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})
        CREATE (a)-[:SUPPORTS {id: 'bad-weight', weight: 'heavy', status: 'CONFIRMED', claimedBy: [], quote: 'heavy', source: 'fp-2025-ceasefire-baseline'}]->(b);
        MATCH (a:Actor {id: 'china'}), (b:Actor {id: 'pakistan'})
        CREATE (a)-[:SUPPORTS {id: 'bad-source', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'q', source: 'no-such-article'}]->(b);
        MATCH (a:Actor {id: 'india'}), (b:Actor {id: 'pakistan'})
        CREATE (a)-[:ATTACKS {id: 'fp-001', weight: 0.5, status: 'CONFIRMED', claimedBy: [], quote: 'again', source: 'fp-2025-ceasefire-baseline'}]->(b);
        MATCH (s:Source {id: 'fp-2025-ceasefire-baseline'}) SET s.url = 'javascript:alert(1)';
        """;

    private static string StoreWithBadRecords()
    {
        var directory = TempDirectory.Create("influencegraph-bad");
        using var db = CypherDatabase.Open(directory);
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(RepositoryPaths.Root, "cypher"), "*.cypher").Order(StringComparer.Ordinal))
            db.RunScript(File.ReadAllText(file));
        db.RunScript(BadRecords);
        return directory;
    }

    [Fact]
    public async Task StoreHoldingBadRecords_ServesEveryValidRecordAndReportsTheBadOnes()
    {
        var directory = StoreWithBadRecords();
        try
        {
            await using var app = new InfluenceGraphFactory(directory);
            var client = app.CreateClient();

            var page = await GraphQLClient.PostAsync(client, "{ actors { id kind } relations { id weight evidence { source { id url } } } }");
            var problems = await GraphQLClient.PostAsync(client, "{ dataProblems { record id problem action } }");

            Assert.True(page.Errors is null, page.Body.ToJsonString());
            Assert.Equal(SeedOracle.ActorIds.OrderBy(a => a), page.Data["actors"].Items().Select(a => a.Str("id")).OrderBy(a => a));
            var relations = page.Data["relations"].Items().Select(r => r.Str("id")).ToList();
            Assert.Equal(SeedOracle.RelationIds.OrderBy(r => r), relations.OrderBy(r => r));
            Assert.All(page.Data["relations"].Items().SelectMany(r => r["evidence"].Items()), e => Assert.DoesNotContain("javascript", e["source"].Str("url")));
            var reported = problems.Data["dataProblems"].Items().ToList();
            foreach (var (id, words) in new[] { ("mars", "kind 'PLANET'"), ("bad-type", "not in the catalog"), ("bad-weight", "weight"), ("bad-source", "unknown source"), ("fp-001", "has the id 'fp-001' too"), ("fp-2025-ceasefire-baseline", "http or https") })
                Assert.Contains(reported, p => p.Str("id") == id && p.Str("problem").Contains(words, StringComparison.Ordinal));
            Assert.Contains(reported, p => p.Str("id") == "fp-2025-ceasefire-baseline" && p.Str("action") == "served without its address");
            var health = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/healthz"))!;
            Assert.Equal(reported.Count, health["dataProblems"]!.GetValue<int>());
        }
        finally
        {
            TempDirectory.Delete(directory);
        }
    }

    public static TheoryData<string, object, string> BadWrites() => new()
    {
        { "mutation ($i: ActorInput!) { upsertActor(input: $i) { id } }", new { i = new { id = "long-name", name = new string('x', 200_000), kind = "PERSON" } }, "at most 200 are accepted" },
        { "mutation ($i: ActorInput!) { upsertActor(input: $i) { id } }", new { i = new { id = "atlantean", name = "Atlantean", kind = "PERSON", country = "atlantis" } }, "country 'atlantis' is not a state" },
        { "mutation ($i: RelationInput!) { addRelation(input: $i) { id } }", new { i = new { id = "x y'z", type = "SUPPORTS", from = "india", to = "france", quote = "q", source = "fp-2025-ceasefire-baseline" } }, "may hold only letters" },
        { "mutation ($i: RelationInput!) { addRelation(input: $i) { id } }", new { i = new { type = "SUPPORTS", from = "india", to = "france", quote = "q", source = "fp-2025-ceasefire-baseline", claimedBy = Enumerable.Repeat("india", 10_000).ToArray() } }, "each once" },
        { "mutation ($i: RelationInput!) { addRelation(input: $i) { id } }", new { i = new { type = "SUPPORTS", from = "india", to = "france", quote = "q", source = "no-such-article" } }, "unknown source" },
    };

    [Theory]
    [MemberData(nameof(BadWrites))]
    public async Task WriteBreakingARule_IsRefusedNamingItAndNothingIsWritten(string mutation, object variables, string expected)
    {
        await using var app = new InfluenceGraphFactory();
        var client = app.CreateClient();
        var before = await GraphQLClient.PostAsync(client, "{ actors { id } relations { id } }");

        var response = await GraphQLClient.PostAsync(client, mutation, variables, InfluenceGraphFactory.ApiKey);
        var after = await GraphQLClient.PostAsync(client, "{ actors { id } relations { id } }");

        Assert.Contains(expected, response.FirstError);
        Assert.Equal("BAD_USER_INPUT", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before.Body.ToJsonString(), after.Body.ToJsonString());
    }
}
