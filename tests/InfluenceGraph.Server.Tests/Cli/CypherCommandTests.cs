using InfluenceGraph.Cypher;
using Path = System.IO.Path;
using InfluenceGraph.Server.Cli;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Cli;

public sealed class CypherCommandTests : IDisposable
{
    private const string ChinaArmsScript = """
        // An analyst's addition: one new edge.
        MATCH (a:Actor {id: 'china'})
        MATCH (b:Actor {id: 'pakistan'})
        CREATE (a)-[:SUPPLIES_ARMS_TO {id: 'cli-arms-1', weight: 0.8, status: 'CONFIRMED', claimedBy: [], quote: 'arms', source: 'cli'}]->(b);
        """;

    private readonly string _dataDirectory = TempDirectory.Create("influencegraph-cli");
    private readonly string _scripts = TempDirectory.Create("influencegraph-scripts");

    public void Dispose()
    {
        TempDirectory.Delete(_dataDirectory);
        TempDirectory.Delete(_scripts);
    }

    private string Script(string name, string text)
    {
        var path = Path.Combine(_scripts, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CypherCommand.RunAsync(
            [.. args, $"--Store:DataDir={_dataDirectory}", $"--Store:SeedDir={Path.Combine(RepositoryPaths.Root, "cypher")}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private long Count(string query)
    {
        using var db = CypherDatabase.Open(_dataDirectory);
        return (long)db.Run(query).Rows[0][0]!;
    }

    [Fact]
    public async Task ApplyAddsTheEdgeToANewStoreAfterSeedingIt()
    {
        var (exit, output, error) = await RunAsync("apply", Script("add.cypher", ChinaArmsScript));

        Assert.True(exit == 0, error);
        Assert.Contains("seeded", output);
        Assert.Equal(1, Count("MATCH (:Actor {id: 'china'})-[r:SUPPLIES_ARMS_TO {id: 'cli-arms-1'}]->(:Actor {id: 'pakistan'}) RETURN count(r)"));
    }

    [Fact]
    public async Task ScriptWithSyntaxErrorReportsFileLineColumnAndAppliesNothing()
    {
        var bad = Script("bad.cypher", ChinaArmsScript + "\nMATCH (a:Actor {id: 'india'})\nCREAT (a)-[:SUPPORTS]->(a);\n");

        var (exit, _, error) = await RunAsync("apply", bad);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:6:", error);
        Assert.Contains("Nothing of", error);
        Assert.Equal(0, Count("MATCH ()-[r {id: 'cli-arms-1'}]->() RETURN count(r)"));
    }

    [Fact]
    public async Task RuntimeErrorLaterInTheFileRollsBackEarlierStatements()
    {
        var bad = Script("dup.cypher", ChinaArmsScript + "\nCREATE (:Actor {id: 'india', name: 'Duplicate'});\n");

        var (exit, _, error) = await RunAsync("apply", bad);

        Assert.Equal(1, exit);
        Assert.Contains("ConstraintValidationFailed", error);
        Assert.Equal(0, Count("MATCH ()-[r {id: 'cli-arms-1'}]->() RETURN count(r)"));
    }

    [Fact]
    public async Task MissingFileIsReportedAndNothingRuns()
    {
        var (exit, _, error) = await RunAsync("apply", Path.Combine(_scripts, "missing.cypher"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error);
    }

    [Fact]
    public async Task WhileTheServerRunsTheScriptGoesThroughIt()
    {
        await using var server = new InfluenceGraphFactory(_dataDirectory, kestrel: true);
        server.StartServer();
        var client = server.CreateClient();

        var (exit, output, error) = await RunAsync("apply", Script("add.cypher", ChinaArmsScript));
        var relations = await GraphQLClient.PostAsync(client, "{ relations(actor: \"china\") { id } }");

        Assert.True(exit == 0, error);
        Assert.Contains("server is running", output);
        Assert.Contains(relations.Data["relations"].Items(), r => r.Str("id") == "cli-arms-1");
    }
}
