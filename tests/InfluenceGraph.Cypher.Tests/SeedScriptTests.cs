namespace InfluenceGraph.Cypher.Tests;

/// <summary>The project's own seed scripts (cypher/*.cypher) apply cleanly, in order, as one script each.</summary>
public sealed class SeedScriptTests
{
    private static string? SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "InfluenceGraph.sln")))
                return System.IO.Path.Combine(dir.FullName, "cypher");
        return null;
    }

    [Fact]
    public void SeedScripts_ApplyTwice_AndStayIdempotent()
    {
        var directory = SeedDirectory();
        Assert.NotNull(directory);
        var files = Directory.GetFiles(directory, "*.cypher").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        using var db = CypherDatabase.InMemory();
        foreach (var file in files) db.RunScript(File.ReadAllText(file));
        var nodes = db.Run("MATCH (n) RETURN count(n)").Rows[0][0];
        var rels = db.Run("MATCH ()-[r]->() RETURN count(r)").Rows[0][0];
        Assert.True((long)nodes! > 0);
        foreach (var file in files) db.RunScript(File.ReadAllText(file));
        Assert.Equal(nodes, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
        Assert.Equal(rels, db.Run("MATCH ()-[r]->() RETURN count(r)").Rows[0][0]);
    }
}
