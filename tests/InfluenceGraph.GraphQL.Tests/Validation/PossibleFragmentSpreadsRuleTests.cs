using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void PossibleFragmentSpreads_OverlappingTypes_AreValid() =>
        RuleAssert.Valid<PossibleFragmentSpreadsRule>(
            "{ hero { ... on Human { id } ...D } search(text: \"a\") { ... on Character { id } ... on Starship { id } } } fragment D on Droid { id }");

    [Fact]
    public void PossibleFragmentSpreads_InlineOnUnrelatedType_IsReported() =>
        RuleAssert.Invalid<PossibleFragmentSpreadsRule>(
            "{ hero { ... on Starship { id } } }", "Fragment cannot be spread here as objects of type \"Character\" can never be of type \"Starship\".", (1, 10));

    [Fact]
    public void PossibleFragmentSpreads_NamedOnUnrelatedType_IsReported() =>
        RuleAssert.Invalid<PossibleFragmentSpreadsRule>(
            "{ human(id: 1) { ...S } } fragment S on Starship { id }", "Fragment \"S\" cannot be spread here as objects of type \"Human\" can never be of type \"Starship\".", (1, 18));
}
