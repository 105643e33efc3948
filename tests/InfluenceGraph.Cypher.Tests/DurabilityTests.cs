using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class DurabilityTests : IDisposable
{
    private readonly string _directory = TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string JournalPath => System.IO.Path.Combine(_directory, "journal.log");

    private void WriteThree()
    {
        using var db = CypherDatabase.Open(_directory);
        db.Run("CREATE CONSTRAINT c FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        db.Run("CREATE (:Actor {id: 'a', since: date('2025-05-07'), tags: ['x', 'y'], w: 0.5})-[:R {n: 1}]->(:Actor {id: 'b'})");
        db.Run("MATCH (a:Actor {id: 'b'}) SET a.name = 'B'");
    }

    [Fact]
    public void Reopen_ReadsBackEverything()
    {
        WriteThree();
        using (var db = CypherDatabase.Open(_directory))
        {
            var row = db.Run("MATCH (a:Actor {id: 'a'})-[r:R]->(b:Actor) RETURN a.since, a.tags, a.w, r.n, b.name").Rows[0];
            Assert.Equal("date('2025-05-07') ['x', 'y'] 0.5 1 'B'", string.Join(" ", row.Select(Show)));
            Assert.Equal(CypherErrorKind.ConstraintValidationFailed, Fails(() => db.Run("CREATE (:Actor {id: 'a'})")).Kind);
            db.Run("MATCH (n) DETACH DELETE n");
            db.Run("CREATE (:Fresh)");
        }
        using (var db = CypherDatabase.Open(_directory))
        {
            Assert.Equal("Fresh", db.Run("MATCH (n) RETURN labels(n)[0]").Rows.Single()[0]);
            Assert.Empty(db.Warnings);
        }
    }

    [Fact]
    public void RolledBackTransaction_LeavesNothingOnDisk()
    {
        using (var db = CypherDatabase.Open(_directory))
        {
            db.Run("CREATE (:Kept)");
            using var tx = db.BeginTransaction();
            tx.Run("CREATE (:Dropped)");
            tx.Rollback();
            Fails(() => db.Run("CREATE (:AlsoDropped) WITH 1 AS x RETURN 1 / 0"));
        }
        using (var db = CypherDatabase.Open(_directory))
            Assert.Equal("Kept", db.Run("MATCH (n) RETURN labels(n)[0]").Rows.Single()[0]);
    }

    [Fact]
    public void TornLastRecord_IsDroppedWithWarning()
    {
        WriteThree();
        var length = new FileInfo(JournalPath).Length;
        using (var file = new FileStream(JournalPath, FileMode.Open)) file.SetLength(length - 3);
        using (var db = CypherDatabase.Open(_directory))
        {
            Assert.Single(db.Warnings);
            Assert.Contains("torn", db.Warnings[0]);
            Assert.Null(db.Run("MATCH (a:Actor {id: 'b'}) RETURN a.name").Rows[0][0]);
            db.Run("MATCH (a:Actor {id: 'b'}) SET a.name = 'again'");
        }
        using (var db = CypherDatabase.Open(_directory))
        {
            Assert.Empty(db.Warnings);
            Assert.Equal("again", db.Run("MATCH (a:Actor {id: 'b'}) RETURN a.name").Rows[0][0]);
        }
    }

    [Fact]
    public void BadChecksumOnLastRecord_IsDroppedWithWarning()
    {
        WriteThree();
        var bytes = File.ReadAllBytes(JournalPath);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(JournalPath, bytes);
        using var db = CypherDatabase.Open(_directory);
        Assert.Single(db.Warnings);
        Assert.Equal(2L, db.Run("MATCH (a:Actor) RETURN count(a)").Rows[0][0]);
    }

    [Fact]
    public void DamageBeforeTheTail_ReportsStoreCorruptWithOffset()
    {
        WriteThree();
        var bytes = File.ReadAllBytes(JournalPath);
        const int firstFrame = 16;
        bytes[firstFrame + 10 + 5] ^= 0xFF;
        File.WriteAllBytes(JournalPath, bytes);
        var error = Fails(() => CypherDatabase.Open(_directory).Dispose());
        Assert.Equal(CypherErrorKind.StoreCorrupt, error.Kind);
        Assert.Contains("journal.log", error.Message);
        Assert.Contains($"offset {firstFrame}", error.Message);
    }

    [Fact]
    public void Compact_WritesSnapshotAndEmptiesJournal_ThenReopens()
    {
        WriteThree();
        using (var db = CypherDatabase.Open(_directory))
        {
            var before = new FileInfo(JournalPath).Length;
            db.Compact();
            Assert.True(new FileInfo(JournalPath).Length < before);
            db.Run("CREATE (:Actor {id: 'c'})");
        }
        using (var db = CypherDatabase.Open(_directory))
        {
            Assert.Empty(db.Warnings);
            Assert.Equal("a,b,c", string.Join(",", db.Run("MATCH (a:Actor) RETURN a.id ORDER BY a.id").Rows.Select(r => r[0])));
            Assert.Equal("B", db.Run("MATCH (:Actor {id: 'a'})-[:R]->(b) RETURN b.name").Rows[0][0]);
            Assert.Equal(CypherErrorKind.ConstraintValidationFailed, Fails(() => db.Run("CREATE (:Actor {id: 'c'})")).Kind);
            var ids = db.Run("MATCH (n) RETURN id(n) AS id ORDER BY id").Rows.Select(r => (long)r[0]!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Compact_OfAGraphSpanningManyChunks_ReopensWhole_AndADamagedMiddleIsCaught()
    {
        // 20,000 nodes and 20,000 relationships: the image is written in several chunks of 8,192 entities.
        using (var db = CypherDatabase.Open(_directory))
        {
            db.Run("CREATE CONSTRAINT c FOR (a:Actor) REQUIRE a.id IS UNIQUE");
            db.Run("UNWIND range(0, 19999) AS i CREATE (:Actor {id: i, name: 'actor ' + toString(i)})");
            db.Run("UNWIND range(0, 19999) AS i MATCH (a:Actor {id: i}), (b:Actor {id: (i * 7 + 1) % 20000}) CREATE (a)-[:R {w: i}]->(b)");
            db.Compact();
        }
        using (var db = CypherDatabase.Open(_directory))
        {
            Assert.Empty(db.Warnings);
            Assert.Equal(20000L, db.Run("MATCH (a:Actor) RETURN count(a)").Rows[0][0]);
            var row = db.Run("MATCH ()-[r:R]->() RETURN count(r), sum(r.w)").Rows[0];
            Assert.Equal(20000L, row[0]);
            Assert.Equal(199990000L, row[1]);
            Assert.Equal("actor 19987", db.Run("MATCH (:Actor {id: 19998})-[:R]->(b) RETURN b.name").Rows[0][0]);
        }
        var path = System.IO.Path.Combine(_directory, "snapshot.bin");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);
        var error = Fails(() => CypherDatabase.Open(_directory).Dispose());
        Assert.Equal(CypherErrorKind.StoreCorrupt, error.Kind);
        Assert.Contains("checksum", error.Message);
    }

    [Fact]
    public void StaleJournal_AfterInterruptedCompaction_IsDiscarded()
    {
        WriteThree();
        var stale = File.ReadAllBytes(JournalPath);
        using (var db = CypherDatabase.Open(_directory)) db.Compact();
        File.WriteAllBytes(JournalPath, stale);
        using var reopened = CypherDatabase.Open(_directory);
        Assert.Contains(reopened.Warnings, w => w.Contains("predates the snapshot"));
        Assert.Equal(2L, reopened.Run("MATCH (a:Actor) RETURN count(a)").Rows[0][0]);
    }

    [Fact]
    public void DamagedSnapshot_ReportsStoreCorrupt()
    {
        WriteThree();
        using (var db = CypherDatabase.Open(_directory)) db.Compact();
        var path = System.IO.Path.Combine(_directory, "snapshot.bin");
        var bytes = File.ReadAllBytes(path);
        bytes[^2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var error = Fails(() => CypherDatabase.Open(_directory).Dispose());
        Assert.Equal(CypherErrorKind.StoreCorrupt, error.Kind);
        Assert.Contains("snapshot.bin", error.Message);
    }

    [Fact]
    public void SecondOpen_OfSameDirectory_FailsWithStoreLocked()
    {
        using var first = CypherDatabase.Open(_directory);
        var error = Fails(() => CypherDatabase.Open(_directory));
        Assert.Equal(CypherErrorKind.StoreLocked, error.Kind);
        Assert.Contains(System.IO.Path.GetFullPath(_directory), error.Message);
        first.Dispose();
        using var again = CypherDatabase.Open(_directory);
    }

    [Fact]
    public void Commit_AppendsOneFramePerWriteTransaction()
    {
        using var db = CypherDatabase.Open(_directory);
        var before = new FileInfo(JournalPath).Length;
        db.Run("MATCH (n) RETURN n");
        Assert.Equal(before, new FileInfo(JournalPath).Length);
        db.Run("CREATE (:A)");
        Assert.True(new FileInfo(JournalPath).Length > before);
    }

    [Fact]
    public void Commit_JournalOverThreshold_CompactsSoStartupReplaysLittle()
    {
        long largest = 0;
        using (var db = CypherDatabase.Open(_directory))
        {
            db.CompactAboveBytes = 2_000;
            for (var i = 0; i < 200; i++)
            {
                db.Run("CREATE (:Item {n: $n, text: 'some words to make the record longer'})", P(("n", i)));
                largest = Math.Max(largest, new FileInfo(JournalPath).Length);
            }
        }
        Assert.True(largest < 2_000 + 500, $"the journal grew to {largest} bytes");
        Assert.True(File.Exists(System.IO.Path.Combine(_directory, "snapshot.bin")));
        using var reopened = CypherDatabase.Open(_directory);
        Assert.Empty(reopened.Warnings);
        Assert.Equal(19900L, reopened.Run("MATCH (i:Item) RETURN sum(i.n)").Rows[0][0]);
        Assert.Equal(200L, reopened.Run("MATCH (i:Item) RETURN count(DISTINCT id(i))").Rows[0][0]);
    }
}
