using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class VariablesTests
{
    [Fact]
    public async Task Variables_JsonValues_AreCoerced() =>
        Assert.Equal(
            """{"data":{"human":{"name":"Luke Skywalker"},"heroes":[{"id":"1000"}],"createReview":null}}""".Replace(",\"createReview\":null", string.Empty),
            await Run.Json("query($id: ID!, $eps: [Episode!]!) { human(id: $id) { name } heroes(episodes: $eps) { id } }", """{"id": 1000, "eps": "EMPIRE"}"""));

    [Fact]
    public async Task Variables_DefaultValue_IsUsedWhenAbsent() =>
        Assert.Equal("""{"data":{"hero":{"id":"1000"}}}""", await Run.Json("query($ep: Episode = EMPIRE) { hero(episode: $ep) { id } }"));

    [Fact]
    public async Task Variables_ExplicitNull_OverridesDefault() =>
        Assert.Equal("""{"data":{"hero":{"id":"2001"}}}""", await Run.Json("query($ep: Episode = EMPIRE) { hero(episode: $ep) { id } }", """{"ep": null}"""));

    [Fact]
    public async Task Variables_InputObject_IsCoercedWithDefaults() =>
        Assert.Equal(
            """{"data":{"createReview":{"stars":4,"episode":"JEDI"}}}""",
            await Run.Json("mutation($r: ReviewInput!) { createReview(review: $r) { stars episode } }", """{"r": {"stars": 4}}"""));

    [Fact]
    public async Task Variables_MissingRequired_IsCoercionError()
    {
        var result = await Run.Query("query($id: ID!) { human(id: $id) { name } }");
        Assert.Equal(ExecutionStatus.VariableCoercionError, result.Status);
        Assert.False(result.HasData);
        Assert.Equal("""{"errors":[{"message":"Variable \"$id\" has invalid value: Expected a value of non-null type \"ID!\" to be provided.","locations":[{"line":1,"column":7}]}]}""", result.ToJson());
    }

    [Theory]
    [InlineData("""{"id": null}""", "query($id: ID!) { human(id: $id) { name } }", "Variable \"$id\" has invalid value: Expected value of non-null type \"ID!\" not to be null.")]
    [InlineData("""{"id": true}""", "query($id: ID!) { human(id: $id) { name } }", "Variable \"$id\" has invalid value: ID cannot represent value: true")]
    [InlineData("""{"o": 1.5}""", "query($o: Int) { today(offset: $o) }", "Variable \"$o\" has invalid value: Int cannot represent non-integer value: 1.5")]
    [InlineData("""{"e": "SITH"}""", "query($e: Episode) { hero(episode: $e) { id } }", "Variable \"$e\" has invalid value: Value \"SITH\" does not exist in \"Episode\" enum.")]
    [InlineData("""{"r": {"stars": "x"}}""", "mutation($r: ReviewInput!) { createReview(review: $r) { stars } }", "Variable \"$r\" has invalid value at \"$r.stars\": Int cannot represent non-integer value: \"x\"")]
    [InlineData("""{"r": {"stars": 1, "bad": 2}}""", "mutation($r: ReviewInput!) { createReview(review: $r) { stars } }", "Variable \"$r\" has invalid value: Field \"bad\" is not defined by type \"ReviewInput\".")]
    [InlineData("""{"r": {}}""", "mutation($r: ReviewInput!) { createReview(review: $r) { stars } }", "Variable \"$r\" has invalid value: Field \"stars\" of required type \"Int!\" was not provided.")]
    [InlineData("""{"b": {"id": "1", "name": "x"}}""", "query($b: CharacterBy!) { character(by: $b) { id } }", "Variable \"$b\" has invalid value: Within OneOf Input Object type \"CharacterBy\", exactly one field must be specified, and the value for that field must be non-null.")]
    [InlineData("""{"d": "not a date"}""", "query($d: Date!) { echoDate(date: $d) }", "Variable \"$d\" has invalid value: Expected type \"Date\". String 'not a date' was not recognized as a valid DateOnly.")]
    public async Task Variables_InvalidValue_IsCoercionError(string variables, string query, string message)
    {
        var result = await Run.Query(query, variables);
        Assert.Equal(ExecutionStatus.VariableCoercionError, result.Status);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Variables_ListItemPaths_AreReported()
    {
        var result = await Run.Query("query($e: [Episode!]!) { heroes(episodes: $e) { id } }", """{"e": ["JEDI", null]}""");
        Assert.Equal("Variable \"$e\" has invalid value at \"$e[1]\": Expected non-nullable type \"Episode!\" not to be null.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Variables_ClrDictionary_IsAccepted()
    {
        var variables = new Dictionary<string, object?> { ["id"] = "1002" };
        Assert.Equal("""{"data":{"human":{"name":"Han Solo"}}}""", await Run.Json("query($id: ID!) { human(id: $id) { name } }", variables));
    }
}
