using System.Diagnostics;
using System.Text;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Small requests built to make planning expensive: fragment, alias, directive, variable, list, width, same-name,
/// introspection and nesting bombs, each within the request limits (10,000 tokens, 100,000 characters). Each must be
/// planned (lexed, parsed, measured, validated) in under 50 ms or refused in that time. Times are the best of five
/// runs, each on a query text of its own (so no run finds the parse of another cached), after a warm-up.
/// </summary>
public sealed class AdversarialPlanningTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());
    private static readonly GraphQLExecutionSettings Settings = new() { MaxCost = 500_000, MaxDepth = 15, Timeout = TimeSpan.FromSeconds(30) };

    private static string Repeat(int count, Func<int, string> part) => string.Concat(Enumerable.Range(0, count).Select(part));

    public static TheoryData<string, string> Bombs() => new()
    {
        { "same field written 2,000 times", "{ row { " + Repeat(2000, _ => "next { n } ") + "} }" },
        { "one field with 1,100 different arguments", "{ " + Repeat(1100, i => $"rows(first: {i % 7}) {{ n }} ") + "}" },
        { "250 conflicting fields in one set", "{ row { " + Repeat(250, i => $"rows(first: {i % 7}) {{ n }} ") + "} }" },
        { "1,000 fragments in a chain", "{ row { ...F0 } } " + Repeat(1000, i => $"fragment F{i} on Row {{ n ...F{i + 1} }} ") + "fragment F1000 on Row { n }" },
        { "fragments each spreading the one before twice", "{ row { ...F30 } } fragment F0 on Row { n } " + Repeat(30, i => $"fragment F{i + 1} on Row {{ ...F{i} ...F{i} }} ") },
        { "one fragment spread 3,000 times", "{ row { " + Repeat(3000, _ => "...F ") + "} } fragment F on Row { n next { n } }" },
        { "1,500 aliases", "{ " + Repeat(1500, i => $"a{i}: row {{ n }} ") + "}" },
        { "1,600 directives on one field", "{ row " + Repeat(1600, _ => "@skip(if: false) ") + "{ n } }" },
        { "2,000 variables", "query(" + Repeat(2000, i => $"$v{i}: Int ") + ") { row { n } }" },
        { "a list of 4,500 ids", "{ pick(ids: [" + Repeat(4500, i => $"{i} ") + "]) }" },
        { "lists nested 120 deep", "{ pick(ids: " + new string('[', 120) + "1" + new string(']', 120) + ") }" },
        { "selections nested 120 deep", "{ " + Repeat(120, _ => "row { next ") + "n" + Repeat(120, _ => " }") + " }" },
        { "introspection 3,000 fields wide", "{ __schema { types { " + Repeat(3000, _ => "name ") + "} } }" },
        { "introspection nested through fragments", "{ __schema { types { ...T } } } fragment T on __Type { fields { type { fields { type { fields { name } } } } } }" },
        { "1,400 inline fragments", "{ row { " + Repeat(1400, _ => "... on Row { n } ") + "} }" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task Bomb_IsPlannedOrRefusedWithinFiftyMilliseconds(string bomb, string query)
    {
        Assert.True(query.Length <= Settings.MaxDocumentLength, $"{bomb}: {query.Length} characters, past the request limit");
        await TestRuns.OutcomeAsync(Runner, query + "\n# warm-up", Settings);
        var best = long.MaxValue;
        GraphQLOutcome? outcome = null;
        for (var run = 0; run < 5; run++)
        {
            var clock = Stopwatch.StartNew();
            outcome = await TestRuns.OutcomeAsync(Runner, query + $"\n# run {run}", Settings);
            best = Math.Min(best, clock.ElapsedMilliseconds);
        }

        Assert.True(best < 50, $"{bomb}: {best} ms at best ({outcome!.Kind}: {outcome.Result.Errors?.FirstOrDefault()?.Message})");
    }

    [Fact]
    public async Task Bombs_AreRefusedWithAMessageNamingTheLimit()
    {
        var refused = new List<string>();
        foreach (var bomb in Bombs())
        {
            var outcome = await TestRuns.OutcomeAsync(Runner, (string)bomb[1], Settings);
            if (outcome.Kind == GraphQLOutcomeKind.RequestError)
                refused.Add(outcome.Result.Errors![0].Message);
        }

        Assert.True(refused.Count >= 12, string.Join("\n", refused));
        Assert.Contains(refused, m => m.Contains("fields once its fragments are expanded, more than the limit of 256", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("under one response name", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("fragments, more than the limit of 64", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("aliased fields, more than the limit of 100", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("variables, more than the limit of 64", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("root fields, more than the limit of 32", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.Contains("pass long lists as variables", StringComparison.Ordinal));
        Assert.Contains(refused, m => m.StartsWith("Query depth", StringComparison.Ordinal) || m.Contains("depth", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(refused, m => m == "Maximum introspection depth exceeded");
    }
}
