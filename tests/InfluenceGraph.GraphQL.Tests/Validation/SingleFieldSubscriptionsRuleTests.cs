using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void SingleFieldSubscriptions_OneField_IsValid() =>
        RuleAssert.Valid<SingleFieldSubscriptionsRule>("subscription S { hero { name } }");

    [Fact]
    public void SingleFieldSubscriptions_TwoFields_ReportsTheExtraOne() =>
        RuleAssert.Invalid<SingleFieldSubscriptionsRule>("subscription S { hero { name } human(id: 1) { id } }", "Subscription \"S\" must select only one top level field.", (1, 32));

    [Fact]
    public void SingleFieldSubscriptions_IntrospectionField_IsReported() =>
        RuleAssert.Invalid<SingleFieldSubscriptionsRule>("subscription { __typename }", "Anonymous Subscription must not select an introspection top level field.", (1, 16));

    [Fact]
    public void SingleFieldSubscriptions_SkipOnRoot_IsReported() =>
        RuleAssert.Invalid<SingleFieldSubscriptionsRule>(
            "subscription { hero @skip(if: false) { name } }", "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.", (1, 21));

    [Fact]
    public void SingleFieldSubscriptions_FieldsFromFragments_AreCounted() =>
        Assert.Single(RuleAssert.Errors<SingleFieldSubscriptionsRule>("subscription S { ...F } fragment F on Query { hero { id } secret }"));
}
