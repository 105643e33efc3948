using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void KnownTypeNames_KnownTypes_AreValid() =>
        RuleAssert.Valid<KnownTypeNamesRule>("query($e: Episode, $i: [Int!]) { hero(episode: $e) { ... on Human { id } ...F } } fragment F on Droid { id }");

    [Fact]
    public void KnownTypeNames_UnknownTypes_AreReportedEach()
    {
        var errors = RuleAssert.Errors<KnownTypeNamesRule>("query($x: [Foo!]) { hero { ... on Wookiee { name } ...F } } fragment F on Ewok { id }");
        Assert.Equal(["Unknown type \"Foo\".", "Unknown type \"Wookiee\".", "Unknown type \"Ewok\"."], errors.Select(e => e.Message));
        Assert.Equal(new(1, 12), errors[0].Locations![0]);
    }
}
