using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void KnownFragmentNames_DefinedFragment_IsValid() =>
        RuleAssert.Valid<KnownFragmentNamesRule>("{ hero { ...F } } fragment F on Character { name }");

    [Fact]
    public void KnownFragmentNames_Missing_IsReported() =>
        RuleAssert.Invalid<KnownFragmentNamesRule>("{ hero { ...Missing } }", "Unknown fragment \"Missing\".", (1, 13));
}
