using System.Text.Json;
using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests.Execution;

public sealed class IntrospectionTests
{
    private static async Task<JsonElement> Data(string query)
    {
        var result = await Run.Query(query);
        Assert.Empty(result.Errors);
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data");
    }

    [Fact]
    public async Task Introspection_StandardQuery_HasTheShapeGraphiQLReads()
    {
        var schema = (await Data(IntrospectionQuery.Text)).GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal("Mutation", schema.GetProperty("mutationType").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, schema.GetProperty("subscriptionType").ValueKind);
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Contains("__Schema", types.Keys);
        Assert.Contains("String", types.Keys);
        Assert.Equal("OBJECT", types["Human"].GetProperty("kind").GetString());
        Assert.Equal(["Character"], types["Human"].GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(["Human", "Droid"], types["Character"].GetProperty("possibleTypes").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(["Human", "Droid", "Starship"], types["SearchResult"].GetProperty("possibleTypes").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal("https://tools.ietf.org/html/rfc3339", types["Date"].GetProperty("specifiedByURL").GetString());
        Assert.True(types["CharacterBy"].GetProperty("isOneOf").GetBoolean());
        Assert.False(types["ReviewInput"].GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, types["Human"].GetProperty("isOneOf").ValueKind);
        var directives = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString());
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], directives);
    }

    [Fact]
    public async Task Introspection_WrappedTypes_NestThroughOfType()
    {
        var field = (await Data("{ __type(name: \"Query\") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }"))
            .GetProperty("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "heroes");
        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null,"ofType":{"kind":"INTERFACE","name":"Character"}}}}""",
            field.GetProperty("type").GetRawText());
    }

    [Fact]
    public async Task Introspection_Deprecation_IsHiddenUnlessAsked()
    {
        var data = await Data("""
            {
              droid: __type(name: "Droid") { visible: fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              episode: __type(name: "Episode") { visible: enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
            }
            """);
        Assert.DoesNotContain("primaryFunction", data.GetProperty("droid").GetProperty("visible").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var deprecated = data.GetProperty("droid").GetProperty("all").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "primaryFunction");
        Assert.True(deprecated.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Use `function`.", deprecated.GetProperty("deprecationReason").GetString());
        Assert.Equal(["NEWHOPE", "EMPIRE", "JEDI"], data.GetProperty("episode").GetProperty("visible").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        Assert.Equal("Not canon here", data.GetProperty("episode").GetProperty("all")[3].GetProperty("deprecationReason").GetString());
    }

    [Fact]
    public async Task Introspection_DefaultValues_ArePrintedAsLiterals()
    {
        var data = await Data("""
            {
              review: __type(name: "ReviewInput") { inputFields { name defaultValue } }
              ship: __type(name: "Starship") { fields { name args { name defaultValue description } } }
              skip: __schema { directives { name args { name defaultValue } } }
            }
            """);
        var review = data.GetProperty("review").GetProperty("inputFields").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("defaultValue"));
        Assert.Equal(JsonValueKind.Null, review["stars"].ValueKind);
        Assert.Equal("JEDI", review["episode"].GetString());
        var unit = data.GetProperty("ship").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "length").GetProperty("args")[0];
        Assert.Equal("METER", unit.GetProperty("defaultValue").GetString());
        Assert.Equal("Unit of length", unit.GetProperty("description").GetString());
        var reason = data.GetProperty("skip").GetProperty("directives").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "deprecated").GetProperty("args")[0];
        Assert.Equal("\"No longer supported\"", reason.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public async Task Introspection_UnknownTypeName_IsNull() =>
        Assert.Equal(JsonValueKind.Null, (await Data("{ __type(name: \"Nope\") { name } }")).GetProperty("__type").ValueKind);

    [Fact]
    public async Task Introspection_TypenameOnRootAndAbstract_NamesConcreteType() =>
        Assert.Equal(
            """{"__typename":"Query","hero":{"__typename":"Droid"}}""",
            (await Data("{ __typename hero { __typename } }")).GetRawText());

    [Fact]
    public async Task Introspection_MutationTypename_IsMutation()
    {
        var result = await Run.Query("mutation { __typename }");
        Assert.Equal("""{"data":{"__typename":"Mutation"}}""", result.ToJson());
    }
}
