namespace InfluenceGraph.Cypher.Tests.Concurrency;

/// <summary>
/// Readers never wait for writers: a read that starts while a write transaction is open finishes before that
/// transaction ends (the test would hang otherwise) and sees the state committed before it, in every access path:
/// counts, label scans, unique-index lookups, traversals and properties.
/// </summary>
public sealed class SnapshotIsolationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    // What the seed graph reads as through every access path; a writer's open transaction changes each of them.
    private static readonly string[] Probes =
    [
        "MATCH (p:Person) RETURN count(p)",
        "MATCH (p:Person) RETURN p.name ORDER BY p.name",
        "MATCH (p:Person {name: 'a'}) RETURN p.age, labels(p)",
        "MATCH (:Person {name: 'a'})-[r:KNOWS]->(b) RETURN b.name, r.w ORDER BY b.name",
        "MATCH ()-[r:KNOWS]->() RETURN count(r)",
        "MATCH (n) RETURN count(n)",
        "MATCH (n:Person) RETURN n.name, size([(n)--() | 1]) AS degree ORDER BY n.name",
        "MATCH (x:Extra) RETURN count(x)",
    ];

    [Fact]
    public async Task ReadDuringOpenWriteTransaction_ReturnsBeforeCommit_WithPreTransactionState()
    {
        using var db = Seeded();
        var before = ReadAll(q => db.Run(q));
        using var tx = db.BeginTransaction();
        ChangeEverything(tx);
        var during = await Task.Run(() => ReadAll(q => db.Run(q))).WaitAsync(Deadline);
        var own = ReadAll(q => tx.Run(q));
        Assert.Equal(before, during);
        Assert.NotEqual(before, own);
        tx.Commit();
        Assert.Equal(own, ReadAll(q => db.Run(q)));
    }

    [Fact]
    public async Task ReadTransactionDuringOpenWriteTransaction_ReturnsBeforeCommit_WithPreTransactionState()
    {
        using var db = Seeded();
        var before = ReadAll(q => db.Run(q));
        using var tx = db.BeginTransaction();
        ChangeEverything(tx);
        var during = await Task.Run(() =>
        {
            using var read = db.BeginReadTransaction();
            return ReadAll(q => read.Run(q));
        }).WaitAsync(Deadline);
        Assert.Equal(before, during);
        tx.Commit();
    }

    [Fact]
    public void RolledBackTransaction_NeverVisible_AndLaterWritesWork()
    {
        using var db = Seeded();
        var before = ReadAll(q => db.Run(q));
        using (var tx = db.BeginTransaction())
        {
            ChangeEverything(tx);
            Assert.Equal(before, ReadAll(q => db.Run(q)));
            tx.Rollback();
        }
        Assert.Equal(before, ReadAll(q => db.Run(q)));
        db.Run("CREATE (:Person {name: 'd', age: 4})");
        Assert.Equal(4L, db.Run("MATCH (p:Person) RETURN count(p)").Rows[0][0]);
        Assert.Equal(4L, db.Run("MATCH (p:Person {name: 'd'}) RETURN p.age").Rows[0][0]);
    }

    [Fact]
    public async Task LongReadTransaction_WritersCommitSeveralTimes_KeepsItsSnapshot()
    {
        using var db = Seeded();
        using var read = db.BeginReadTransaction();
        var before = ReadAll(q => read.Run(q));
        for (var i = 0; i < 5; i++)
        {
            var round = i;
            // Each commit finishes while the read transaction stays open: writers do not wait for readers either.
            await Task.Run(() => db.Run("MATCH (p:Person {name: 'a'}) SET p.age = p.age + 1 CREATE (:Person {name: 'n' + $i})-[:KNOWS {w: 9}]->(p)",
                new Dictionary<string, object?> { ["i"] = round })).WaitAsync(Deadline);
            Assert.Equal(before, ReadAll(q => read.Run(q)));
        }
        Assert.Equal(8L, db.Run("MATCH (p:Person) RETURN count(p)").Rows[0][0]);
        Assert.Equal(6L, db.Run("MATCH (p:Person {name: 'a'}) RETURN p.age").Rows[0][0]);
        Assert.Equal(3L, read.Run("MATCH (p:Person) RETURN count(p)").Rows[0][0]);
    }

    [Fact]
    public async Task UniqueValueMovedInOpenTransaction_ReaderFindsTheOldHolder()
    {
        using var db = Seeded();
        using var tx = db.BeginTransaction();
        tx.Run("MATCH (p:Person {name: 'a'}) SET p.name = 'z'");
        tx.Run("CREATE (:Person {name: 'a', age: 100})");
        var seen = await Task.Run(() => db.Run("MATCH (p:Person {name: 'a'}) RETURN p.age").Rows.Select(r => r[0]).ToList()).WaitAsync(Deadline);
        Assert.Equal([1L], seen);
        Assert.Equal(100L, tx.Run("MATCH (p:Person {name: 'a'}) RETURN p.age").Rows[0][0]);
        tx.Commit();
        Assert.Equal(100L, db.Run("MATCH (p:Person {name: 'a'}) RETURN p.age").Rows[0][0]);
        Assert.Equal(1L, db.Run("MATCH (p:Person {name: 'z'}) RETURN p.age").Rows[0][0]);
    }

    [Fact]
    public async Task ReadersAndWritersWithOpenTransactions_NeverSeeATornState()
    {
        using var db = CypherDatabase.InMemory();
        var workload = new BankWorkload(db);
        workload.Setup();
        using var stop = new CancellationTokenSource();
        var violations = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var reads = 0L;
        var writers = Enumerable.Range(0, 2).Select(seed => Task.Factory.StartNew(() =>
        {
            var random = new Random(seed);
            for (var i = 0; i < 150; i++)
            {
                if (i % 3 == 0) workload.CreatePair(seed * 1000 + i);
                else workload.TransferExplicit(random);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var tx = db.BeginReadTransaction();
                var first = BankWorkload.Fingerprint(q => tx.Run(q));
                if (BankWorkload.Violation(q => tx.Run(q)) is { } violation) violations.Enqueue(violation);
                if (BankWorkload.Fingerprint(q => tx.Run(q)) != first) violations.Enqueue("the read transaction's snapshot changed");
                if (BankWorkload.Violation(q => db.Run(q)) is { } auto) violations.Enqueue(auto);
                Interlocked.Increment(ref reads);
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(180));
        stop.Cancel();
        await Task.WhenAll(readers).WaitAsync(Deadline);
        Assert.Empty(violations);
        Assert.True(Interlocked.Read(ref reads) > 0);
        Assert.Null(BankWorkload.Violation(q => db.Run(q)));
        Assert.Equal(200L, db.Run("MATCH (p:Pair) RETURN count(p)").Rows[0][0]);
    }

    private static CypherDatabase Seeded()
    {
        var db = CypherDatabase.InMemory();
        db.Run("CREATE CONSTRAINT person_name FOR (p:Person) REQUIRE p.name IS UNIQUE");
        db.Run("CREATE (a:Person {name: 'a', age: 1})-[:KNOWS {w: 1}]->(b:Person {name: 'b', age: 2}), (a)-[:KNOWS {w: 2}]->(:Person {name: 'c', age: 3})");
        return db;
    }

    // Touches every access path the probes read: a property, a label added and one removed, a node and a
    // relationship created, a relationship deleted and one's property changed.
    private static void ChangeEverything(CypherTransaction tx)
    {
        tx.Run("MATCH (a:Person {name: 'a'}) SET a.age = 10, a:Extra");
        tx.Run("MATCH (a:Person {name: 'a'}) CREATE (a)-[:KNOWS {w: 3}]->(:Person {name: 'd', age: 4})");
        tx.Run("MATCH (:Person {name: 'a'})-[r:KNOWS]->(:Person {name: 'b'}) DELETE r");
        tx.Run("MATCH (:Person {name: 'a'})-[r:KNOWS]->(:Person {name: 'c'}) SET r.w = 20");
        tx.Run("MATCH (c:Person {name: 'c'}) REMOVE c:Person");
    }

    private static List<string> ReadAll(Func<string, QueryResult> run) =>
        Probes.Select(probe => string.Join(" | ", run(probe).Rows.Select(row => string.Join(",", row.Select(Show))))).ToList();

    private static string Show(object? value) => value switch
    {
        null => "null",
        IEnumerable<object?> list when value is not string => "[" + string.Join(",", list.Select(Show)) + "]",
        _ => value.ToString()!,
    };
}
