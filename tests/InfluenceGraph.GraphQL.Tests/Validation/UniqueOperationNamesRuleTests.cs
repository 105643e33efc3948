using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void UniqueOperationNames_DistinctNames_AreValid() =>
        RuleAssert.Valid<UniqueOperationNamesRule>("query A { hero { name } } query B { hero { id } }");

    [Fact]
    public void UniqueOperationNames_SameNameTwice_IsReported() =>
        RuleAssert.Invalid<UniqueOperationNamesRule>("query A { hero { name } } query A { hero { id } }", "There can be only one operation named \"A\".", (1, 7), (1, 33));

    [Fact]
    public void UniqueOperationNames_SameNameDifferentOperationTypes_IsReported() =>
        RuleAssert.Invalid<UniqueOperationNamesRule>("query A { hero { name } } mutation A { append(item: \"x\") }", "There can be only one operation named \"A\".", (1, 7), (1, 36));
}
