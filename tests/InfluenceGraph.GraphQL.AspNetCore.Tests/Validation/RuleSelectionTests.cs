using GraphQL.Validation.Rules;
using GraphQLParser;
using InfluenceGraph.GraphQL.AspNetCore.Validation;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Validation;

/// <summary>
/// The rules left out for a document are only those it cannot trip: each skipped rule comes back as soon as the
/// document holds a node it inspects, and the errors those rules report still reach the client.
/// </summary>
public sealed class RuleSelectionTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());

    private static IEnumerable<string> RuleNames(string query) =>
        RuleSelection.For(Parser.Parse(query), allowIntrospection: true).Select(rule => rule.GetType().Name);

    [Fact]
    public void RuleSelection_PlainQuery_LeavesOutTheRulesWithNothingToInspect()
    {
        var names = RuleNames("query Q($first: Int) { rows(first: $first) { n next { n } } row { n } }").ToArray();

        foreach (var skipped in new[] { nameof(UniqueFragmentNames), nameof(KnownFragmentNames), nameof(NoUnusedFragments),
            nameof(PossibleFragmentSpreads), nameof(NoFragmentCycles), nameof(FragmentsOnCompositeTypes),
            nameof(KnownDirectivesInAllowedLocations), nameof(UniqueDirectivesPerLocation), nameof(UniqueOperationNames),
            nameof(LoneAnonymousOperation), nameof(SingleRootFieldSubscriptions), nameof(ExecutableDefinitionsRule),
            nameof(OverlappingFieldsCanBeMerged) })
            Assert.DoesNotContain(skipped, names);
        Assert.Contains(nameof(NoUnusedVariables), names);
        Assert.Contains(nameof(FieldsOnCorrectType), names);
        Assert.Contains(nameof(MaxIntrospectionDepthRule), names);
        Assert.Equal(RuleSelection.All.Length - 13, names.Length);
    }

    [Theory]
    [InlineData("{ row { ...F } } fragment F on Row { n }", nameof(NoUnusedFragments))]
    [InlineData("{ row { ... on Row { n } } }", nameof(FragmentsOnCompositeTypes))]
    [InlineData("{ row { ... on Row { n } } }", nameof(OverlappingFieldsCanBeMerged))]
    [InlineData("{ row { n @skip(if: false) } }", nameof(UniqueDirectivesPerLocation))]
    [InlineData("query A { row { n } } query B { row { n } }", nameof(UniqueOperationNames))]
    [InlineData("subscription { row { n } }", nameof(SingleRootFieldSubscriptions))]
    [InlineData("{ row { n } } type Extra { x: Int }", nameof(ExecutableDefinitionsRule))]
    [InlineData("{ row { n } row { n } }", nameof(OverlappingFieldsCanBeMerged))]
    [InlineData("{ row { a: n a: next { n } } }", nameof(OverlappingFieldsCanBeMerged))]
    public void RuleSelection_DocumentWithTheNodeARuleInspects_KeepsTheRule(string query, string rule)
    {
        Assert.Contains(rule, RuleNames(query));
    }

    [Fact]
    public void RuleSelection_ManyFieldsOneRepeatedLast_KeepsOverlappingFieldsCanBeMerged()
    {
        // Past the pairwise limit the response names go through a set: the repeat must still be found.
        var fields = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"f{i}: n"));

        Assert.DoesNotContain(nameof(OverlappingFieldsCanBeMerged), RuleNames($"{{ row {{ {fields} }} }}"));
        Assert.Contains(nameof(OverlappingFieldsCanBeMerged), RuleNames($"{{ row {{ {fields} f3: next {{ n }} }} }}"));
    }

    [Fact]
    public void RuleSelection_WithoutIntrospection_EndsWithTheRuleThatRefusesIt()
    {
        var rules = RuleSelection.For(Parser.Parse("{ row { n } }"), allowIntrospection: false);

        Assert.IsType<global::GraphQL.Validation.Rules.Custom.NoIntrospectionValidationRule>(rules[^1]);
    }

    [Fact]
    public async Task RuleSelection_ConflictingFieldsWithoutFragments_AreStillRefused()
    {
        var outcome = await TestRuns.OutcomeAsync(Runner, "{ row { a: n a: next { n } } }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        var error = Assert.Single(outcome.Result.Errors!);
        Assert.StartsWith("Fields a conflicts because n and next are", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuleSelection_TwoAnonymousOperations_AreStillRefused()
    {
        var outcome = await TestRuns.OutcomeAsync(Runner, "{ row { n } } { rows { n } }", new GraphQLExecutionSettings());

        Assert.Equal(GraphQLOutcomeKind.RequestError, outcome.Kind);
        Assert.NotEmpty(outcome.Result.Errors!);
    }
}
