using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

public sealed class RestartTests
{
    [Fact]
    public async Task WritesSurviveARestartAndTheSeedIsNotAppliedTwice()
    {
        var dataDirectory = TempDirectory.Create("influencegraph-restart");
        try
        {
            int actorsBefore;
            using (var first = new InfluenceGraphFactory(dataDirectory))
            {
                var client = first.CreateClient();
                actorsBefore = (await GraphQLClient.PostAsync(client, "{ actors { id } }")).Data["actors"].Items().Count();
                var added = await GraphQLClient.PostAsync(client,
                    "mutation { upsertActor(input: {id: \"restart-probe\", name: \"Restart Probe\", kind: ORGANIZATION}) { id } }",
                    apiKey: InfluenceGraphFactory.ApiKey);
                Assert.Null(added.Errors);
            }

            using var second = new InfluenceGraphFactory(dataDirectory);
            var actors = (await GraphQLClient.PostAsync(second.CreateClient(), "{ actors { id } }")).Data["actors"].Items()
                .Select(a => a.Str("id")).ToList();

            Assert.Contains("restart-probe", actors);
            Assert.Equal(actorsBefore + 1, actors.Count);
            Assert.Equal(actors.Count, actors.Distinct().Count());
        }
        finally
        {
            TempDirectory.Delete(dataDirectory);
        }
    }
}
