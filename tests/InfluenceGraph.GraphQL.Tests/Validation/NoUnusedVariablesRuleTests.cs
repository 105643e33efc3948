using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void NoUnusedVariables_UsedInFragmentAndDirective_IsValid() =>
        RuleAssert.Valid<NoUnusedVariablesRule>("query($id: ID!, $b: Boolean!) { ...F hero @include(if: $b) { id } } fragment F on Query { human(id: $id) { name } }");

    [Fact]
    public void NoUnusedVariables_Unused_IsReported() =>
        RuleAssert.Invalid<NoUnusedVariablesRule>("query($unused: Int) { hero { name } }", "Variable \"$unused\" is never used.", (1, 7));

    [Fact]
    public void NoUnusedVariables_NamedOperation_NamesIt() =>
        RuleAssert.Invalid<NoUnusedVariablesRule>("query Q($u: Int) { hero { name } }", "Variable \"$u\" is never used in operation \"Q\".", (1, 9));
}
