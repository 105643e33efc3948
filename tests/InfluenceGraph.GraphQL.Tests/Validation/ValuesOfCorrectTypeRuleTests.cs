using InfluenceGraph.GraphQL.Validation.Rules;

namespace InfluenceGraph.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void ValuesOfCorrectType_GoodLiterals_AreValid() =>
        RuleAssert.Valid<ValuesOfCorrectTypeRule>("""
            query($e: [Episode!] = [JEDI], $d: Date = "2025-01-02", $name: String!) {
              hero(episode: EMPIRE) { id }
              human(id: "1") { id }
              h2: human(id: 2) { id }
              heroes(episodes: JEDI) { id }
              character(by: {id: 1}) { id }
              c2: character(by: {name: $name}) { id }
              echoDate(date: "2025-05-07")
              today(offset: -3)
            }
            """);

    [Theory]
    [InlineData("{ hero(episode: \"JEDI\") { name } }", "Enum \"Episode\" cannot represent non-enum value: \"JEDI\". Did you mean the enum value \"JEDI\"?", 1, 17)]
    [InlineData("{ hero(episode: SITH) { name } }", "Value \"SITH\" does not exist in \"Episode\" enum.", 1, 17)]
    [InlineData("{ hero(episode: EMPIR) { name } }", "Value \"EMPIR\" does not exist in \"Episode\" enum. Did you mean the enum value \"EMPIRE\"?", 1, 17)]
    [InlineData("{ human(id: 1.5) { name } }", "ID cannot represent a non-string and non-integer value: 1.5", 1, 13)]
    [InlineData("{ human(id: null) { name } }", "Expected value of type \"ID!\", found null.", 1, 13)]
    [InlineData("{ today(offset: \"x\") }", "Int cannot represent non-integer value: \"x\"", 1, 17)]
    [InlineData("{ today(offset: 3000000000) }", "Int cannot represent non 32-bit signed integer value: 3000000000", 1, 17)]
    [InlineData("{ search(text: 1) { __typename } }", "String cannot represent a non string value: 1", 1, 16)]
    [InlineData("{ heroes(episodes: [JEDI, null]) { id } }", "Expected value of type \"Episode!\", found null.", 1, 27)]
    [InlineData("mutation { createReview(review: {commentary: \"no stars\"}) { stars } }",
        "Expected value of type \"ReviewInput\" to include required field \"stars\", found: { commentary: \"no stars\" }.", 1, 33)]
    [InlineData("mutation { createReview(review: {stars: 1, rating: 2}) { stars } }",
        "Expected value of type \"ReviewInput\" not to include unknown field \"rating\", found: { stars: 1, rating: 2 }.", 1, 44)]
    [InlineData("mutation { createReview(review: 5) { stars } }", "Expected value of type \"ReviewInput\", found 5.", 1, 33)]
    [InlineData("{ character(by: {id: \"1\", name: \"x\"}) { name } }",
        "Within OneOf Input Object type \"CharacterBy\", exactly one field must be specified, and the value for that field must be non-null.", 1, 17)]
    [InlineData("query($id: ID) { character(by: {id: $id}) { name } }",
        "Variable \"$id\" must be non-nullable to be used for OneOf Input Object \"CharacterBy\".", 1, 32)]
    [InlineData("{ echoDate(date: 5) }", "Expected value of type \"Date\", found 5; Date must be a string", 1, 18)]
    [InlineData("query($ep: Episode = \"JEDI\") { hero(episode: $ep) { name } }", "Enum \"Episode\" cannot represent non-enum value: \"JEDI\". Did you mean the enum value \"JEDI\"?", 1, 22)]
    public void ValuesOfCorrectType_BadLiteral_IsReported(string query, string message, int line, int column) =>
        RuleAssert.Invalid<ValuesOfCorrectTypeRule>(query, message, (line, column));
}
