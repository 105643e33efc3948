using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>Query.metricsFreshness says which graph version the served leverage and alignment reflect.</summary>
public sealed class MetricsFreshnessTests : IDisposable
{
    private const string Read = """
        { actor(id: "india") { leverage alignment } metricsFreshness { graphVersion leverageVersion alignmentVersion current } }
        """;

    private const string AddRelation = """
        mutation ($input: RelationInput!) { addRelation(input: $input) { id } }
        """;

    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task MetricsNeverAskedForHaveNoVersion()
    {
        var response = await GraphQLClient.PostAsync(_factory.CreateClient(), "{ metricsFreshness(status: [DISPUTED]) { graphVersion leverageVersion alignmentVersion current } }");

        var freshness = response.Data["metricsFreshness"]!;
        Assert.Null(freshness["leverageVersion"]);
        Assert.Null(freshness["alignmentVersion"]);
        Assert.False(freshness["current"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MetricsAfterAWriteSayTheyReflectTheNewVersion()
    {
        var client = _factory.CreateClient();
        var before = (await GraphQLClient.PostAsync(client, Read)).Data["metricsFreshness"]!;
        Assert.True(before["current"]!.GetValue<bool>(), before.ToJsonString());

        var added = await GraphQLClient.PostAsync(client, AddRelation, new
        {
            input = new
            {
                id = "freshness-1", type = "SUPPLIES_ARMS_TO", from = "china", to = "pakistan", weight = 0.9, status = "CONFIRMED",
                quote = "China supplies the J-10C fighters.", source = "sav-2025-pahalgam-crisis",
            },
        }, apiKey: InfluenceGraphFactory.ApiKey);
        Assert.Null(added.Errors);

        // The seed is far below the synchronous limit: the next read computes for the new graph and says so.
        var after = (await GraphQLClient.PostAsync(client, Read)).Data["metricsFreshness"]!;
        var version = after["graphVersion"]!.GetValue<long>();
        Assert.Equal(before["graphVersion"]!.GetValue<long>() + 1, version);
        Assert.Equal(version, after["leverageVersion"]!.GetValue<long>());
        Assert.Equal(version, after["alignmentVersion"]!.GetValue<long>());
        Assert.True(after["current"]!.GetValue<bool>());
    }
}
