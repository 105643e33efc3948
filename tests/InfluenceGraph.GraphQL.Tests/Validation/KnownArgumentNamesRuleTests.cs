using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void KnownArgumentNames_DefinedArguments_AreValid() =>
        RuleAssert.Valid<KnownArgumentNamesRule>("{ hero(episode: JEDI) @skip(if: false) { name } __type(name: \"Human\") { fields(includeDeprecated: true) { name } } }");

    [Fact]
    public void KnownArgumentNames_UnknownOnField_IsReported() =>
        RuleAssert.Invalid<KnownArgumentNamesRule>("{ hero(episode: JEDI, planet: \"Hoth\") { name } }", "Unknown argument \"planet\" on field \"Query.hero\".", (1, 23));

    [Fact]
    public void KnownArgumentNames_UnknownOnDirective_IsReported() =>
        RuleAssert.Invalid<KnownArgumentNamesRule>("{ hero @skip(iff: true) { name } }", "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 14));
}
