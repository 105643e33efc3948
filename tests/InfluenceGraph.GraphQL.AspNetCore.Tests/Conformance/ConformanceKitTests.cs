using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>
/// The kit's run-all.sh steps, one test each, against the conformance host on GraphQL.NET: graphql-http's audit
/// (strict), graphql-js 16 and 17 as differential oracles (over HTTP, graphql-transport-ws and Server-Sent Events), the
/// GraphQL-over-HTTP status table, the introspection round trip and the graphql-transport-ws edge cases. Where
/// GraphQL.NET answers differently from graphql-js, the case must be in expected-differences.tsv with its reason.
/// </summary>
public sealed class ConformanceKitTests(ConformanceHostFixture host) : IClassFixture<ConformanceHostFixture>
{
    [Fact]
    public void ExpectedDifferences_EveryEntry_NamesAKnownStepACaseAndAReason()
    {
        Assert.Empty(ExpectedDifferences.Problems(ExpectedDifferences.Load()));
    }

    [Fact]
    public void ExpectedDifferences_EntryWithoutReason_IsRejected()
    {
        var entries = ExpectedDifferences.Parse(["g16-valid\tV01-anything\t", "nowhere\tX\tGraphQL.NET does something else here"]);
        var problems = ExpectedDifferences.Problems(entries).ToList();
        Assert.Contains(problems, p => p.Contains("V01-anything has no reason"));
        Assert.Contains(problems, p => p.Contains("unknown step 'nowhere'"));
    }

    [ConformanceKitFact]
    public async Task GraphqlHttpAudit_Strict_NoMustAuditFails()
    {
        var (exit, output) = await ConformanceKit.NodeAsync("audit.mjs", host.HttpUrl, "--strict");
        Assert.True(exit == 0, output);
        Assert.Matches(@"(?m)^\d+ passed, 0 failed$", output);
    }

    [ConformanceKitTheory]
    [InlineData("valid", "g16-valid", "--ws")]
    [InlineData("invalid", "g16-invalid-exec", "--ws")]
    [InlineData("subscriptions", "g16-subscriptions", "--ws")]
    [InlineData("subscriptions", "g16-subscriptions", "--sse")]
    public async Task Differential_Graphql16_DiffersOnlyWhereListed(string queries, string expected, string transport)
    {
        var actual = await RemoteAsync(queries, transport);
        var (_, output) = await ConformanceKit.NodeAsync("compare.mjs", Expected(expected), actual, "--ignore-messages");
        AssertOnlyListed("g16-" + queries, ExpectedDifferences.DifferingCases(output), output);
    }

    [ConformanceKitTheory]
    [InlineData("valid", "g17-valid")]
    [InlineData("invalid", "g17-invalid-exec")]
    [InlineData("subscriptions", "g17-subscriptions")]
    public async Task Differential_Graphql17_DiffersOnlyWhereListed(string queries, string expected)
    {
        var actual = await RemoteAsync(queries, "--ws");
        var (_, output) = await ConformanceKit.NodeAsync("compare.mjs", Expected(expected), actual, "--ignore-messages");
        AssertOnlyListed("g17-" + queries, ExpectedDifferences.DifferingCases(output), output);
    }

    [ConformanceKitFact]
    public async Task StatusCodes_ValidAndInvalidQueries_NoMustViolation()
    {
        var both = Path.Combine(host.OutputDirectory, "engine-http.jsonl");
        await File.WriteAllTextAsync(both,
            await File.ReadAllTextAsync(await RemoteAsync("valid", "--ws")) + await File.ReadAllTextAsync(await RemoteAsync("invalid", "--ws")));
        var (exit, output) = await ConformanceKit.NodeAsync("status-check.mjs", both);
        Assert.True(exit == 0, output);
        Assert.Matches(@"(?m)^\d+ records checked, 0 MUST violations", output);
    }

    [ConformanceKitFact]
    public async Task Introspection_RoundTrip_IdenticalSdlAndOnlyListedChanges()
    {
        var (_, query) = await ConformanceKit.NodeAsync("oracle.mjs", "print-introspection-query");
        using var client = new HttpClient();
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.HttpUrl) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var file = Path.Combine(host.OutputDirectory, "introspection.json");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());

        var (exit, output) = await ConformanceKit.NodeAsync("oracle.mjs", "introspect-diff", Path.Combine(ConformanceKit.Examples, "schema.graphql"), file);
        Assert.True(exit == 0, output);
        var diff = JsonNode.Parse(output)!;
        Assert.True(diff["identicalSDL"]!.GetValue<bool>(), output);
        var changes = diff["breaking"]!.AsArray().Concat(diff["dangerous"]!.AsArray())
            .Select(c => $"{c!["type"]!.GetValue<string>()}: {c["description"]!.GetValue<string>()}").ToHashSet();
        AssertOnlyListed("introspection", changes, output);
    }

    [ConformanceKitFact]
    public async Task WebSocketEdgeCases_CloseCodesAndPing_AllMustChecksPass()
    {
        var (exit, output) = await ConformanceKit.NodeAsync("ws-check.mjs", host.WebSocketUrl, "--init-timeout-ms=3500");
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("MUST   fail", output);
        Assert.Contains("MUST   pass no ConnectionInit", output);
    }

    [ConformanceKitFact]
    public async Task Spec2025Cases_ValidityDiffersFromGraphql17OnlyWhereListed()
    {
        var actual = await File.ReadAllLinesAsync(await RemoteAsync("spec2025", "--ws"));
        var expected = await File.ReadAllLinesAsync(Expected("g17-spec2025-validate"));
        var executed = actual.Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!).ToDictionary(n => n["id"]!.GetValue<string>(), n => n["data"] is not null);
        var differing = expected.Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!)
            .Where(line => line["valid"]!.GetValue<bool>() != executed[line["id"]!.GetValue<string>()])
            .Select(line => line["id"]!.GetValue<string>()).ToHashSet();
        AssertOnlyListed("spec2025", differing, string.Join('\n', actual));
    }

    [ConformanceKitFact]
    public async Task QueryOnlySchema_MissingOperationTypes_DiffersFromGraphql17OnlyWhereListed()
    {
        await using var app = ConformanceHost.ConformanceServer.Create(ConformanceKit.Examples, ["--urls", "http://127.0.0.1:0"], "query-only", "query-only");
        await app.StartAsync();
        var url = app.Urls.Single() + "/graphql";
        var (exit, output) = await ConformanceKit.NodeAsync("oracle.mjs", "remote", url, Path.Combine(ConformanceKit.Examples, "queries-query-only.json"), "--ws=ws" + url["http".Length..]);
        Assert.True(exit == 0, output);
        var actual = Path.Combine(host.OutputDirectory, "engine-query-only.jsonl");
        await File.WriteAllTextAsync(actual, output);

        (_, output) = await ConformanceKit.NodeAsync("compare.mjs", Expected("g17-query-only-exec"), actual, "--ignore-messages");
        AssertOnlyListed("g17-query-only", ExpectedDifferences.DifferingCases(output), output);
    }

    private static void AssertOnlyListed(string step, IReadOnlyCollection<string> differing, string output)
    {
        var (unlisted, nowAgreeing) = ExpectedDifferences.Judge(step, differing);
        Assert.True(unlisted.Count == 0,
            $"{step}: these cases differ from graphql-js and are not in {ExpectedDifferences.FileName}: {string.Join(", ", unlisted)}\n{output}");
        Assert.True(nowAgreeing.Count == 0,
            $"{step}: these cases are listed in {ExpectedDifferences.FileName} but now agree with graphql-js; remove them: {string.Join(", ", nowAgreeing)}");
    }

    private static string Expected(string name) => Path.Combine(ConformanceKit.Examples, "expected", name + ".jsonl");

    // oracle.mjs remote: the queries sent to the host (subscriptions over the given transport), one JSON line each.
    private async Task<string> RemoteAsync(string queries, string transport)
    {
        var flag = transport == "--ws" ? "--ws=" + host.WebSocketUrl : "--sse";
        var (exit, output) = await ConformanceKit.NodeAsync("oracle.mjs", "remote", host.HttpUrl,
            Path.Combine(ConformanceKit.Examples, $"queries-{queries}.json"), flag);
        Assert.True(exit == 0, output);
        var file = Path.Combine(host.OutputDirectory, $"engine-{queries}-{transport.TrimStart('-')}-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, output);
        return file;
    }
}
