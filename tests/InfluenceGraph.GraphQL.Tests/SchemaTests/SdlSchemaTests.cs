namespace InfluenceGraph.GraphQL.Tests.SchemaTests;

public sealed class SdlSchemaTests
{
    private const string Sdl = """
        "Root"
        schema { query: Root }
        type Root { items: [Item] greeting(name: String = "you"): String! }
        type Item { id: ID! old: String @deprecated }
        extend type Root { count: Int }
        enum Color { RED GREEN @deprecated(reason: "Gone") }
        input Filter @oneOf { id: ID color: Color }
        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
        """;

    [Fact]
    public async Task FromSdl_ConfiguredResolvers_Execute()
    {
        var schema = SchemaBuilder.FromSdl(Sdl, (type, field) =>
        {
            if (type == "Root")
            {
                field.Resolve(c => c.FieldName switch
                {
                    "items" => new object?[] { new Dictionary<string, object?> { ["id"] = "a" }, new GraphQLException("Item b is broken"), null },
                    "greeting" => $"hello {c.GetArgument<string>("name")}",
                    _ => 2,
                });
            }
        }).Build();
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest("{ greeting count items { id } }"));
        Assert.Equal(
            """{"errors":[{"message":"Item b is broken","locations":[{"line":1,"column":18}],"path":["items",1]}],"data":{"greeting":"hello you","count":2,"items":[{"id":"a"},null,null]}}""",
            result.ToJson());
    }

    [Fact]
    public void FromSdl_Directives_BecomeDeprecationOneOfAndSpecifiedBy()
    {
        var sdl = SchemaBuilder.FromSdl(Sdl).Build().PrintSdl();
        Assert.Contains("  old: String @deprecated\n", sdl);
        Assert.Contains("  GREEN @deprecated(reason: \"Gone\")\n", sdl);
        Assert.Contains("input Filter @oneOf {", sdl);
        Assert.Contains("scalar Url @specifiedBy(url: \"https://url.spec.whatwg.org/\")", sdl);
        Assert.Contains("type Root {\n  items: [Item]\n  greeting(name: String = \"you\"): String!\n  count: Int\n}", sdl);
        Assert.StartsWith("\"\"\"Root\"\"\"\nschema {\n  query: Root\n}", sdl);
    }
}
