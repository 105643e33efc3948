using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void ScalarLeafs_LeavesWithoutAndObjectsWithSelections_AreValid() =>
        RuleAssert.Valid<ScalarLeafsRule>("{ hero { name appearsIn friends { id } } }");

    [Fact]
    public void ScalarLeafs_SelectionOnLeaf_IsReported() =>
        RuleAssert.Invalid<ScalarLeafsRule>("{ hero { name { first } } }", "Field \"name\" must not have a selection since type \"String!\" has no subfields.", (1, 15));

    [Fact]
    public void ScalarLeafs_ObjectWithoutSelection_IsReported() =>
        RuleAssert.Invalid<ScalarLeafsRule>("{ hero }", "Field \"hero\" of type \"Character\" must have a selection of subfields. Did you mean \"hero { ... }\"?", (1, 3));
}
