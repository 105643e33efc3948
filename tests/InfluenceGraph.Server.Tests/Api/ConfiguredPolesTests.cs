using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>The poles a request leaves out come from Explorer:Poles, not from code.</summary>
public sealed class ConfiguredPolesTests
{
    [Fact]
    public async Task DefaultPoles_WithoutConfiguration_AreIndiaThenPakistan()
    {
        await using var app = new InfluenceGraphFactory();

        var response = await GraphQLClient.PostAsync(app.CreateClient(), "{ defaultPoles india: actor(id: \"india\") { alignment } }");

        Assert.Equal(["india", "pakistan"], response.Data["defaultPoles"].Items().Select(p => p!.GetValue<string>()));
        Assert.Equal(1.0, response.Data["india"]!["alignment"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task ConfiguredPoles_AreWhatARequestWithoutPolesGets()
    {
        await using var app = new InfluenceGraphFactory();
        await using var configured = app.WithWebHostBuilder(b => b.UseSetting("Explorer:Poles:0", "pakistan").UseSetting("Explorer:Poles:1", "india"));

        var response = await GraphQLClient.PostAsync(configured.CreateClient(),
            "{ defaultPoles india: actor(id: \"india\") { alignment } pakistan: actor(id: \"pakistan\") { alignment } }");

        Assert.True(response.Errors is null, response.Body.ToJsonString());
        Assert.Equal(["pakistan", "india"], response.Data["defaultPoles"].Items().Select(p => p!.GetValue<string>()));
        Assert.Equal(-1.0, response.Data["india"]!["alignment"]!.GetValue<double>(), 9);
        Assert.Equal(1.0, response.Data["pakistan"]!["alignment"]!.GetValue<double>(), 9);
    }
}
