using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void FieldsOnCorrectType_DefinedAndMetaFields_AreValid() =>
        RuleAssert.Valid<FieldsOnCorrectTypeRule>("{ __typename __schema { types { name } } __type(name: \"Human\") { name } hero { __typename name } search(text: \"a\") { __typename } }");

    [Fact]
    public void FieldsOnCorrectType_UnknownField_IsReported() =>
        RuleAssert.Invalid<FieldsOnCorrectTypeRule>("{ hero { name starshipz } }", "Cannot query field \"starshipz\" on type \"Character\".", (1, 15));

    [Fact]
    public void FieldsOnCorrectType_FieldOnUnion_IsReported() =>
        RuleAssert.Invalid<FieldsOnCorrectTypeRule>("{ search(text: \"o\") { name } }", "Cannot query field \"name\" on type \"SearchResult\". Did you mean to use an inline fragment on \"Character\", \"Droid\", \"Human\", or \"Starship\"?", (1, 23));

    [Fact]
    public void FieldsOnCorrectType_Misspelt_SuggestsFields() =>
        RuleAssert.Invalid<FieldsOnCorrectTypeRule>("{ human(id: 1) { nmae } }", "Cannot query field \"nmae\" on type \"Human\". Did you mean \"name\"?", (1, 18));

    [Fact]
    public void FieldsOnCorrectType_SchemaFieldOffRoot_IsReported() =>
        RuleAssert.Invalid<FieldsOnCorrectTypeRule>("{ hero { __schema { types { name } } } }", "Cannot query field \"__schema\" on type \"Character\".", (1, 10));
}
