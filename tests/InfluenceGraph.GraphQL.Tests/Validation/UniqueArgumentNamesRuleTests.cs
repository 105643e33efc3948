using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void UniqueArgumentNames_Distinct_AreValid() =>
        RuleAssert.Valid<UniqueArgumentNamesRule>("{ hero(episode: JEDI) @skip(if: false) { name } }");

    [Fact]
    public void UniqueArgumentNames_Duplicate_IsReported() =>
        RuleAssert.Invalid<UniqueArgumentNamesRule>("{ hero(episode: JEDI, episode: EMPIRE) { name } }", "There can be only one argument named \"episode\".", (1, 8), (1, 23));
}
