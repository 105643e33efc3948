using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void ProvidedRequiredArguments_GivenOrDefaulted_AreValid() =>
        RuleAssert.Valid<ProvidedRequiredArgumentsRule>("{ human(id: 1) { name } hero { name } }");

    [Fact]
    public void ProvidedRequiredArguments_MissingOnField_IsReported() =>
        RuleAssert.Invalid<ProvidedRequiredArgumentsRule>("{ human { name } }", "Argument \"Query.human(id:)\" of type \"ID!\" is required, but it was not provided.", (1, 3));

    [Fact]
    public void ProvidedRequiredArguments_MissingOnDirective_IsReported() =>
        RuleAssert.Invalid<ProvidedRequiredArgumentsRule>("{ hero @skip { name } }", "Argument \"@skip(if:)\" of type \"Boolean!\" is required, but it was not provided.", (1, 8));
}
