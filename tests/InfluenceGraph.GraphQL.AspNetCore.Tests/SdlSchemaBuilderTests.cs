namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>Introspection on GraphQL.NET answers what graphql-js's introspection query asks.</summary>
public sealed class SdlSchemaBuilderTests
{
    private static readonly GraphQLRunner Runner = new(TestSchemas.Rows());

    [Fact]
    public async Task Introspection_SpecifiedByUrl_IsNullForEveryType()
    {
        var json = await TestRuns.JsonAsync(Runner, "{ __type(name: \"Int\") { name specifiedByURL } }", new GraphQLExecutionSettings());

        Assert.Equal("""{"data":{"__type":{"name":"Int","specifiedByURL":null}}}""", json);
    }

    [Fact]
    public async Task Introspection_DirectiveArgsWithIncludeDeprecated_ListsTheArguments()
    {
        var json = await TestRuns.JsonAsync(Runner,
            "{ __schema { directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated } } } }", new GraphQLExecutionSettings());

        Assert.Contains("""{"name":"skip","isRepeatable":false,"args":[{"name":"if","isDeprecated":false}]}""", json);
    }

    [Fact]
    public async Task Introspection_InputValueDeprecation_IsOn()
    {
        var json = await TestRuns.JsonAsync(Runner,
            "{ __type(name: \"Query\") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }", new GraphQLExecutionSettings());

        Assert.Contains("""{"name":"first","isDeprecated":false,"deprecationReason":null}""", json);
    }
}
