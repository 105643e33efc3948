using InfluenceGraph.GraphQL.ConformanceHost;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>The conformance host's port of the kit's static-data conventions: $ref, $error, $args/$default, $arg, $sleep.</summary>
public sealed class StaticResolverTests
{
    private const string Sdl = """
        input Filter { name: String, tags: [String!] }
        type Thing { id: ID!, name: String, next: Thing, size(unit: String): Float }
        type Event { n: Int! }
        type Query {
          thing: Thing
          slash: Thing
          things: [Thing]
          strictThings: [Thing!]
          pick(id: ID, filter: Filter, n: Int): Thing
          echo(text: String): String
          broken: String
          loop: Thing
          missing: String
        }
        type Subscription { ticks: Event, notAList: Event }
        """;

    private const string Data = """
        {
          "objects": {
            "a": { "id": "a", "name": "A", "next": { "$ref": "#/objects/b" }, "size": { "$args": [{ "when": { "unit": "FOOT" }, "value": 3.5 }], "$default": 1 } },
            "b": { "id": "b", "name": "B", "next": { "$ref": "#/objects/a" } },
            "x/y": { "id": "xy", "name": "slashed" }
          },
          "Query": {
            "thing": { "$ref": "#/objects/a" },
            "slash": { "$ref": "#/objects/x~1y" },
            "things": [{ "$ref": "#/objects/a" }, { "$error": "item gone" }, { "$ref": "#/objects/b" }],
            "strictThings": [{ "$ref": "#/objects/a" }, { "$error": "item gone" }],
            "pick": {
              "$args": [
                { "when": { "id": "b" }, "value": { "$ref": "#/objects/b" } },
                { "when": { "filter": { "name": "A", "tags": ["x"] } }, "value": { "$ref": "#/objects/a" } },
                { "when": { "n": 2 }, "value": { "$ref": "#/objects/a" } },
                { "when": { "id": null }, "value": { "$ref": "#/objects/x~1y" } }
              ],
              "$default": null
            },
            "echo": { "$arg": "text" },
            "broken": { "$error": "no luck" },
            "loop": { "$ref": "#/Query/loop" }
          },
          "Subscription": {
            "ticks": [{ "n": 1 }, { "$sleep": 50 }, { "n": 2 }, { "n": { "$error": "tick lost" } }],
            "notAList": { "n": 1 }
          }
        }
        """;

    private static readonly StaticResolver Resolver = new((IReadOnlyDictionary<string, object?>)StaticData.Parse(Data)!);
    private static readonly GraphQLRunner Runner = new(ConformanceServer.BuildSchema(Sdl, Resolver));

    private static Task<string> Run(string query) => TestRuns.JsonAsync(Runner, query, ConformanceServer.Settings(Resolver, OperationKinds.Query));

    [Fact]
    public async Task Ref_JsonPointer_FollowsSharedAndCyclicObjects()
    {
        Assert.Equal("""{"data":{"thing":{"name":"A","next":{"name":"B","next":{"id":"a"}}}}}""",
            await Run("{ thing { name next { name next { id } } } }"));
    }

    [Fact]
    public async Task Ref_EscapedSlash_ReadsKeyWithSlash()
    {
        Assert.Equal("""{"data":{"slash":{"name":"slashed"}}}""", await Run("{ slash { name } }"));
    }

    [Fact]
    public async Task Error_OnField_NullWithErrorAtPath()
    {
        Assert.Equal("""{"errors":[{"message":"no luck","locations":[{"line":1,"column":3}],"path":["broken"]}],"data":{"broken":null}}""",
            await Run("{ broken }"));
    }

    [Fact]
    public async Task Error_ListItem_ErrorAtThatIndexOnly()
    {
        Assert.Equal("""{"errors":[{"message":"item gone","locations":[{"line":1,"column":3}],"path":["things",1]}],"data":{"things":[{"id":"a"},null,{"id":"b"}]}}""",
            await Run("{ things { id } }"));
    }

    [Fact]
    public async Task Error_NonNullListItem_NullsTheList()
    {
        Assert.Equal("""{"errors":[{"message":"item gone","locations":[{"line":1,"column":3}],"path":["strictThings",1]}],"data":{"strictThings":null}}""",
            await Run("{ strictThings { id } }"));
    }

    [Theory]
    [InlineData("""{ pick(id: "b") { id } }""", """{"data":{"pick":{"id":"b"}}}""")]
    [InlineData("""{ pick(filter: { tags: ["x"], name: "A" }) { id } }""", """{"data":{"pick":{"id":"a"}}}""")]
    [InlineData("""{ pick(filter: { name: "A" }) { id } }""", """{"data":{"pick":null}}""")]
    [InlineData("""{ pick(n: 2) { id } }""", """{"data":{"pick":{"id":"a"}}}""")]
    [InlineData("""{ pick(id: null) { id } }""", """{"data":{"pick":{"id":"xy"}}}""")]
    [InlineData("""{ pick { id } }""", """{"data":{"pick":null}}""")]
    [InlineData("""{ thing { size } }""", """{"data":{"thing":{"size":1}}}""")]
    [InlineData("""{ thing { size(unit: "FOOT") } }""", """{"data":{"thing":{"size":3.5}}}""")]
    public async Task Args_WhenSubsetOfArguments_PicksCaseElseDefault(string query, string expected)
    {
        Assert.Equal(expected, await Run(query));
    }

    [Fact]
    public async Task Arg_ReturnsTheCoercedArgument()
    {
        Assert.Equal("""{"data":{"echo":"hi","none":null}}""", await Run("""{ echo(text: "hi") none: echo }"""));
    }

    [Fact]
    public async Task Ref_Loop_StopsWithError()
    {
        Assert.Contains("\"message\":\"$ref loop\"", await Run("{ loop { id } }"));
    }

    [Fact]
    public async Task Root_FieldAbsentFromData_IsNull()
    {
        Assert.Equal("""{"data":{"missing":null}}""", await Run("{ missing }"));
    }

    [Fact]
    public async Task Subscription_EventArray_StreamsEventsAndSleeps()
    {
        var settings = ConformanceServer.Settings(Resolver, OperationKinds.Subscription);
        var subscription = await Runner.SubscribeAsync(TestRuns.Request("subscription { ticks { n } }"), settings, CancellationToken.None);
        var started = DateTime.UtcNow;
        var events = new List<string>();
        await foreach (var result in subscription.Events!)
            events.Add(TestRuns.Serializer.Serialize(result));
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(40));
        Assert.Equal(
        [
            """{"data":{"ticks":{"n":1}}}""",
            """{"data":{"ticks":{"n":2}}}""",
            """{"errors":[{"message":"tick lost","locations":[{"line":1,"column":24}],"path":["ticks","n"]}],"data":{"ticks":null}}""",
        ], events);
    }

    [Fact]
    public async Task Subscription_FieldNotAnArray_ReportsError()
    {
        var settings = ConformanceServer.Settings(Resolver, OperationKinds.Subscription);
        var subscription = await Runner.SubscribeAsync(TestRuns.Request("subscription { notAList { n } }"), settings, CancellationToken.None);
        Assert.Null(subscription.Events);
        Assert.Contains("Subscription.notAList must be an array of events", TestRuns.Serializer.Serialize(subscription.Single!.Result));
    }

    [Theory]
    [InlineData(5L, 5, true)]
    [InlineData(2.0, 2, true)]
    [InlineData("2", 2, false)]
    [InlineData(null, null, true)]
    [InlineData(true, 1, false)]
    public void JsonEquals_PlainValues_ComparesAsJson(object? expected, object? actual, bool equal)
    {
        Assert.Equal(equal, StaticResolver.JsonEquals(expected, actual));
    }
}
