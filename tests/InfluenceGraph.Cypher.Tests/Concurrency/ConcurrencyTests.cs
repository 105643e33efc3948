using System.Collections.Concurrent;

namespace InfluenceGraph.Cypher.Tests.Concurrency;

/// <summary>
/// Parallel readers and writers on one database: readers (auto-commit statements and read transactions) check the
/// workload's invariants on every read and never see a half-applied or rolled-back transaction; readers do not block
/// one another; writers are serialised.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task ParallelReadersAndWriters_ReadersSeeOnlyWholeCommittedTransactions()
    {
        using var db = CypherDatabase.InMemory();
        var workload = new BankWorkload(db);
        workload.Setup();
        var violations = new ConcurrentQueue<string>();
        var reads = 0L;
        using var stop = new CancellationTokenSource();

        // Writers start once every reader has read once, so reads really overlap writes on a busy machine; all run
        // on their own threads (LongRunning), not queued behind each other in the thread pool.
        using var readersStarted = new CountdownEvent(5);
        Task Writer(int seed, Action<Random, int> step, int steps) => Task.Factory.StartNew(() =>
        {
            Assert.True(readersStarted.Wait(Deadline), "the readers never started");
            var random = new Random(seed);
            for (var i = 0; i < steps; i++) step(random, i);
        }, TaskCreationOptions.LongRunning);
        var writers = new[]
        {
            Writer(1, (r, _) => workload.TransferExplicit(r), 150),
            Writer(2, (r, _) => workload.TransferAutoCommit(r), 150),
            Writer(3, (_, i) => workload.CreatePair(i), 100),
            Writer(4, (r, i) => workload.FailMidway(r, i), 90),
        };
        var autoCommitReaders = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            for (var once = true; once || !stop.IsCancellationRequested; once = false)
            {
                if (BankWorkload.Violation(q => db.Run(q)) is { } problem) violations.Enqueue("auto-commit read: " + problem);
                Interlocked.Increment(ref reads);
                if (once) readersStarted.Signal();
            }
        }, TaskCreationOptions.LongRunning));
        var transactionReaders = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            for (var once = true; once || !stop.IsCancellationRequested; once = false)
            {
                using var tx = db.BeginReadTransaction();
                var first = BankWorkload.Fingerprint(q => tx.Run(q));
                if (BankWorkload.Violation(q => tx.Run(q)) is { } problem) violations.Enqueue("read transaction: " + problem);
                if (BankWorkload.Fingerprint(q => tx.Run(q)) != first) violations.Enqueue("read transaction: the graph changed under it");
                tx.Commit();
                Interlocked.Increment(ref reads);
                if (once) readersStarted.Signal();
            }
        }, TaskCreationOptions.LongRunning));
        var readers = autoCommitReaders.Concat(transactionReaders).ToList();

        await Task.WhenAll(writers).WaitAsync(Deadline);
        await stop.CancelAsync();
        await Task.WhenAll(readers).WaitAsync(Deadline);

        Assert.Empty(violations);
        Assert.True(reads >= 10, $"only {reads} reads ran alongside the writers");
        Assert.Null(BankWorkload.Violation(q => db.Run(q)));
        Assert.Equal(100L, db.Run("MATCH (p:Pair) RETURN count(DISTINCT p.k)").Rows[0][0]);
    }

    [Fact]
    public async Task TwoReadTransactions_OpenAtOnce_BothMakeProgress()
    {
        using var db = CypherDatabase.InMemory();
        new BankWorkload(db).Setup();
        using var bothOpen = new Barrier(2);
        Task<long> Reader() => Task.Run(() =>
        {
            using var tx = db.BeginReadTransaction();
            var before = (long)tx.Run("MATCH (a:Account) RETURN count(a)").Rows[0][0]!;
            // Each waits, inside its open transaction, for the other to be inside its own: blocking would time out.
            Assert.True(bothOpen.SignalAndWait(TimeSpan.FromSeconds(30)), "the other read transaction never got going");
            var after = (long)tx.Run("MATCH (a:Account) RETURN sum(a.balance)").Rows[0][0]!;
            tx.Commit();
            return before + after;
        });
        var results = await Task.WhenAll(Reader(), Reader()).WaitAsync(Deadline);
        Assert.All(results, r => Assert.Equal(BankWorkload.Accounts + BankWorkload.Total, r));
    }

    [Fact]
    public async Task OpenWriteTransaction_ItsChangesStayInvisibleToReadersUntilCommit()
    {
        using var db = CypherDatabase.InMemory();
        var tx = db.BeginTransaction();
        tx.Run("CREATE (:Pending)");
        // The reader answers while the writer is still open (awaited before the commit), from the committed state.
        var seen = await Task.Run(() => db.Run("MATCH (p:Pending) RETURN count(p)").Rows[0][0]).WaitAsync(Deadline);
        Assert.Equal(0L, seen);
        tx.Commit();
        tx.Dispose();
        Assert.Equal(1L, db.Run("MATCH (p:Pending) RETURN count(p)").Rows[0][0]);
    }

    [Fact]
    public void ReadTransaction_Write_FailsAndClosesTheTransaction()
    {
        using var db = CypherDatabase.InMemory();
        using (var tx = db.BeginReadTransaction())
        {
            Assert.True(tx.IsReadOnly);
            Assert.Equal(CypherErrorKind.SemanticError, Assert.Throws<CypherException>(() => tx.Run("CREATE (:A)")).Kind);
            Assert.Equal(CypherErrorKind.TransactionClosed, Assert.Throws<CypherException>(() => tx.Run("RETURN 1")).Kind);
        }
        db.Run("CREATE (:A)");
        Assert.Equal(1L, db.Run("MATCH (a:A) RETURN count(a)").Rows[0][0]);
    }

    [Fact]
    public async Task Writer_CommitsWhileReadTransactionOpen_AndReaderKeepsItsSnapshot()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:A)");
        var tx = db.BeginReadTransaction();
        Assert.Equal(1L, tx.Run("MATCH (a:A) RETURN count(a)").Rows[0][0]);
        await Task.Run(() => db.Run("CREATE (:A)")).WaitAsync(Deadline);
        Assert.Equal(1L, tx.Run("MATCH (a:A) RETURN count(a)").Rows[0][0]);
        tx.Commit();
        tx.Dispose();
        Assert.Equal(2L, db.Run("MATCH (a:A) RETURN count(a)").Rows[0][0]);
    }
}
