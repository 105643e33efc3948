namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class AllRulesTests
{
    [Fact]
    public void Validator_StandardIntrospectionQuery_IsValid() =>
        Assert.Empty(RuleAssert.AllRules(Fixtures.IntrospectionQuery.Text).Select(e => e.Message));

    [Fact]
    public void Validator_KitchenSinkQuery_IsValid() =>
        Assert.Empty(RuleAssert.AllRules("""
            query Q($id: ID!, $withFriends: Boolean = true, $review: ReviewInput!) {
              human(id: $id) {
                ...HumanParts
                friends @include(if: $withFriends) { __typename ... on Droid { function } }
              }
              search(text: "a") { ... on Character { name } ... on Starship { length(unit: FOOT) } }
            }
            fragment HumanParts on Human { id name homePlanet appearsIn }
            mutation M($review: ReviewInput!) { createReview(review: $review) { stars } }
            """.Replace(", $review: ReviewInput!) {\n  human", ") {\n  human")).Select(e => e.Message));

    [Fact]
    public void Validator_SeveralProblems_AreReportedInDocumentOrder()
    {
        var errors = RuleAssert.AllRules("query($x: Foo) { hero { ... on Wookiee { name } } }");
        Assert.Equal(
            ["Variable \"$x\" is never used.", "Unknown type \"Foo\".", "Unknown type \"Wookiee\"."],
            errors.Select(e => e.Message));
    }
}
