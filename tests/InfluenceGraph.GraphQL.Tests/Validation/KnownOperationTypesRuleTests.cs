using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleTests
{
    [Fact]
    public void KnownOperationTypes_QueryAndMutation_AreValid() =>
        RuleAssert.Valid<KnownOperationTypesRule>("query { hero { id } } mutation M { append(item: \"a\") }");

    [Fact]
    public void KnownOperationTypes_SubscriptionWithoutRoot_IsReported() =>
        RuleAssert.Invalid<KnownOperationTypesRule>("subscription S { hero { id } }", "The subscription operation is not supported by the schema.", (1, 1));
}
