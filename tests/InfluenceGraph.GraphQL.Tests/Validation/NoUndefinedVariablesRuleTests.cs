using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void NoUndefinedVariables_DefinedInOperation_IsValid() =>
        RuleAssert.Valid<NoUndefinedVariablesRule>("query Q($id: ID!, $s: Boolean!) { human(id: $id) @skip(if: $s) { ...F } } fragment F on Human { friends { id } }");

    [Fact]
    public void NoUndefinedVariables_Missing_IsReportedWithOperation() =>
        RuleAssert.Invalid<NoUndefinedVariablesRule>("query { human(id: $missing) { name } }", "Variable \"$missing\" is not defined.", (1, 19), (1, 1));

    [Fact]
    public void NoUndefinedVariables_MissingInFragment_NamesOperation() =>
        RuleAssert.Invalid<NoUndefinedVariablesRule>(
            "query Q { ...F }\nfragment F on Query { human(id: $id) { name } }", "Variable \"$id\" is not defined by operation \"Q\".", (2, 33), (1, 1));
}
