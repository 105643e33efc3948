using System.Net.Sockets;
using System.Net;
using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Cli;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Tests.Infrastructure;
using InfluenceGraph.Server.Tests.StartupAndHealth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.Cli;

public sealed class CypherCommandTests : IDisposable
{
    private const string ChinaArmsScript = """
        // An analyst's addition: one new edge.
        MATCH (a:Actor {id: 'china'})
        MATCH (b:Actor {id: 'pakistan'})
        CREATE (a)-[:SUPPLIES_ARMS_TO {id: 'cli-arms-1', weight: 0.8, status: 'CONFIRMED', claimedBy: [], quote: 'arms', source: 'sav-2025-pahalgam-crisis'}]->(b);
        """;

    private readonly string _dataDirectory = TempDirectory.Create("influencegraph-cli");
    private readonly string _scripts = TempDirectory.Create("influencegraph-scripts");

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        TempDirectory.Delete(_dataDirectory);
        TempDirectory.Delete(_scripts);
    }

    private string Script(string name, string text)
    {
        var path = Path.Combine(_scripts, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunOnAsync(_dataDirectory, args);

    private static async Task<(int Exit, string Out, string Err)> RunOnAsync(string dataDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CypherCommand.RunAsync(
            [.. args, $"--Store:DataDir={dataDirectory}", $"--Store:SeedDir={Path.Combine(RepositoryPaths.Root, "cypher")}"], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string OneLine(string error) =>
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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
    public async Task ScriptLeavingARecordThatBreaksAModelRuleNamesTheRuleAtItsStatementAndAppliesNothing()
    {
        var bad = Script("planet.cypher", ChinaArmsScript + "\nCREATE (:Actor {id: 'mars', name: 'Mars', kind: 'PLANET', aliases: []});\n");

        var (exit, _, error) = await RunAsync("apply", bad);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:5:1: ModelRuleBroken", error);
        Assert.Contains("kind 'PLANET'", error);
        Assert.Contains("Nothing of", error);
        Assert.Equal(0, Count("MATCH ()-[r {id: 'cli-arms-1'}]->() RETURN count(r)"));
        Assert.Equal(0, Count("MATCH (a:Actor {id: 'mars'}) RETURN count(a)"));
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

    [Fact]
    public async Task AScriptAppliedBeforeIsRefusedNamingThatApplication_AndAppliedAgainOnlyWhenAsked()
    {
        var file = Script("add.cypher", ChinaArmsScript);
        var (first, output, _) = await RunAsync("apply", file);
        Assert.Equal(0, first);
        var describe = Script("describe.cypher", "MATCH (a:Actor {id: 'china'}) SET a.description = 'Set by a script.';");
        Assert.Equal(0, (await RunAsync("apply", describe)).Exit);

        var (second, _, error) = await RunAsync("apply", file);

        Assert.Equal(1, second);
        Assert.Contains("AlreadyApplied", error);
        Assert.Contains("applied before, as 'add.cypher' at", error);
        Assert.Contains("Nothing of", error);
        Assert.Equal(1, Count("MATCH ()-[r {id: 'cli-arms-1'}]->() RETURN count(r)"));

        Assert.Equal(1, (await RunAsync("apply", describe)).Exit);
        var (third, _, thirdError) = await RunAsync("apply", describe, "--again");
        Assert.True(third == 0, thirdError);
        Assert.Equal(2, Count("MATCH (s:ScriptApply {name: 'describe.cypher'}) RETURN count(s)"));

        // The apply id printed by the first run tells whether it committed.
        var applyId = System.Text.RegularExpressions.Regex.Match(output, @"apply id (\S+)\)?$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value.TrimEnd(')');
        var (shown, shownOutput, shownError) = await RunAsync("applied", applyId);
        Assert.True(shown == 0, shownError);
        Assert.Contains("add.cypher was applied at", shownOutput);
        var (missing, _, missingError) = await RunAsync("applied", "20990101T000000Z-0000000000000000");
        Assert.Equal(1, missing);
        Assert.Contains("did not commit", missingError);
    }

    [Fact]
    public async Task WhenTheServersAnswerIsLostAfterItCommitted_ApplySaysItWasAppliedAndARerunAddsNothing()
    {
        await using var server = new InfluenceGraphFactory(_dataDirectory, kestrel: true,
            services: s => s.AddSingleton<IStartupFilter, LoseAdminAnswers>());
        server.StartServer();
        var file = Script("grow.cypher", ChinaArmsScript);

        var (exit, output, error) = await RunAsync("apply", file);

        Assert.True(exit == 0, error);
        Assert.Contains("answer was lost", output);
        Assert.Contains("the script committed", output);
        var (again, _, againError) = await RunAsync("apply", file);
        Assert.Equal(1, again);
        Assert.Contains("applied before", againError);
        var relations = await GraphQLClient.PostAsync(server.CreateClient(), "{ relations(actor: \"china\") { id } }");
        Assert.Single(relations.Data["relations"].Items(), r => r.Str("id") == "cli-arms-1");
    }

    [Fact]
    public async Task WhenTheServerStopsAfterCommittingWithoutAnswering_ApplyAsksTheStoreItself()
    {
        var server = new InfluenceGraphFactory(_dataDirectory, kestrel: true,
            services: s => s.AddSingleton<IStartupFilter>(new LoseAdminAnswers(stopServer: true)));
        server.StartServer();
        var file = Script("grow.cypher", ChinaArmsScript);

        var (exit, output, error) = await RunAsync("apply", file);
        await server.DisposeAsync();

        Assert.True(exit == 0, error);
        Assert.Contains("the script committed", output);
        Assert.Equal(1, Count("MATCH ()-[r {id: 'cli-arms-1'}]->() RETURN count(r)"));
    }

    /// <summary>The server runs the first script, then drops the connection instead of answering (as if killed just after the commit).</summary>
    private sealed class LoseAdminAnswers(bool stopServer = false) : IStartupFilter
    {
        private int _scripts;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                if (!(HttpMethods.IsPost(context.Request.Method) && context.Request.Path == "/admin/cypher") || Interlocked.Increment(ref _scripts) > 1)
                {
                    await inner();
                    return;
                }
                var wire = context.Response.Body;
                context.Response.Body = new MemoryStream();
                await inner();
                context.Response.Body = wire;
                context.Abort();
                if (stopServer)
                {
                    // The store's lock goes with the server: the command then finds the record in the store itself.
                    var store = context.RequestServices.GetRequiredService<InfluenceGraph.Server.Stores.ICypherRunner>();
                    context.RequestServices.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().StopApplication();
                    store.Dispose();
                }
            });
            next(app);
        };
    }

    [Fact]
    public async Task LockedDataDirectoryWithoutAServerExitsWith75AndOneLine()
    {
        using var holder = CypherDatabase.Open(_dataDirectory);

        var (exit, _, error) = await RunAsync("apply", Script("add.cypher", ChinaArmsScript));

        Assert.Equal(ExitFailures.StoreLocked, exit);
        Assert.Contains("in use by another process", OneLine(error));
    }

    [Fact]
    public async Task CorruptJournalExitsWith65AndOneLine()
    {
        using (var db = CypherDatabase.Open(_dataDirectory))
            for (var i = 0; i < 3; i++)
                db.Run("CREATE (:Actor {id: $id})", new Dictionary<string, object?> { ["id"] = $"a{i}" });
        var journal = Path.Combine(_dataDirectory, "journal.log");
        var bytes = File.ReadAllBytes(journal);
        bytes[16 + 10 + 5] ^= 0xFF;
        File.WriteAllBytes(journal, bytes);

        var (exit, _, error) = await RunAsync("apply", Script("add.cypher", ChinaArmsScript));

        Assert.Equal(ExitFailures.DataError, exit);
        Assert.Contains("is damaged", OneLine(error));
    }

    [Fact]
    public async Task UserWithoutRightsOnTheDataDirectoryExitsWith77AndOneLine()
    {
        var script = Script("add.cypher", ChinaArmsScript);
        int exit;
        string error;
        if (ServerProcess.OtherUserUnavailable is null)
        {
            // Root writes anywhere: the command runs as another user, as the report had it.
            var outcome = ServerProcess.Run(["cypher", "apply", script, $"--Store:DataDir={_dataDirectory}",
                $"--Store:SeedDir={Path.Combine(RepositoryPaths.Root, "cypher")}"], TimeSpan.FromSeconds(60), asOtherUser: true);
            (exit, error) = (outcome.ExitCode, outcome.Error);
        }
        else
        {
            if (OperatingSystem.IsWindows()) return;
            File.SetUnixFileMode(_dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            (exit, _, error) = await RunAsync("apply", script);
        }

        Assert.True(exit == ExitFailures.StoreReadOnly, $"exit {exit}: {error}");
        Assert.Contains("cannot be written by this user", OneLine(error));
    }

    [TmpfsFact]
    public async Task ReadOnlyFileSystemExitsWith77SayingItCannotBeWritten()
    {
        using var readOnly = Tmpfs.Mount(64 * 1024, readOnly: true);

        var (exit, _, error) = await RunOnAsync(readOnly.Path, "apply", Script("add.cypher", ChinaArmsScript));

        Assert.Equal(ExitFailures.StoreReadOnly, exit);
        Assert.DoesNotContain("in use", OneLine(error));
    }

    [Fact]
    public async Task Neo4jThatRefusesTheConnectionExitsWith69AtOnce()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (exit, _, error) = await RunAsync("apply", Script("add.cypher", ChinaArmsScript),
            "--Store:Provider=Neo4j", $"--NEO4J_URI=bolt://127.0.0.1:{port}", "--NEO4J_PASSWORD=unused");

        Assert.Equal(ExitFailures.StoreUnavailable, exit);
        Assert.Contains("not reachable", OneLine(error));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
