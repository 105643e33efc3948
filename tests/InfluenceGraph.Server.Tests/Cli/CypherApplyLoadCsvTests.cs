using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Cli;
using InfluenceGraph.Server.Tests.Infrastructure;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.Cli;

public sealed class CypherApplyLoadCsvTests : IDisposable
{
    private const string LoadScript = """
        LOAD CSV WITH HEADERS FROM 'file:///{0}' AS row
        MATCH (a:Actor {{id: row.from}})
        MATCH (b:Actor {{id: row.to}})
        CREATE (a)-[:SUPPLIES_ARMS_TO {{id: row.id, weight: toFloat(row.weight), status: 'CONFIRMED', claimedBy: [], quote: row.quote, source: 'sav-2025-pahalgam-crisis', line: linenumber()}}]->(b);
        """;

    private const string Relations = "id,from,to,weight,quote\ncsv-arms-1,china,pakistan,0.8,\"arms, and more\"\ncsv-arms-2,china,pakistan,0.5,\"\"\"drones\"\"\"\n";

    private readonly string _root = TempDirectory.Create("influencegraph-loadcsv");

    private string DataDirectory => Path.Combine(_root, "data");

    private string ImportDirectory => Path.Combine(_root, "import");

    public CypherApplyLoadCsvTests()
    {
        Directory.CreateDirectory(ImportDirectory);
        File.WriteAllText(Path.Combine(ImportDirectory, "relations.csv"), Relations);
        File.WriteAllText(Path.Combine(_root, "outside.csv"), Relations);
    }

    public void Dispose() => TempDirectory.Delete(_root);

    private async Task<(int Exit, string Err)> ApplyAsync(string csv)
    {
        var script = Path.Combine(_root, "load.cypher");
        File.WriteAllText(script, string.Format(System.Globalization.CultureInfo.InvariantCulture, LoadScript, csv));
        var error = new StringWriter();
        var exit = await CypherCommand.RunAsync(
            ["apply", script, $"--Store:DataDir={DataDirectory}", $"--Store:ImportDir={ImportDirectory}",
                $"--Store:SeedDir={Path.Combine(RepositoryPaths.Root, "cypher")}"], new StringWriter(), error);
        return (exit, error.ToString());
    }

    private IReadOnlyList<IReadOnlyList<object?>> Loaded()
    {
        using var db = CypherDatabase.Open(DataDirectory);
        return db.Run("MATCH ()-[r:SUPPLIES_ARMS_TO]->() WHERE r.id STARTS WITH 'csv-' RETURN r.id, r.quote, r.line ORDER BY r.id").Rows;
    }

    [Fact]
    public async Task ApplyOfLoadCsvFromTheImportFolderCreatesOneRelationPerRow()
    {
        var (exit, error) = await ApplyAsync("relations.csv");

        Assert.True(exit == 0, error);
        var rows = Loaded();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["csv-arms-1", "arms, and more", 2L], rows[0]);
        Assert.Equal(["csv-arms-2", "\"drones\"", 3L], rows[1]);
    }

    [Fact]
    public async Task ApplyOfLoadCsvFromOutsideTheImportFolderIsRefusedAndWritesNothing()
    {
        var (exit, error) = await ApplyAsync("../outside.csv");

        Assert.Equal(1, exit);
        Assert.Contains("outside the import folder", error);
        Assert.Empty(Loaded());
    }
}
