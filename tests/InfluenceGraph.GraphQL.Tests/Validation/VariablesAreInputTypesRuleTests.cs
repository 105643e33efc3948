using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void VariablesAreInputTypes_InputTypes_AreValid() =>
        RuleAssert.Valid<VariablesAreInputTypesRule>("query($a: String, $b: [Episode!]!, $c: ReviewInput, $d: Date) { hero { id } }");

    [Fact]
    public void VariablesAreInputTypes_OutputType_IsReported() =>
        RuleAssert.Invalid<VariablesAreInputTypesRule>("query($c: [Character]) { hero { name } }", "Variable \"$c\" cannot be non-input type \"[Character]\".", (1, 11));
}
