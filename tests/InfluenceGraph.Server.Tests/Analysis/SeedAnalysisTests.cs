using System.Globalization;
using InfluenceGraph.Server.Tests.Api;
using InfluenceGraph.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InfluenceGraph.Server.Tests.Analysis;

/// <summary>Sanity checks of the analysis on the seed, through the GraphQL API, against what the articles say.</summary>
public sealed class SeedAnalysisTests(SeededAppFixture app, ITestOutputHelper output) : IClassFixture<SeededAppFixture>
{
    private async Task<GraphQLClient.Response> Query(string query, object? variables = null)
    {
        var response = await GraphQLClient.PostAsync(app.Client, query, variables);
        Assert.True(response.Errors is null, response.Body.ToJsonString());
        return response;
    }

    private async Task<double> PairwiseAsync(string holder, string subject) =>
        (await Query("query($h: ID!, $s: ID!) { pairwiseLeverage(holder: $h, subject: $s) { value } }", new { h = holder, s = subject }))
            .Data["pairwiseLeverage"]!["value"]!.GetValue<double>();

    [Theory]
    [InlineData("india")]
    [InlineData("pakistan")]
    public async Task PairwiseLeverage_UnitedStatesOverSubject_ExceedsIranAndRussia(string subject)
    {
        var us = await PairwiseAsync("united-states", subject);
        var iran = await PairwiseAsync("iran", subject);
        var russia = await PairwiseAsync("russia", subject);
        output.WriteLine($"over {subject}: united-states {us:F3}, iran {iran:F3}, russia {russia:F3}");
        Assert.True(us > iran, $"US {us} vs Iran {iran}");
        Assert.True(us > russia, $"US {us} vs Russia {russia}");
    }

    [Fact]
    public async Task Alignment_ChinaAndQuad_SitOnPakistansAndIndiasSides()
    {
        var data = (await Query("{ china: actor(id: \"china\") { alignment } quad: actor(id: \"quad\") { alignment } }")).Data;
        var china = data["china"]!["alignment"]!.GetValue<double>();
        var quad = data["quad"]!["alignment"]!.GetValue<double>();
        output.WriteLine($"china {china:F3}, quad {quad:F3}");
        Assert.True(china < 0, $"China {china}");
        Assert.True(quad > 0, $"Quad {quad}");
    }

    [Fact]
    public async Task Report_Seed_PrintsLeverageAlignmentBlocsAndMediators()
    {
        var data = (await Query("""
            { matrix { actor { id } alignment leverage quadrant }
              blocs { groups { id } frustrated { id } frustratedWeight }
              mediators(a: "india", b: "pakistan") { actor { id } leverageOverA leverageOverB score } }
            """)).Data;
        var points = data["matrix"].Items().ToList();
        Assert.Equal(SeedOracle.ActorIds.Count, points.Count);
        foreach (var p in points)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p["actor"].Str("id"),-40} leverage {p["leverage"]!.GetValue<double>():F3} alignment {p["alignment"]?.GetValue<double>().ToString("F3", CultureInfo.InvariantCulture) ?? "null"} {p.Str("quadrant")}"));
        foreach (var g in data["blocs"]!["groups"].Items())
            output.WriteLine("bloc: " + string.Join(", ", g.Items().Select(a => a.Str("id"))));
        output.WriteLine("frustrated: " + string.Join(", ", data["blocs"]!["frustrated"].Items().Select(r => r.Str("id"))));
        foreach (var m in data["mediators"].Items())
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mediator {m["actor"].Str("id")}: over india {m["leverageOverA"]!.GetValue<double>():F3}, over pakistan {m["leverageOverB"]!.GetValue<double>():F3}, score {m["score"]!.GetValue<double>():F3}"));
        Assert.NotEmpty(data["mediators"].Items());
    }
}
