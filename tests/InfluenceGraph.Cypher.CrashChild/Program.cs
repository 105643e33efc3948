using System.Globalization;
using InfluenceGraph.Cypher;

// Usage: InfluenceGraph.Cypher.CrashChild <data directory> [compact every N transactions]
// Commits numbered transactions forever. Transaction i creates three (:Item {n: i, k: 0..2}) nodes chained by two
// [:NEXT {n: i}] relationships and sets the counter node's last = i and items += 3. Only after Commit returns does
// it print "ACK i": every acknowledged number must survive a SIGKILL. Every 7th number it first starts a
// transaction that writes the same shape with n = -i and fails midway, which must leave no trace. Every N
// transactions it compacts (snapshot + journal reset) between the lines "COMPACT" and "COMPACTED", so kills also
// land inside compaction and the test can tell when they did. It exits when its standard input closes.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: InfluenceGraph.Cypher.CrashChild <data directory> [compact every N transactions]");
    return 2;
}
var compactEvery = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
var stdout = Console.Out;

// The test keeps our standard input open; when it ends (the test process died without killing us), so do we,
// rather than commit forever as an orphan.
new Thread(() =>
{
    while (Console.In.Read() >= 0) { }
    Environment.Exit(4);
}) { IsBackground = true }.Start();

CypherDatabase db;
try
{
    db = CypherDatabase.Open(args[0]);
}
catch (CypherException e)
{
    Console.Error.WriteLine($"open failed: {e.Kind}: {e.Message}");
    return 3;
}
using (db)
{
    foreach (var warning in db.Warnings) Console.Error.WriteLine("warning: " + warning);
    db.Run("MERGE (c:Counter {name: 'crash'}) ON CREATE SET c.last = 0, c.items = 0");
    var last = (long)db.Run("MATCH (c:Counter {name: 'crash'}) RETURN c.last").Rows[0][0]!;
    stdout.WriteLine("READY " + last.ToString(CultureInfo.InvariantCulture));
    stdout.Flush();
    for (var i = last + 1; ; i++)
    {
        if (i % 7 == 0) FailMidway(db, -i);
        using (var tx = db.BeginTransaction())
        {
            Write(tx, i);
            tx.Run("MATCH (c:Counter {name: 'crash'}) SET c.last = $n, c.items = c.items + 3", Parameters(i));
            tx.Commit();
        }
        stdout.WriteLine("ACK " + i.ToString(CultureInfo.InvariantCulture));
        stdout.Flush();
        if (i % compactEvery != 0) continue;
        stdout.WriteLine("COMPACT");
        stdout.Flush();
        db.Compact();
        stdout.WriteLine("COMPACTED");
        stdout.Flush();
    }
}

static Dictionary<string, object?> Parameters(long n) => new() { ["n"] = n };

static void Write(CypherTransaction tx, long n)
{
    tx.Run("CREATE (:Item {n: $n, k: 0})-[:NEXT {n: $n}]->(:Item {n: $n, k: 1})", Parameters(n));
    tx.Run("MATCH (b:Item {n: $n, k: 1}) CREATE (b)-[:NEXT {n: $n}]->(:Item {n: $n, k: 2})", Parameters(n));
}

static void FailMidway(CypherDatabase db, long n)
{
    using var tx = db.BeginTransaction();
    Write(tx, n);
    try
    {
        tx.Run("MATCH (c:Counter {name: 'crash'}) SET c.last = 1 / 0");
    }
    catch (CypherException)
    {
        // Expected: the error rolled the transaction back and closed it.
    }
}
