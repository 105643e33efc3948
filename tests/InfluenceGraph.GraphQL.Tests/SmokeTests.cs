using InfluenceGraph.GraphQL.Tests.Fixtures;

namespace InfluenceGraph.GraphQL.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Executor_HeroWithFriends_ReturnsData()
    {
        var json = await Run.Json("{ hero { __typename name friends { name } } }");
        Assert.Equal("""{"data":{"hero":{"__typename":"Droid","name":"R2-D2","friends":[{"name":"Luke Skywalker"},null]}}}""", json);
    }
}
