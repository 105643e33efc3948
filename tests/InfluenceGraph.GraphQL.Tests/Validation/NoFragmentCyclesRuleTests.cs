using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void NoFragmentCycles_Chain_IsValid() =>
        RuleAssert.Valid<NoFragmentCyclesRule>("fragment A on Character { ...B ...B } fragment B on Character { id }");

    [Fact]
    public void NoFragmentCycles_TwoFragmentCycle_IsReportedOnce() =>
        RuleAssert.Invalid<NoFragmentCyclesRule>(
            "{ hero { ...A } }\nfragment A on Character { name ...B }\nfragment B on Character { id ...A }",
            "Cannot spread fragment \"A\" within itself via \"B\".", (2, 32), (3, 30));

    [Fact]
    public void NoFragmentCycles_SelfSpreadInsideField_IsReported() =>
        RuleAssert.Invalid<NoFragmentCyclesRule>("fragment A on Character { friends { ...A } }", "Cannot spread fragment \"A\" within itself.", (1, 37));
}
