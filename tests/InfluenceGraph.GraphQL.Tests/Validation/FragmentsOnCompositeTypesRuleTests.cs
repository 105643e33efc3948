using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void FragmentsOnCompositeTypes_ObjectInterfaceUnion_AreValid() =>
        RuleAssert.Valid<FragmentsOnCompositeTypesRule>("{ hero { ... on Human { id } ... { id } } } fragment A on Character { id } fragment B on SearchResult { __typename }");

    [Fact]
    public void FragmentsOnCompositeTypes_InlineOnEnum_IsReported() =>
        RuleAssert.Invalid<FragmentsOnCompositeTypesRule>("{ hero { ... on Episode { name } } }", "Fragment cannot condition on non composite type \"Episode\".", (1, 17));

    [Fact]
    public void FragmentsOnCompositeTypes_DefinitionOnScalar_IsReported() =>
        RuleAssert.Invalid<FragmentsOnCompositeTypesRule>("fragment F on String { x }", "Fragment \"F\" cannot condition on non composite type \"String\".", (1, 15));
}
