using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void UniqueVariableNames_Distinct_AreValid() =>
        RuleAssert.Valid<UniqueVariableNamesRule>("query($a: Int, $b: Int) { hero { name } }");

    [Fact]
    public void UniqueVariableNames_Duplicate_IsReported() =>
        RuleAssert.Invalid<UniqueVariableNamesRule>("query($a: Int, $a: Int) { hero { name } }", "There can be only one variable named \"$a\".", (1, 8), (1, 17));
}
