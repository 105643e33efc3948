namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The runner reuses the fields it collected for a selection set; what a request can change (directive variables,
/// the arguments of merged fields) must still be read from that request.
/// </summary>
public sealed class FieldCollectionCacheTests
{
    private static readonly GraphQLExecutionSettings Settings = new();

    [Fact]
    public async Task SkipAndInclude_FollowEachRequestsVariables_OnOneCachedDocument()
    {
        var runner = new GraphQLRunner(TestSchemas.Rows());
        const string query = "query($skip: Boolean!, $with: Boolean!) { rows(first: 2) { n next @skip(if: $skip) { n } ... @include(if: $with) { more: n } } }";

        var first = await TestRuns.JsonAsync(runner, query, Settings, """{"skip": false, "with": false}""");
        var second = await TestRuns.JsonAsync(runner, query, Settings, """{"skip": true, "with": true}""");
        var third = await TestRuns.JsonAsync(runner, query, Settings, """{"skip": false, "with": false}""");

        Assert.Equal("""{"data":{"rows":[{"n":0,"next":{"n":1}},{"n":1,"next":{"n":2}}]}}""", first);
        Assert.Equal("""{"data":{"rows":[{"n":0,"more":0},{"n":1,"more":1}]}}""", second);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task MergedFieldsWithArguments_KeepTheirArguments_OnEveryRun()
    {
        var runner = new GraphQLRunner(TestSchemas.Rows());
        const string query = "query($k: Int) { rows(first: $k) { n } rows(first: $k) { rows(first: 1) { n } } }";

        var two = await TestRuns.JsonAsync(runner, query, Settings, """{"k": 2}""");
        var one = await TestRuns.JsonAsync(runner, query, Settings, """{"k": 1}""");

        Assert.Equal("""{"data":{"rows":[{"n":0,"rows":[{"n":0}]},{"n":1,"rows":[{"n":0}]}]}}""", two);
        Assert.Equal("""{"data":{"rows":[{"n":0,"rows":[{"n":0}]}]}}""", one);
    }

    [Fact]
    public async Task FragmentsAndAliases_AnswerTheSame_FromTheCache()
    {
        var runner = new GraphQLRunner(TestSchemas.Rows());
        const string query = "{ rows(first: 2) { ...R a: n } } fragment R on Row { n next { n } }";

        var first = await TestRuns.JsonAsync(runner, query, Settings);
        var again = await TestRuns.JsonAsync(runner, query, Settings);

        Assert.Equal("""{"data":{"rows":[{"n":0,"next":{"n":1},"a":0},{"n":1,"next":{"n":2},"a":1}]}}""", first);
        Assert.Equal(first, again);
    }
}
