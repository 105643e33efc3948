using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void KnownDirectives_SkipAndIncludeOnFields_AreValid() =>
        RuleAssert.Valid<KnownDirectivesRule>("{ hero @skip(if: false) { name @include(if: true) ...F @skip(if: false) ... @include(if: true) { id } } } fragment F on Character { id }");

    [Fact]
    public void KnownDirectives_Unknown_IsReported() =>
        RuleAssert.Invalid<KnownDirectivesRule>("{ hero @unknown { name } }", "Unknown directive \"@unknown\".", (1, 8));

    [Fact]
    public void KnownDirectives_WrongLocation_IsReported() =>
        RuleAssert.Invalid<KnownDirectivesRule>("query @include(if: true) { hero { name } }", "Directive \"@include\" may not be used on QUERY.", (1, 7));

    [Fact]
    public void KnownDirectives_DeprecatedOnField_IsReported() =>
        RuleAssert.Invalid<KnownDirectivesRule>("{ hero @deprecated { name } }", "Directive \"@deprecated\" may not be used on FIELD.", (1, 8));
}
