using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void UniqueDirectivesPerLocation_DifferentDirectives_AreValid() =>
        RuleAssert.Valid<UniqueDirectivesPerLocationRule>("{ hero @skip(if: false) @include(if: true) { name @skip(if: false) } }");

    [Fact]
    public void UniqueDirectivesPerLocation_Repeated_IsReported() =>
        RuleAssert.Invalid<UniqueDirectivesPerLocationRule>(
            "{ hero @skip(if: false) @skip(if: true) { name } }", "The directive \"@skip\" can only be used once at this location.", (1, 8), (1, 25));
}
