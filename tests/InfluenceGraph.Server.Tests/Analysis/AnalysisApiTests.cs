using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Api;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Analysis;

/// <summary>The analysis fields through the API on the seed: narratives, time, explanations and input validation.</summary>
public sealed class AnalysisApiTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    private async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await GraphQLClient.PostAsync(app.Client, query, variables);
        Assert.True(response.Errors is null, response.Body.ToJsonString());
        return response.Data;
    }

    private async Task<string> ErrorAsync(string query)
    {
        var response = await GraphQLClient.PostAsync(app.Client, query);
        Assert.NotNull(response.Errors);
        return response.FirstError;
    }

    [Fact]
    public async Task Relations_ClaimedByIndia_KeepsIndiasClaimsAndDropsPakistans()
    {
        var data = await DataAsync("""
            { india: relations(claimedBy: "india") { id status claimedBy { id country } }
              pakistan: relations(claimedBy: "pakistan") { id status claimedBy { id country } } }
            """);
        bool OnSide(JsonNode r, string state) => r["claimedBy"].Items().Any(a => a.Str("id") == state || a.Str("country") == state);

        var india = data["india"].Items().ToList();
        var pakistan = data["pakistan"].Items().ToList();
        Assert.All(india, r => Assert.True(r.Str("status") == "CONFIRMED" || OnSide(r, "india"), r.ToJsonString()));
        Assert.All(pakistan, r => Assert.True(r.Str("status") == "CONFIRMED" || OnSide(r, "pakistan"), r.ToJsonString()));
        Assert.Contains(india, r => r.Str("status") != "CONFIRMED");
        Assert.Contains(pakistan, r => r.Str("status") != "CONFIRMED");
        Assert.NotEqual(india.Select(r => r.Str("id")).Order(), pakistan.Select(r => r.Str("id")).Order());
    }

    [Fact]
    public async Task Graph_UnknownClaimedBy_ClearError()
    {
        Assert.Equal("Unknown actor 'atlantis' in 'claimedBy'.", await ErrorAsync("{ graph(claimedBy: \"atlantis\") { relations { id } } }"));
    }

    [Theory]
    [InlineData("{ strongestPaths(from: \"india\", to: \"pakistan\", k: 0) { actors { id } } }", "'k' must be between 1 and 20, not 0.")]
    [InlineData("{ strongestPaths(from: \"india\", to: \"pakistan\", maxLength: 9) { actors { id } } }", "'maxLength' must be between 1 and 6, not 9.")]
    [InlineData("{ strongestPaths(from: \"india\", to: \"nowhere\") { actors { id } } }", "Unknown actor 'nowhere' in 'to'.")]
    [InlineData("{ mediators(a: \"india\", b: \"india\") { score } }", "'a' and 'b' must be two different actors, not both 'india'.")]
    [InlineData("{ matrix(poles: [\"india\", \"mars\"]) { quadrant } }", "Unknown actor 'mars' in 'poles'.")]
    [InlineData("{ changes(from: \"2025-05-10\", to: \"2025-04-22\") { appeared { id } } }", "'from' (2025-05-10) must not be after 'to' (2025-04-22).")]
    [InlineData("{ pairwiseLeverage(holder: \"ghost\", subject: \"india\") { value } }", "Unknown actor 'ghost' in 'holder'.")]
    public async Task AnalysisField_BadInput_ClearError(string query, string message)
    {
        Assert.Equal(message, await ErrorAsync(query));
    }

    [Fact]
    public async Task CompareNarratives_IndiaAgainstPakistan_EveryActorLargestMoveFirst()
    {
        var shifts = (await DataAsync("""
            { compareNarratives(a: { claimedBy: "india" }, b: { claimedBy: "pakistan" }) {
                actor { id } leverageA leverageB leverageDelta alignmentA alignmentB size } }
            """))["compareNarratives"].Items().ToList();

        Assert.Equal(SeedOracle.ActorIds.Count, shifts.Count);
        var sizes = shifts.Select(s => s["size"]!.GetValue<double>()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.True(sizes[0] > 0, "the two accounts differ, so someone moves");
        Assert.All(shifts, s => Assert.Equal(s["leverageB"]!.GetValue<double>() - s["leverageA"]!.GetValue<double>(), s["leverageDelta"]!.GetValue<double>(), 9));
    }

    [Fact]
    public async Task Changes_PahalgamToCeasefire_StrikesAppear()
    {
        var changes = (await DataAsync("{ changes(from: \"2025-04-22\", to: \"2025-05-10\") { appeared { id since } ended { id } movers { actor { id } } } }"))["changes"]!;

        var appeared = changes["appeared"].Items().ToList();
        Assert.Contains(appeared, r => r.Str("id") == "sav-005");
        Assert.All(appeared, r => Assert.True(string.CompareOrdinal(r.Str("since"), "2025-04-22") > 0, r.ToJsonString()));
        Assert.NotEmpty(changes["movers"].Items());
    }

    [Fact]
    public async Task Breakdowns_China_PullsSumToAlignmentAndAmountsStayBelowLeverage()
    {
        var china = (await DataAsync("""
            { actor(id: "china") { leverage alignment leverageBreakdown { amount over { id } relation { id } }
                alignmentBreakdown { pull neighbour { id } relation { id } } } }
            """))["actor"]!;

        var pulls = china["alignmentBreakdown"].Items().Sum(p => p["pull"]!.GetValue<double>());
        Assert.Equal(china["alignment"]!.GetValue<double>(), pulls, 6);
        var amounts = china["leverageBreakdown"].Items().Select(c => c["amount"]!.GetValue<double>()).ToList();
        Assert.NotEmpty(amounts);
        Assert.True(amounts.Sum() < china["leverage"]!.GetValue<double>());
    }

    [Fact]
    public async Task PairwiseLeverage_UnitedStatesOverPakistan_PathsSumToValue()
    {
        var pairwise = (await DataAsync("{ pairwiseLeverage(holder: \"united-states\", subject: \"pakistan\") { value paths { amount actors { id } relations { id } } } }"))["pairwiseLeverage"]!;

        var paths = pairwise["paths"].Items().ToList();
        Assert.Equal(pairwise["value"]!.GetValue<double>(), paths.Sum(p => p["amount"]!.GetValue<double>()), 9);
        Assert.All(paths, p => Assert.Equal("united-states", p["actors"].Items().First().Str("id")));
        Assert.All(paths, p => Assert.Equal("pakistan", p["actors"].Items().Last().Str("id")));
    }

    [Fact]
    public async Task StrongestPaths_IndiaToPakistan_KPathsWithEvidence()
    {
        var paths = (await DataAsync("{ strongestPaths(from: \"india\", to: \"pakistan\", k: 3) { actors { id } relations { id evidence { quote } } } }"))["strongestPaths"].Items().ToList();

        Assert.Equal(3, paths.Count);
        Assert.All(paths, p => Assert.Equal(p["actors"].Items().Count() - 1, p["relations"].Items().Count()));
        Assert.All(paths.SelectMany(p => p["relations"].Items()), r => Assert.NotEmpty(r["evidence"].Items().First().Str("quote")));
    }

    [Fact]
    public async Task Contested_Seed_OnlyDisputedOrCounterclaimed()
    {
        var contested = (await DataAsync("{ contested { id status } }"))["contested"].Items().ToList();

        Assert.NotEmpty(contested);
        Assert.DoesNotContain(contested, r => r.Str("status") == "CONFIRMED");
        Assert.Contains(contested, r => r.Str("status") == "DISPUTED");
    }

    [Fact]
    public async Task Blocs_Seed_IndiaAndPakistanApartChinaWithPakistan()
    {
        var groups = (await DataAsync("{ blocs { groups { id } frustratedWeight } }"))["blocs"]!["groups"].Items()
            .Select(g => g.Items().Select(a => a.Str("id")).ToHashSet()).ToList();

        var india = Assert.Single(groups, g => g.Contains("india"));
        var pakistan = Assert.Single(groups, g => g.Contains("pakistan"));
        Assert.NotSame(india, pakistan);
        Assert.Contains("china", pakistan);
        Assert.Contains("quad", india);
    }

    [Fact]
    public async Task StateLevel_UnitedStatesAndChina_RankAmongTheTopLeverageHolders_AndNoPersonOrBodyIsListed()
    {
        var data = await DataAsync("{ matrix(level: STATES) { actor { id kind } leverage } }");
        var points = data["matrix"].Items().OrderByDescending(p => p["leverage"]!.GetValue<double>()).ToList();
        var top = points.Take(5).Select(p => p["actor"].Str("id")).ToList();

        Assert.Contains("united-states", top);
        Assert.Contains("china", top);
        Assert.DoesNotContain(points, p => p["actor"].Str("kind") is "PERSON" or "ORGANIZATION");
    }

    [Fact]
    public async Task StateLevel_APersonGetsItsStatesLeverage()
    {
        var data = await DataAsync("""{ rubio: actor(id: "marco-rubio") { leverage(level: STATES) } us: actor(id: "united-states") { leverage(level: STATES) } }""");

        Assert.Equal(data["us"]!["leverage"]!.GetValue<double>(), data["rubio"]!["leverage"]!.GetValue<double>());
    }

    [Fact]
    public async Task LeverageHolders_OverPakistan_AreEachHoldersPairwiseLeverageMostFirst()
    {
        var data = await DataAsync("""{ actor(id: "pakistan") { leverageHolders(first: 5) { holder { id } value paths { amount } } } }""");
        var holders = data["actor"]!["leverageHolders"].Items().ToList();
        var values = holders.Select(h => h["value"]!.GetValue<double>()).ToList();

        Assert.Equal(5, holders.Count);
        Assert.Equal(values.OrderByDescending(v => v), values);
        foreach (var holder in holders)
        {
            var pairwise = await DataAsync("query ($h: ID!) { pairwiseLeverage(holder: $h, subject: \"pakistan\") { value } }", new { h = holder["holder"].Str("id") });
            Assert.Equal(pairwise["pairwiseLeverage"]!["value"]!.GetValue<double>(), holder["value"]!.GetValue<double>(), 9);
            Assert.Equal(holder["value"]!.GetValue<double>(), holder["paths"].Items().Sum(p => p["amount"]!.GetValue<double>()), 9);
        }
    }

    [Fact]
    public async Task LeverageHolderPaths_WithFirst_AreTheLargestOfTheFullList()
    {
        var data = await DataAsync("""
            { actor(id: "pakistan") { all: leverageHolders(first: 5) { paths { amount actors { id } } }
                                      top: leverageHolders(first: 5) { paths(first: 1) { amount actors { id } } } } }
            """);
        var all = data["actor"]!["all"].Items().Select(h => h["paths"].Items().ToList()).ToList();
        var top = data["actor"]!["top"].Items().Select(h => h["paths"].Items().ToList()).ToList();

        Assert.Contains(all, paths => paths.Count > 1);
        Assert.Equal(all.Count, top.Count);
        for (var i = 0; i < all.Count; i++)
            Assert.Equal(all[i][0].ToJsonString(), Assert.Single(top[i]).ToJsonString());
    }

    [Fact]
    public async Task Mediation_IsNotAlignment_RubioInIndiasAccountStaysUnalignedAndOutOfLashkarsBloc()
    {
        var data = await DataAsync("""
            { actor(id: "marco-rubio") { alignment(claimedBy: "india") }
              blocs { groups { id } }
              relationTypes { name sign mediation } }
            """);

        Assert.InRange(data["actor"]!["alignment"]!.GetValue<double>(), -0.1, 0.1);
        var lashkar = data["blocs"]!["groups"].Items().Single(g => g.Items().Any(a => a.Str("id") == "lashkar-e-taiba"));
        Assert.DoesNotContain(lashkar.Items(), a => a.Str("id") is "marco-rubio" or "us-department-of-state");
        Assert.All(data["relationTypes"].Items().Where(t => t["mediation"]!.GetValue<bool>()), t => Assert.Equal(0, t["sign"]!.GetValue<int>()));
    }
}
