using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void NoUnusedFragments_IndirectlyUsed_IsValid() =>
        RuleAssert.Valid<NoUnusedFragmentsRule>("{ hero { ...A } } fragment A on Character { ...B } fragment B on Character { id }");

    [Fact]
    public void NoUnusedFragments_Unused_IsReported() =>
        RuleAssert.Invalid<NoUnusedFragmentsRule>("{ hero { name } }\nfragment Unused on Character { id }", "Fragment \"Unused\" is never used.", (2, 1));

    [Fact]
    public void NoUnusedFragments_OnlyUsedByUnusedFragment_IsReportedTwice() =>
        Assert.Equal(2, RuleAssert.Errors<NoUnusedFragmentsRule>("{ hero { id } } fragment A on Character { ...B } fragment B on Character { id }").Count);
}
