using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void UniqueFragmentNames_DistinctNames_AreValid() =>
        RuleAssert.Valid<UniqueFragmentNamesRule>("{ hero { ...F ...G } } fragment F on Character { name } fragment G on Character { id }");

    [Fact]
    public void UniqueFragmentNames_Duplicate_IsReported() =>
        RuleAssert.Invalid<UniqueFragmentNamesRule>(
            "{ hero { ...F } }\nfragment F on Character { name }\nfragment F on Character { id }", "There can be only one fragment named \"F\".", (2, 10), (3, 10));
}
