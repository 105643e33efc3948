using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void MaxIntrospectionDepth_StandardDepth_IsValid() =>
        RuleAssert.Valid<MaxIntrospectionDepthRule>("{ __schema { types { fields { type { name ofType { name } } } } } }");

    [Fact]
    public void MaxIntrospectionDepth_ThreeNestedLists_IsReported() =>
        RuleAssert.Invalid<MaxIntrospectionDepthRule>(
            "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }", "Maximum introspection depth exceeded", (1, 3));
}
