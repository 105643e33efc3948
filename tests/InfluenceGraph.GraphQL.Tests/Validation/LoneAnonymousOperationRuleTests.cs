using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void LoneAnonymousOperation_SingleAnonymous_IsValid() =>
        RuleAssert.Valid<LoneAnonymousOperationRule>("{ hero { name } } fragment F on Character { id }");

    [Fact]
    public void LoneAnonymousOperation_AnonymousWithOthers_IsReported() =>
        RuleAssert.Invalid<LoneAnonymousOperationRule>("{ hero { name } } query B { hero { id } }", "This anonymous operation must be the only defined operation.", (1, 1));
}
