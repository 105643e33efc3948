namespace InfluenceGraph.GraphQL.Tests.Execution;

/// <summary>
/// Spec 6.4.4 through every way the executor completes a value: default-resolved leaves, resolvers, object fields,
/// lists of objects (nullable and non-null items), nested lists, and the same with resolvers that complete later.
/// </summary>
public sealed class NullPropagationTests
{
    private static readonly Schema Schema = Build();

    [Fact]
    public async Task NullableListItem_NonNullLeafFails_NullsOnlyThatItem() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":13}],"path":["items",1,"name"]}],"data":{"items":[{"n":0,"name":"item 0"},null,{"n":2,"name":"item 2"}]}}""",
            await Json("{ items { n name } }"));

    [Fact]
    public async Task NonNullListItem_NonNullLeafFails_NullsTheList() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":17}],"path":["strictItems",1,"name"]}],"data":{"strictItems":null,"n":3}}""",
            await Json("{ strictItems { name } n: count }"));

    [Fact]
    public async Task NullableObjectField_NonNullResolverFails_NullsTheObject() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":18}],"path":["item","resolvedName"]}],"data":{"item":null}}""",
            await Json("{ item(n: 1) { n resolvedName } }"));

    [Fact]
    public async Task NonNullObjectField_ChildFails_NullsTheParentUpToData() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":22}],"path":["strictItem","name"]}],"data":null}""",
            await Json("{ strictItem(n: 1) { name } count }"));

    [Fact]
    public async Task SiblingsAfterAPropagatedNull_StillRunAndReportTheirErrors() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":16}],"path":["item","name"]},{"message":"item 1 is broken","locations":[{"line":1,"column":21}],"path":["item","resolvedName"]}],"data":{"item":null}}""",
            await Json("{ item(n: 1) { name resolvedName } }"));

    [Fact]
    public async Task NestedLists_FailingNonNullItem_NullsOnlyTheInnerList() =>
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":12}],"path":["nested",0,1,"name"]}],"data":{"nested":[null,[{"name":"item 2"}]]}}""",
            await Json("{ nested { name } }"));

    [Fact]
    public async Task LaterResolvers_PropagateTheSameWay()
    {
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":16}],"path":["laterItems",1,"laterName"]}],"data":{"laterItems":[{"laterName":"item 0"},null,{"laterName":"item 2"}]}}""",
            await Json("{ laterItems { laterName } }"));
        Assert.Equal(
            """{"errors":[{"message":"item 1 is broken","locations":[{"line":1,"column":22}],"path":["laterStrictItems",1,"laterName"]}],"data":{"laterStrictItems":null,"count":3}}""",
            await Json("{ laterStrictItems { laterName } count }"));
    }

    [Fact]
    public async Task NonNullField_ResolvedToNull_IsAnErrorThatPropagates() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.missingItem.","locations":[{"line":1,"column":3}],"path":["missingItem"]}],"data":null}""",
            await Json("{ missingItem { n } }"));

    private static async Task<string> Json(string query) =>
        (await new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest(query), new ExecutionOptions())).ToJson();

    private static Schema Build()
    {
        var items = new[] { new Item(0), new Item(1), new Item(2) };
        return new SchemaBuilder()
            .Object("Item", null, t =>
            {
                t.Field("n", "Int!");
                t.Field("name", "String!");
                t.Field("resolvedName", "String!").Resolve(ctx => ctx.SourceAs<Item>().Name);
                t.Field("laterName", "String!").ResolveAsync(async ctx =>
                {
                    await Task.Yield();
                    return ctx.SourceAs<Item>().Name;
                });
            })
            .Object("Query", null, t =>
            {
                t.Field("items", "[Item]").Resolve(_ => items);
                t.Field("strictItems", "[Item!]").Resolve(_ => items);
                t.Field("item", "Item").Argument("n", "Int!").Resolve(ctx => items[ctx.GetArgument<int>("n")]);
                t.Field("strictItem", "Item!").Argument("n", "Int!").Resolve(ctx => items[ctx.GetArgument<int>("n")]);
                t.Field("missingItem", "Item!").Resolve(_ => null);
                t.Field("nested", "[[Item!]]").Resolve(_ => new[] { items[..2], items[2..] });
                t.Field("laterItems", "[Item]").ResolveAsync(async _ =>
                {
                    await Task.Yield();
                    return items;
                });
                t.Field("laterStrictItems", "[Item!]").ResolveAsync(async _ =>
                {
                    await Task.Yield();
                    return items;
                });
                t.Field("count", "Int!").Resolve(_ => items.Length);
            })
            .QueryType("Query")
            .Build();
    }

    private sealed class Item(int n)
    {
        public int N => n;

        public string Name => n == 1 ? throw new GraphQLException("item 1 is broken") : $"item {n}";
    }
}
