using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void UniqueInputFieldNames_Distinct_AreValid() =>
        RuleAssert.Valid<UniqueInputFieldNamesRule>("mutation { createReview(review: {stars: 1, commentary: \"x\"}) { stars } }");

    [Fact]
    public void UniqueInputFieldNames_Duplicate_IsReported() =>
        RuleAssert.Invalid<UniqueInputFieldNamesRule>(
            "mutation { createReview(review: {stars: 1, stars: 2}) { stars } }", "There can be only one input field named \"stars\".", (1, 34), (1, 44));
}
