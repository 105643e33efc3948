using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void ExecutableDefinitions_OperationsAndFragments_AreValid() =>
        RuleAssert.Valid<ExecutableDefinitionsRule>("{ hero { ...F } } fragment F on Character { name }");

    [Fact]
    public void ExecutableDefinitions_TypeDefinition_IsReported() =>
        RuleAssert.Invalid<ExecutableDefinitionsRule>("{ hero { name } }\ntype Foo { x: Int }", "The \"Foo\" definition is not executable.", (2, 1));

    [Fact]
    public void ExecutableDefinitions_SchemaDefinition_IsReported() =>
        RuleAssert.Invalid<ExecutableDefinitionsRule>("{ a }\nschema { query: Q }", "The schema definition is not executable.", (2, 1));
}
