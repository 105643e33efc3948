using System.Net;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

public sealed class MutationTests : IDisposable
{
    private const string AddChinaArms = """
        mutation ($input: RelationInput!) { addRelation(input: $input) { id type from { id } to { id } status since evidence { quote source { id } } } }
        """;

    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static object ChinaArms(string id = "test-arms-1", string type = "SUPPLIES_ARMS_TO", string from = "china") => new
    {
        input = new
        {
            id, type, from, to = "pakistan", weight = 0.9, status = "CONFIRMED", since = "2025-05-08",
            quote = "China supplies the J-10C fighters.", source = SeedSourceId,
        },
    };

    private static string SeedSourceId => "sav-2025-pahalgam-crisis";

    [Fact]
    public async Task AnonymousUserCannotRunMutations()
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), AddChinaArms, ChinaArms(), apiKey: null);

        Assert.Contains("API key", response.FirstError);
        Assert.Equal("UNAUTHENTICATED", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task WrongApiKeyIsRefused()
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), AddChinaArms, ChinaArms(), apiKey: "guess");

        Assert.Contains("not valid", response.FirstError);
    }

    [Fact]
    public async Task ServerWithoutKeyRefusesEveryWrite()
    {
        using var keyless = new InfluenceGraphFactory(apiKey: null);
        var response = await GraphQLClient.PostAsync(keyless.CreateClient(), AddChinaArms, ChinaArms(), apiKey: "anything");

        Assert.Contains("no API key configured", response.FirstError);
    }

    [Fact]
    public async Task AddedRelationIsServedWithItsEvidence()
    {
        var client = _factory.CreateClient();
        var sources = await GraphQLClient.PostAsync(client, "{ sources { id } }");
        var sourceId = sources.Data["sources"].Items().First().Str("id");
        var input = new
        {
            input = new { id = "test-arms-1", type = "SUPPLIES_ARMS_TO", from = "china", to = "pakistan", since = "2025-05-08", quote = "China supplies", source = sourceId },
        };

        var added = await GraphQLClient.PostAsync(client, AddChinaArms, input, InfluenceGraphFactory.ApiKey);
        var read = await GraphQLClient.PostAsync(client, "{ relations(actor: \"china\") { id status since evidence { quote source { id } } } }");

        Assert.Null(added.Errors);
        Assert.Equal("test-arms-1", added.Data["addRelation"].Str("id"));
        var relation = Assert.Single(read.Data["relations"].Items(), r => r.Str("id") == "test-arms-1");
        Assert.Equal("CONFIRMED", relation.Str("status"));
        Assert.Equal("2025-05-08", relation.Str("since"));
        Assert.Equal(sourceId, relation["evidence"]![0]!["source"].Str("id"));
    }

    [Theory]
    [InlineData("SELLS_TEA_TO", "china", "not in the catalog")]
    [InlineData("SUPPLIES_ARMS_TO", "atlantis", "unknown actor 'atlantis' in 'from'")]
    public async Task BadRelationInputIsRejectedAndNothingIsWritten(string type, string from, string expected)
    {
        var client = _factory.CreateClient();
        var before = await GraphQLClient.PostAsync(client, "{ relations { id } }");

        var response = await GraphQLClient.PostAsync(client, AddChinaArms, ChinaArms("bad-1", type, from), InfluenceGraphFactory.ApiKey);
        var after = await GraphQLClient.PostAsync(client, "{ relations { id } }");

        Assert.Contains(expected, response.FirstError);
        Assert.Equal("BAD_USER_INPUT", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(before.Data["relations"].Items().Count(), after.Data["relations"].Items().Count());
    }

    [Fact]
    public async Task UpsertActorCreatesThenUpdates()
    {
        var client = _factory.CreateClient();
        const string upsert = "mutation ($i: ActorInput!) { upsertActor(input: $i) { id name kind aliases } }";

        await GraphQLClient.PostAsync(client, upsert, new { i = new { id = "test-envoy", name = "Envoy", kind = "PERSON" } }, InfluenceGraphFactory.ApiKey);
        var updated = await GraphQLClient.PostAsync(client, upsert,
            new { i = new { id = "test-envoy", name = "Special Envoy", kind = "PERSON", aliases = new[] { "the envoy" } } }, InfluenceGraphFactory.ApiKey);
        var all = await GraphQLClient.PostAsync(client, "{ actors(search: \"envoy\") { id name } }");

        Assert.Equal("Special Envoy", updated.Data["upsertActor"].Str("name"));
        Assert.Single(all.Data["actors"].Items(), a => a.Str("id") == "test-envoy");
    }

    [Fact]
    public async Task UpsertActorWithBadSlugNamesTheRule()
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(),
            "mutation { upsertActor(input: {id: \"Bad Id\", name: \"X\", kind: STATE}) { id } }", apiKey: InfluenceGraphFactory.ApiKey);

        Assert.Contains("slug", response.FirstError);
    }

    [Fact]
    public async Task RemoveRelationDeletesItAndUnknownIdIsAnError()
    {
        var client = _factory.CreateClient();
        var relations = await GraphQLClient.PostAsync(client, "{ relations { id } }");
        var victim = relations.Data["relations"].Items().First().Str("id");

        var removed = await GraphQLClient.PostAsync(client, $"mutation {{ removeRelation(id: \"{victim}\") }}", apiKey: InfluenceGraphFactory.ApiKey);
        var again = await GraphQLClient.PostAsync(client, $"mutation {{ removeRelation(id: \"{victim}\") }}", apiKey: InfluenceGraphFactory.ApiKey);

        Assert.True(removed.Data["removeRelation"]!.GetValue<bool>());
        Assert.Contains(victim, again.FirstError);
    }
}
