using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    [Fact]
    public async Task Execute_AliasesAndTypename_AreKeyedInSelectionOrder() =>
        Assert.Equal(
            """{"data":{"b":{"id":"1000","__typename":"Human"},"a":{"n":"R2-D2"}}}""",
            await Run.Json("{ b: hero(episode: EMPIRE) { id __typename } a: hero { n: name } }"));

    [Fact]
    public async Task Execute_FragmentsAndInlineFragments_AreMerged() =>
        Assert.Equal(
            """{"data":{"hero":{"name":"Luke Skywalker","id":"1000","homePlanet":"Tatooine"}}}""",
            await Run.Json("{ hero(episode: EMPIRE) { ...Named ... on Human { id homePlanet } ... on Droid { function } } } fragment Named on Character { name }"));

    [Fact]
    public async Task Execute_UnionMembers_ResolveByTypename() =>
        Assert.Equal(
            """{"data":{"search":[{"__typename":"Starship","name":"Millennium Falcon","length":113.7}]}}""",
            await Run.Json("{ search(text: \"falcon\") { __typename ... on Character { name } ... on Starship { name length(unit: FOOT) } } }"));

    [Theory]
    [InlineData("{ hero { name @skip(if: true) id } }", """{"data":{"hero":{"id":"2001"}}}""")]
    [InlineData("{ hero { name @include(if: false) id } }", """{"data":{"hero":{"id":"2001"}}}""")]
    [InlineData("{ hero { name @include(if: true) @skip(if: true) id } }", """{"data":{"hero":{"id":"2001"}}}""")]
    [InlineData("{ hero { ... @skip(if: true) { name } ...F @include(if: false) id } } fragment F on Character { name }", """{"data":{"hero":{"id":"2001"}}}""")]
    [InlineData("{ hero { name @skip(if: false) } }", """{"data":{"hero":{"name":"R2-D2"}}}""")]
    public async Task Execute_SkipAndInclude_DecideInclusion(string query, string expected) =>
        Assert.Equal(expected, await Run.Json(query));

    [Fact]
    public async Task Execute_DirectiveVariables_AreHonoured() =>
        Assert.Equal(
            """{"data":{"hero":{"id":"2001"}}}""",
            await Run.Json("query($s: Boolean!) { hero { name @skip(if: $s) id } }", """{"s": true}"""));

    [Fact]
    public async Task Execute_NullableFieldError_NullsFieldAndReportsPath()
    {
        var json = await Run.Json("{ hero { id } secret }");
        Assert.Equal(
            """{"errors":[{"message":"Access denied","locations":[{"line":1,"column":15}],"path":["secret"],"extensions":{"code":"FORBIDDEN"}}],"data":{"hero":{"id":"2001"},"secret":null}}""",
            json);
    }

    [Fact]
    public async Task Execute_NonNullFieldError_PropagatesToData()
    {
        var result = await Run.Query("{ hero { id } nonNullSecret }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("""{"errors":[{"message":"Access denied","locations":[{"line":1,"column":15}],"path":["nonNullSecret"]}],"data":null}""", result.ToJson());
    }

    [Fact]
    public async Task Execute_NullInNonNullListItem_NullsTheList() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.strictNumbers.","locations":[{"line":1,"column":3}],"path":["strictNumbers",1]}],"data":{"strictNumbers":null,"numbers":[1,null,3]}}""",
            await Run.Json("{ strictNumbers numbers }"));

    [Fact]
    public async Task Execute_NullFriendInNullableList_StaysNull() =>
        Assert.Equal(
            """{"data":{"hero":{"friends":[{"id":"1000"},null]}}}""",
            await Run.Json("{ hero { friends { id } } }"));

    [Fact]
    public async Task Execute_IntOutOfRange_IsFieldError() =>
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non 32-bit signed integer value: 3000000000","locations":[{"line":1,"column":3}],"path":["tooBig"]}],"data":{"tooBig":null}}""",
            await Run.Json("{ tooBig }"));

    [Fact]
    public async Task Execute_ClrEnumResult_SerializesByName() =>
        Assert.Equal("""{"data":{"episodeEnum":"NEWHOPE"}}""", await Run.Json("{ episodeEnum }"));

    [Fact]
    public async Task Execute_CustomScalar_SerializesAndParses() =>
        Assert.Equal(
            """{"data":{"today":"2025-05-08","echoDate":"2024-02-29","v":"2020-01-01"}}""",
            await Run.Json("query($d: Date!) { today(offset: 1) echoDate(date: \"2024-02-29\") v: echoDate(date: $d) }", """{"d": "2020-01-01"}"""));

    [Fact]
    public async Task Execute_ArgumentDefaults_AreApplied() =>
        Assert.Equal(
            """{"data":{"search":[{"length":34.37}]}}""",
            await Run.Json("{ search(text: \"falcon\") { ... on Starship { length } } }"));

    [Fact]
    public async Task Execute_EnumListArgument_ConvertsToClrArray() =>
        Assert.Equal(
            """{"data":{"heroes":[{"id":"1000"},{"id":"2001"}]}}""",
            await Run.Json("{ heroes(episodes: [EMPIRE, JEDI]) { id } }"));

    [Fact]
    public async Task Execute_SingleValueForList_IsCoercedToList() =>
        Assert.Equal("""{"data":{"heroes":[{"id":"1000"}]}}""", await Run.Json("{ heroes(episodes: EMPIRE) { id } }"));

    [Fact]
    public async Task Execute_OneOfInput_ReachesResolver() =>
        Assert.Equal("""{"data":{"character":{"name":"Han Solo"}}}""", await Run.Json("{ character(by: {name: \"Han Solo\"}) { name } }"));

    [Fact]
    public async Task Execute_AsyncResolvers_RunConcurrently()
    {
        var result = await Run.StarWarsExecutor.ExecuteAsync(
            new GraphQLRequest("{ a: rendezvous b: rendezvous c: rendezvous }"),
            new ExecutionOptions { UserContext = new StarWars.Rendezvous(3) });
        Assert.Equal("""{"data":{"a":"met","b":"met","c":"met"}}""", result.ToJson());
    }

    [Fact]
    public async Task Execute_AsyncResolver_IsAwaited() =>
        Assert.Equal("""{"data":{"slow":"done"}}""", await Run.Json("{ slow(ms: 20) }"));

    [Fact]
    public async Task Execute_MutationFields_RunSerially()
    {
        var log = new List<string>();
        var result = await Run.StarWarsExecutor.ExecuteAsync(
            new GraphQLRequest("mutation { a: append(item: \"1\") b: append(item: \"2\") c: append(item: \"3\") }"),
            new ExecutionOptions { UserContext = log });
        Assert.Equal("""{"data":{"a":["1"],"b":["1","2"],"c":["1","2","3"]}}""", result.ToJson());
    }

    [Fact]
    public async Task Execute_MutationWithInputObject_AppliesInputDefaults() =>
        Assert.Equal(
            """{"data":{"createReview":{"stars":5,"commentary":null,"episode":"JEDI"}}}""",
            await Run.Json("mutation { createReview(review: {stars: 5}) { stars commentary episode } }"));

    [Fact]
    public async Task Execute_ResolverPath_IncludesAliases() =>
        Assert.Equal("""{"data":{"p":["p"]}}""", await Run.Json("{ p: path }"));

    [Fact]
    public async Task Execute_UserContext_ReachesResolvers()
    {
        var result = await Run.StarWarsExecutor.ExecuteAsync(new GraphQLRequest("{ user }"), new ExecutionOptions { UserContext = "alice" });
        Assert.Equal("""{"data":{"user":"alice"}}""", result.ToJson());
    }

    [Fact]
    public async Task Execute_DeprecatedField_StillResolves() =>
        Assert.Equal("""{"data":{"human":null,"hero":{"primaryFunction":"Astromech"}}}""", await Run.Json("{ human(id: \"0\") { id } hero { ... on Droid { primaryFunction } } }"));
}
