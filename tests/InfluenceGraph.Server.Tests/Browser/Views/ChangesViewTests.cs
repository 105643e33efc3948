using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Views;

public sealed class ChangesViewTests
{
    [ChromiumFact]
    public async Task WhatChangedBetweenTwoDatesListsTheApisAppearedEndedAndMovers()
    {
        const string from = "2025-04-22";
        const string to = "2025-05-10";
        await using var session = await ViewSession.StartAsync();
        var api = await session.QueryAsync("""
            query ($from: Date!, $to: Date!) { changes(from: $from, to: $to, poles: ["india", "pakistan"]) {
              appeared { id } ended { id } movers { actor { id } } } }
            """, new { from, to });
        var changes = api.Data["changes"]!;
        await session.OpenAsync();
        var page = session.Page;

        await page.FillAsync("#changes-from", from);
        await page.FillAsync("#changes-to", to);
        await page.ClickAsync("#changes-run");
        await page.Locator(".appeared-list").WaitForAsync();
        var appeared = await page.Locator(".appeared-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)");
        Assert.Equal(changes["appeared"].Items().Select(r => r.Str("id")).Order(), appeared.Order());
        var ended = await page.Locator(".ended-list li").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.relationId)");
        Assert.Equal(changes["ended"].Items().Select(r => r.Str("id")).Order(), ended.Order());
        var topMover = changes["movers"].Items().First()["actor"].Str("id");
        Assert.Equal(topMover, await page.Locator(".movers-list li").First.GetAttributeAsync("data-actor-id"));
        await session.ScreenshotAsync("time-changes.png");

        // A mover selects its actor in the graph.
        await page.Locator(".movers-list li button").First.ClickAsync();
        Assert.Equal(topMover, await page.EvaluateAsync<string>("() => window.influenceGraph.cy.nodes(':selected').id()"));
        Assert.Empty(session.ConsoleErrors);
    }
}
