namespace InfluenceGraph.Cypher.Tests.Crash;

/// <summary>The store lock holds between processes: the crash child and this test process take turns on one directory.</summary>
public sealed class StoreLockAcrossProcessesTests : IDisposable
{
    private readonly string _directory = TestSupport.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Open_WhileAnotherProcessHoldsTheStore_FailsWithStoreLockedUntilThatProcessIsKilled()
    {
        using (var child = CrashChildProcess.Start(_directory, compactEvery: 1000))
        {
            Assert.True(child.WaitReady(TimeSpan.FromSeconds(60)), "the child never opened the store: " + child.StandardError);
            Assert.False(child.HasExited, "the child exited early: " + child.StandardError);
            var error = Assert.Throws<CypherException>(() => CypherDatabase.Open(_directory));
            Assert.Equal(CypherErrorKind.StoreLocked, error.Kind);
            Assert.Contains(System.IO.Path.GetFullPath(_directory), error.Message);
            child.KillAndDrain();
        }
        // The OS drops a killed process's lock: the store opens again.
        using var db = CypherDatabase.Open(_directory);
        Assert.Equal(1L, db.Run("MATCH (c:Counter) RETURN count(c)").Rows[0][0]);
    }

    [Fact]
    public void ChildOpen_WhileThisProcessHoldsTheStore_ExitsWithStoreLocked()
    {
        using var db = CypherDatabase.Open(_directory);
        using var child = CrashChildProcess.Start(_directory, compactEvery: 1000);
        var (code, error) = child.WaitForExit(TimeSpan.FromSeconds(60));
        Assert.Equal(3, code);
        Assert.Contains("StoreLocked", error);
        Assert.Empty(child.Acknowledged);
    }
}
