using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void OverlappingFields_SameFieldTwice_IsValid() =>
        RuleAssert.Valid<OverlappingFieldsCanBeMergedRule>("{ hero { name name ...F ... on Human { name } } } fragment F on Character { name }");

    [Fact]
    public void OverlappingFields_DifferentFieldsSameKey_IsReported() =>
        RuleAssert.Invalid<OverlappingFieldsCanBeMergedRule>(
            "{ hero { name: id name } }",
            "Fields \"name\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            (1, 10), (1, 19));

    [Fact]
    public void OverlappingFields_DifferentArguments_IsReported() =>
        RuleAssert.Invalid<OverlappingFieldsCanBeMergedRule>(
            "{ x: hero(episode: JEDI) { name } x: hero(episode: EMPIRE) { name } }",
            "Fields \"x\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.",
            (1, 3), (1, 35));

    [Fact]
    public void OverlappingFields_DifferentObjectParents_MayDifferInNameButNotType()
    {
        RuleAssert.Valid<OverlappingFieldsCanBeMergedRule>("{ search(text: \"o\") { ... on Human { x: homePlanet } ... on Droid { x: function } } }");
        RuleAssert.Invalid<OverlappingFieldsCanBeMergedRule>(
            "{ search(text: \"o\") { ... on Human { x: homePlanet } ... on Starship { x: length } } }",
            "Fields \"x\" conflict because they return conflicting types \"String\" and \"Float\". Use different aliases on the fields to fetch both if this was intentional.",
            (1, 38), (1, 72));
    }

    [Fact]
    public void OverlappingFields_ConflictingSubfields_AreReportedOnParent()
    {
        var error = Assert.Single(RuleAssert.Errors<OverlappingFieldsCanBeMergedRule>("{ hero { friends { a: id } friends { a: name } } }"));
        Assert.Equal(
            "Fields \"friends\" conflict because subfields \"a\" conflict because \"id\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
            error.Message);
    }
}
