using System.Net;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

public sealed class GraphQLReadTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    private const string ContractQuery =
        "{ actors { id kind } relations { id type from { id } to { id } status evidence { quote source { id } } } }";

    [Fact]
    public async Task ContractQueryReturnsTheWholeSeed()
    {
        var response = await GraphQLClient.PostAsync(app.Client, ContractQuery);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
        Assert.Equal(SeedOracle.ActorIds.Order(), response.Data["actors"].Items().Select(a => a.Str("id")).Order());
        Assert.Equal(SeedOracle.RelationIds.Order(), response.Data["relations"].Items().Select(r => r.Str("id")).Order());
        Assert.All(response.Data["relations"].Items(), r =>
        {
            var evidence = Assert.Single(r["evidence"].Items());
            Assert.False(string.IsNullOrWhiteSpace(evidence.Str("quote")));
            Assert.False(string.IsNullOrWhiteSpace(evidence["source"].Str("id")));
        });
    }

    [Fact]
    public async Task DesignCardActorsAreServedWithTheirKinds()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "{ actors { id kind } }");
        var kinds = response.Data["actors"].Items().ToDictionary(a => a.Str("id"), a => a.Str("kind"));

        Assert.Equal("STATE", kinds["united-states"]);
        Assert.Equal("STATE", kinds["china"]);
        Assert.Equal("ALLIANCE", kinds["quad"]);
        Assert.Equal("PERSON", kinds["asim-munir"]);
        Assert.Equal("PERSON", kinds["ajit-doval"]);
        Assert.Equal("ARMED_GROUP", kinds["lashkar-e-taiba"]);
        Assert.Equal("ARMED_GROUP", kinds["the-resistance-front"]);
    }

    [Fact]
    public async Task LeverageIsNormalisedAndPolesHaveFixedAlignment()
    {
        var response = await GraphQLClient.PostAsync(app.Client,
            "{ actors { id leverage alignment } india: actor(id: \"india\") { alignment(poles: [\"india\", \"pakistan\"]) } }");

        var actors = response.Data["actors"].Items().ToList();
        Assert.All(actors, a => Assert.InRange(a["leverage"]!.GetValue<double>(), 0, 1));
        Assert.Equal(1.0, actors.Max(a => a["leverage"]!.GetValue<double>()), 9);
        var byId = actors.ToDictionary(a => a.Str("id"));
        Assert.Equal(1.0, byId["india"]["alignment"]!.GetValue<double>());
        Assert.Equal(-1.0, byId["pakistan"]["alignment"]!.GetValue<double>());
        Assert.Equal(1.0, response.Data["india"]!["alignment"]!.GetValue<double>());
    }

    [Fact]
    public async Task SwappedPolesMirrorTheAlignment()
    {
        var response = await GraphQLClient.PostAsync(app.Client,
            "{ actors { id a: alignment(poles: [\"india\", \"pakistan\"]) b: alignment(poles: [\"pakistan\", \"india\"]) } }");

        foreach (var actor in response.Data["actors"].Items())
        {
            var a = actor["a"]?.GetValue<double>();
            var b = actor["b"]?.GetValue<double>();
            Assert.Equal(a is null, b is null);
            if (a is not null)
                Assert.Equal(-a.Value, b!.Value, 6);
        }
    }

    [Fact]
    public async Task AsOfBeforeTheCrisisShowsOnlyRelationsHoldingThatDay()
    {
        var all = await GraphQLClient.PostAsync(app.Client, "{ relations { id since until } }");
        var early = await GraphQLClient.PostAsync(app.Client, "{ relations(asOf: \"2025-04-01\") { id since until } }");

        var earlyIds = early.Data.AsObject()["relations"].Items().Select(r => r.Str("id")).ToHashSet();
        foreach (var relation in all.Data["relations"].Items())
        {
            var since = relation["since"]?.GetValue<string>();
            var until = relation["until"]?.GetValue<string>();
            var visible = since is not null && string.CompareOrdinal(since, "2025-04-01") <= 0
                && (until is null || string.CompareOrdinal(until, "2025-04-01") >= 0);
            Assert.Equal(visible, earlyIds.Contains(relation.Str("id")));
        }
    }

    [Fact]
    public async Task UndatedRelations_CountOnADateOnlyWhenAskedFor()
    {
        var all = await GraphQLClient.PostAsync(app.Client, "{ relations { id since } }");
        var undated = all.Data["relations"].Items().Where(r => r["since"] is null).Select(r => r.Str("id")).ToList();
        var plain = await GraphQLClient.PostAsync(app.Client, "{ relations(asOf: \"2025-05-08\") { id } }");
        var asked = await GraphQLClient.PostAsync(app.Client, "{ relations(asOf: \"2025-05-08\", includeUndated: true) { id } }");

        Assert.NotEmpty(undated);
        Assert.DoesNotContain(plain.Data["relations"].Items(), r => undated.Contains(r.Str("id")));
        Assert.All(undated, id => Assert.Contains(asked.Data["relations"].Items(), r => r.Str("id") == id));
    }

    [Fact]
    public async Task RelationTypesComeFromTheCatalog()
    {
        var response = await GraphQLClient.PostAsync(app.Client, "{ relationTypes { name sign leverage } }");
        var names = response.Data["relationTypes"].Items().Select(t => t.Str("name")).ToList();

        Assert.Contains("SUPPORTS", names);
        Assert.Contains("MEDIATES", names);
        Assert.Contains("ACCUSES", names);
        Assert.Contains("SUPPLIES_ARMS_TO", names);
    }

    [Fact]
    public async Task UnknownActorIsNullAndUnknownPathEndpointIsAnError()
    {
        var actor = await GraphQLClient.PostAsync(app.Client, "{ actor(id: \"atlantis\") { id } }");
        var paths = await GraphQLClient.PostAsync(app.Client, "{ paths(from: \"india\", to: \"atlantis\") { actors { id } } }");

        Assert.Null(actor.Data["actor"]);
        Assert.Contains("atlantis", paths.FirstError);
    }

    [Fact]
    public async Task PathsBetweenIndiaAndPakistanStartAndEndAtThem()
    {
        var response = await GraphQLClient.PostAsync(app.Client,
            "{ paths(from: \"india\", to: \"pakistan\", maxLength: 2) { actors { id } relations { id } } }");

        var paths = response.Data["paths"].Items().ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p =>
        {
            var ids = p["actors"].Items().Select(a => a.Str("id")).ToList();
            Assert.Equal("india", ids[0]);
            Assert.Equal("pakistan", ids[^1]);
            Assert.Equal(ids.Count - 1, p["relations"].Items().Count());
        });
    }

    [Fact]
    public async Task NeighborhoodOfAnActorContainsItAndItsDirectPartners()
    {
        var response = await GraphQLClient.PostAsync(app.Client,
            "{ neighborhood(id: \"the-resistance-front\") { actors { id } relations { from { id } to { id } } } }");

        var ids = response.Data["neighborhood"]!["actors"].Items().Select(a => a.Str("id")).ToHashSet();
        Assert.Contains("the-resistance-front", ids);
        Assert.All(response.Data["neighborhood"]!["relations"].Items(), r =>
        {
            Assert.Contains(r["from"].Str("id"), ids);
            Assert.Contains(r["to"].Str("id"), ids);
        });
    }
}
