namespace InfluenceGraph.Cypher.Tests.Concurrency;

/// <summary>
/// A workload whose every committed transaction keeps two invariants, so a reader can tell a half-applied or
/// rolled-back transaction at a glance: accounts only move money between themselves (the total never changes), and
/// pairs are created two nodes at a time. Failed transactions create a (:Poison) node first, which must never show.
/// </summary>
internal sealed class BankWorkload(CypherDatabase db)
{
    public const int Accounts = 10;
    public const long Total = Accounts * 100;

    private const string Check =
        "MATCH (a:Account) WITH sum(a.balance) AS total, count(a) AS accounts "
        + "OPTIONAL MATCH (p:Pair) WITH total, accounts, p.k AS k, count(p) AS size "
        + "WITH total, accounts, collect(size) AS sizes "
        + "OPTIONAL MATCH (x:Poison) RETURN total, accounts, sizes, count(x) AS poison";

    public void Setup() => db.Run("UNWIND range(0, $n - 1) AS i CREATE (:Account {id: i, balance: 100})", new Dictionary<string, object?> { ["n"] = Accounts });

    /// <summary>Checks the invariants in one statement; returns what is wrong, or null.</summary>
    public static string? Violation(Func<string, QueryResult> run)
    {
        var row = run(Check).Rows[0];
        var sizes = (IReadOnlyList<object?>)row[2]!;
        if (!Equals(row[0], Total) || !Equals(row[1], (long)Accounts)) return $"total {row[0]} over {row[1]} accounts";
        // With no pairs yet, OPTIONAL MATCH yields one group of size 0.
        if (sizes.FirstOrDefault(size => !Equals(size, 2L) && !Equals(size, 0L)) is { } odd) return $"a pair with {odd} nodes";
        if (!Equals(row[3], 0L)) return $"{row[3]} nodes of rolled-back transactions";
        return null;
    }

    public static long Fingerprint(Func<string, QueryResult> run) =>
        (long)run("MATCH (a:Account) RETURN sum(a.balance * (a.id + 1))").Rows[0][0]!;

    /// <summary>One transfer in an explicit transaction, debit and credit as two statements.</summary>
    public void TransferExplicit(Random random)
    {
        var (from, to, amount) = Pick(random);
        using var tx = db.BeginTransaction();
        tx.Run("MATCH (a:Account {id: $id}) SET a.balance = a.balance - $x", P(from, amount));
        tx.Run("MATCH (a:Account {id: $id}) SET a.balance = a.balance + $x", P(to, amount));
        tx.Commit();
    }

    /// <summary>One transfer as a single auto-commit statement.</summary>
    public void TransferAutoCommit(Random random)
    {
        var (from, to, amount) = Pick(random);
        db.Run("MATCH (a:Account {id: $from}), (b:Account {id: $to}) SET a.balance = a.balance - $x, b.balance = b.balance + $x",
            new Dictionary<string, object?> { ["from"] = from, ["to"] = to, ["x"] = amount });
    }

    /// <summary>Two nodes of a pair, created by two statements of one transaction.</summary>
    public void CreatePair(long k)
    {
        using var tx = db.BeginTransaction();
        tx.Run("CREATE (:Pair {k: $k})", new Dictionary<string, object?> { ["k"] = k });
        tx.Run("CREATE (:Pair {k: $k})", new Dictionary<string, object?> { ["k"] = k });
        tx.Commit();
    }

    /// <summary>A transfer that debits, creates a poison node and then fails (a runtime error, an explicit rollback, or no commit).</summary>
    public void FailMidway(Random random, int how)
    {
        var (from, _, amount) = Pick(random);
        using var tx = db.BeginTransaction();
        tx.Run("MATCH (a:Account {id: $id}) SET a.balance = a.balance - $x CREATE (:Poison)", P(from, amount));
        tx.Run("CREATE (:Pair {k: -1})");
        switch (how % 3)
        {
            case 0:
                Assert.Throws<CypherException>(() => tx.Run("MATCH (a:Account {id: 0}) SET a.balance = a.balance / 0"));
                break;
            case 1:
                tx.Rollback();
                break;
            default:
                break; // Disposed without Commit.
        }
    }

    private static (long From, long To, long Amount) Pick(Random random)
    {
        var from = random.Next(Accounts);
        var to = (from + 1 + random.Next(Accounts - 1)) % Accounts;
        return (from, to, random.Next(1, 30));
    }

    private static Dictionary<string, object?> P(long id, long amount) => new() { ["id"] = id, ["x"] = amount };
}
