using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests.SchemaTests;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void PrintSdl_StarWars_PrintsTypesInDefinitionOrder()
    {
        var sdl = StarWars.Build().PrintSdl();
        Assert.StartsWith("\"\"\"ISO 8601 calendar date\"\"\"\nscalar Date @specifiedBy(url: \"https://tools.ietf.org/html/rfc3339\")\n\n\"\"\"A film\"\"\"\nenum Episode {\n  \"\"\"Episode IV\"\"\"\n  NEWHOPE\n", sdl);
        Assert.Contains("  PHANTOM @deprecated(reason: \"Not canon here\")\n}", sdl);
        Assert.Contains("type Human implements Character {", sdl);
        Assert.Contains("  primaryFunction: String @deprecated(reason: \"Use `function`.\")", sdl);
        Assert.Contains("  length(\n    \"\"\"Unit of length\"\"\"\n    unit: LengthUnit = METER\n  ): Float", sdl);
        Assert.Contains("union SearchResult = Human | Droid | Starship", sdl);
        Assert.Contains("input ReviewInput {\n  stars: Int!\n  commentary: String\n  episode: Episode = JEDI\n}", sdl);
        Assert.Contains("input CharacterBy @oneOf {", sdl);
        Assert.DoesNotContain("__Schema", sdl);
        Assert.DoesNotContain("scalar String", sdl);
        Assert.DoesNotContain("schema {", sdl);
    }

    [Fact]
    public void PrintSdl_Output_ParsesAsTypeSystemDocument()
    {
        var document = Parser.Parse(StarWars.Build().PrintSdl());
        Assert.All(document.Definitions, d => Assert.IsAssignableFrom<TypeSystemDefinitionNode>(d));
        Assert.Equal(13, document.Definitions.Count);
    }

    [Fact]
    public void PrintSdl_RoundTripThroughSdl_IsStable()
    {
        var printed = StarWars.Build().PrintSdl();
        Assert.Equal(printed, SchemaBuilder.FromSdl(printed).Build().PrintSdl());
    }

    [Fact]
    public void PrintSdl_UnconventionalRootNames_PrintSchemaBlock()
    {
        var schema = new SchemaBuilder().Object("Root", null, t => t.Field("a", "Int")).QueryType("Root").Build();
        Assert.Equal("schema {\n  query: Root\n}\n\ntype Root {\n  a: Int\n}\n", schema.PrintSdl());
    }

    [Fact]
    public void PrintSdl_LongDescription_UsesMultiLineBlock()
    {
        var description = new string('x', 80);
        var schema = new SchemaBuilder().Object("Query", description, t => t.Field("a", "Int")).Build();
        Assert.StartsWith($"\"\"\"\n{description}\n\"\"\"\ntype Query", schema.PrintSdl());
    }
}
