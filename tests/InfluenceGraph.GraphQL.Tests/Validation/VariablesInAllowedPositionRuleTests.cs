using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void VariablesInAllowedPosition_MatchingAndDefaulted_AreValid() =>
        RuleAssert.Valid<VariablesInAllowedPositionRule>("""
            query($id: ID!, $ep: Episode, $eps: [Episode!]!, $opt: ID = "1", $unit: LengthUnit, $b: Boolean!) {
              human(id: $id) { id }
              h2: human(id: $opt) { id }
              hero(episode: $ep) @skip(if: $b) { id }
              heroes(episodes: $eps) { id }
              search(text: "falcon") { ... on Starship { length(unit: $unit) } }
            }
            """);

    [Fact]
    public void VariablesInAllowedPosition_WrongType_IsReported() =>
        RuleAssert.Invalid<VariablesInAllowedPositionRule>(
            "query H($id: String) { human(id: $id) { name } }", "Variable \"$id\" of type \"String\" used in position expecting type \"ID!\".", (1, 9), (1, 34));

    [Fact]
    public void VariablesInAllowedPosition_NullableInNonNull_IsReported() =>
        RuleAssert.Invalid<VariablesInAllowedPositionRule>(
            "query($ep: Episode, $id: ID) { hero(episode: $ep) { name } human(id: $id) { name } }",
            "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\".", (1, 21), (1, 70));

    [Fact]
    public void VariablesInAllowedPosition_UsageInFragment_IsChecked() =>
        RuleAssert.Invalid<VariablesInAllowedPositionRule>(
            "query($e: [Episode]) { ...F }\nfragment F on Query { heroes(episodes: $e) { id } }",
            "Variable \"$e\" of type \"[Episode]\" used in position expecting type \"[Episode!]!\".", (1, 7), (2, 40));
}
