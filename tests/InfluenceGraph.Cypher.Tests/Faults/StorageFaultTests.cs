using InfluenceGraph.Cypher.Storage;
using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests.Faults;

/// <summary>
/// The store on a full disk and on a directory it may not write (issue 14, item 5): each said in its own words, and
/// nothing that was acknowledged is lost.
/// </summary>
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _directory = TempDirectory();

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    private static long Count(CypherDatabase db, string label) => (long)db.Run($"MATCH (n:{label}) RETURN count(n)").Rows[0][0]!;

    [Fact]
    public void Commit_DiskFull_FailsWithStoreFullAndKeepsNothingOfThatWrite()
    {
        var disk = new FullDiskFiles();
        using (var db = CypherDatabase.Open(_directory, disk))
        {
            db.Run("CREATE (:Kept {n: 1})");
            disk.Full = true;

            var error = Fails(() => db.Run("CREATE (:Lost {n: 2})"));

            Assert.Equal(CypherErrorKind.StoreFull, error.Kind);
            Assert.Contains("disk", error.Message);
            Assert.Contains("full", error.Message);
            Assert.DoesNotContain(_directory, error.Message);
            Assert.Equal(0, Count(db, "Lost"));
            disk.Full = false;
            db.Run("CREATE (:After {n: 3})");
        }
        using (var reopened = CypherDatabase.Open(_directory))
        {
            Assert.Empty(reopened.Warnings);
            Assert.Equal(1, Count(reopened, "Kept"));
            Assert.Equal(0, Count(reopened, "Lost"));
            Assert.Equal(1, Count(reopened, "After"));
        }
    }

    [Fact]
    public void Commit_DiskFullAndTheFailedFrameCannotBeCutOff_CutsItBeforeTheNextCommit()
    {
        var disk = new FullDiskFiles();
        using (var db = CypherDatabase.Open(_directory, disk))
        {
            db.Run("CREATE (:Kept)");
            disk.Full = true;
            disk.CutFails = true;
            Assert.Equal(CypherErrorKind.StoreFull, Fails(() => db.Run("CREATE (:Lost)")).Kind);
            Assert.Equal(CypherErrorKind.StoreFull, Fails(() => db.Run("CREATE (:AlsoLost)")).Kind);

            disk.Full = false;
            disk.CutFails = false;
            db.Run("CREATE (:After)");
        }
        // Had the next commit landed after the half-written frame, the journal would hold damage followed by a valid
        // frame, and opening would refuse it as corrupt.
        using var reopened = CypherDatabase.Open(_directory);
        Assert.Empty(reopened.Warnings);
        Assert.Equal("After,Kept", string.Join(",", reopened.Run("MATCH (n) RETURN labels(n)[0] AS l ORDER BY l").Rows.Select(r => r[0])));
    }

    [TmpfsFact]
    public void Commit_OnAFullFileSystem_FailsWithStoreFullAndLosesNothingAcknowledged()
    {
        using var tmpfs = Tmpfs.Mount(1024 * 1024);
        var directory = System.IO.Path.Combine(tmpfs.Path, "data");
        var big = new string('x', 64 * 1024);
        string filler;
        using (var db = CypherDatabase.Open(directory))
        {
            for (var i = 0; i < 5; i++) db.Run("CREATE (:Kept {n: $n})", P(("n", i)));
            filler = tmpfs.Fill();

            var error = Fails(() => db.Run("CREATE (:Lost {text: $text})", P(("text", big))));

            Assert.Equal(CypherErrorKind.StoreFull, error.Kind);
            Assert.Equal(0, Count(db, "Lost"));
            File.Delete(filler);
            db.Run("CREATE (:After {text: $text})", P(("text", big)));
        }
        using var reopened = CypherDatabase.Open(directory);
        Assert.Empty(reopened.Warnings);
        Assert.Equal(5, Count(reopened, "Kept"));
        Assert.Equal(0, Count(reopened, "Lost"));
        Assert.Equal(1, Count(reopened, "After"));
    }

    [TmpfsFact]
    public void Open_FullFileSystem_FailsWithStoreFull()
    {
        using var tmpfs = Tmpfs.Mount(256 * 1024);
        tmpfs.Fill();

        var error = Fails(() => CypherDatabase.Open(System.IO.Path.Combine(tmpfs.Path, "data")).Dispose());

        Assert.Equal(CypherErrorKind.StoreFull, error.Kind);
        Assert.Contains("is full", error.Message);
    }

    [TmpfsFact]
    public void Open_ReadOnlyFileSystem_SaysItCannotBeWrittenNotThatItIsInUse()
    {
        using var tmpfs = Tmpfs.Mount(64 * 1024, readOnly: true);

        var error = Fails(() => CypherDatabase.Open(tmpfs.Path).Dispose());

        Assert.Equal(CypherErrorKind.StoreReadOnly, error.Kind);
        Assert.Contains("cannot be written by this user", error.Message);
        Assert.DoesNotContain("in use", error.Message);
    }

    [WriteDenialFact]
    public void Open_DirectoryThisUserMayNotWrite_SaysItCannotBeWritten()
    {
        if (OperatingSystem.IsWindows()) return;
        CypherException error;
        using (WriteDenial.Deny(_directory))
            error = Fails(() => CypherDatabase.Open(_directory).Dispose());

        Assert.Equal(CypherErrorKind.StoreReadOnly, error.Kind);
        Assert.Contains("cannot be written by this user", error.Message);
    }

    [Fact]
    public void IoFaults_TellTheOperatingSystemsErrorsApart()
    {
        Assert.True(IoFaults.IsDiskFull(FullDiskFiles.NoSpace("x")));
        Assert.False(IoFaults.IsDiskFull(new IOException("other")));
        Assert.True(IoFaults.IsNotWritable(new UnauthorizedAccessException()));
        Assert.False(IoFaults.IsLockConflict(FullDiskFiles.NoSpace("x")));
    }
}
