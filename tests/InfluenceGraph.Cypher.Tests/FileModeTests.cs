using InfluenceGraph.Cypher;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>The store's files are the owner's only (0600), new or left by an earlier run with a wider mode.</summary>
public sealed class FileModeTests
{
    [Fact]
    public void Open_StoreFiles_AreReadableAndWritableByTheOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            return;
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cypher-modes-{Guid.NewGuid():N}");
        try
        {
            using (var db = CypherDatabase.Open(directory))
                db.Run("CREATE (:Actor {id: 'a'})");
            foreach (var file in Directory.GetFiles(directory))
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            using (var db = CypherDatabase.Open(directory))
                db.Compact();

            foreach (var file in Directory.GetFiles(directory))
                Assert.True(File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{System.IO.Path.GetFileName(file)}: {File.GetUnixFileMode(file)}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
