using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>
/// Counts the store answers from its counters and adjacency, and ORDER BY ... LIMIT through a bounded heap, against
/// the general path: the same query with `WHERE true` added matches every row and aggregates them.
/// </summary>
public sealed class StoreAggregateTests
{
    private static readonly string[] Shapes =
    [
        "MATCH ()-[r]->() {0} RETURN type(r) AS type, count(*) AS n ORDER BY type",
        "MATCH ()-[r]->() {0} RETURN type(r) AS type, count(r) AS n",
        "MATCH ()<-[r]-() {0} RETURN count(*) AS n, type(r) AS type",
        "MATCH ()-[r:LIKES|KNOWS]->() {0} RETURN type(r) AS type, count(*) AS n",
        "MATCH ()-[r:MISSING]->() {0} RETURN type(r) AS type, count(*) AS n",
        "MATCH ()-[r:MISSING]->() {0} RETURN count(*) AS n",
        "MATCH ()-[r]->() {0} RETURN count(r) AS n",
        "MATCH ()-[r]-() {0} RETURN count(r) AS n",
        "MATCH ()-[r]-() {0} RETURN type(r) AS type, count(r) AS n",
        "MATCH (a:A)<-[r]-() {0} RETURN a.id AS id, count(r) AS n ORDER BY n DESC, id LIMIT 5",
        "MATCH (a:A)<-[r]-() {0} RETURN a.group AS g, count(r) AS n ORDER BY n DESC LIMIT 2",
        "MATCH (a)-[r]->() {0} RETURN a, count(*) AS n ORDER BY n DESC, a.id SKIP 1 LIMIT 3",
        "MATCH (a:A)-[r:KNOWS]-() {0} RETURN a.id AS id, count(r) AS n ORDER BY n, id",
        "MATCH ()-[r]->(b:B) {0} RETURN b.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 3",
        "MATCH ()-[r]->(b:B:A) {0} RETURN b.id AS id, count(*) AS n",
        "MATCH (a:Missing)<-[r]-() {0} RETURN a.id AS id, count(r) AS n",
        "MATCH (a:Missing)<-[r]-() {0} RETURN count(r) AS n",
        "MATCH (a:A)<-[]-() {0} RETURN count(*) AS n",
        "MATCH (a:A)<-[r]-() {0} RETURN DISTINCT count(r) AS n ORDER BY n",
        "MATCH (a:A)<-[r]-() {0} RETURN a.id AS id, count(r) AS n ORDER BY n * -1, id LIMIT 4",
    ];

    private static CypherDatabase Graph(bool unique = false)
    {
        var db = CypherDatabase.InMemory();
        if (unique) db.Run("CREATE CONSTRAINT FOR (a:A) REQUIRE a.id IS UNIQUE");
        db.Run("UNWIND range(0, 29) AS i CREATE (:A {id: i, group: CASE WHEN i % 7 = 0 THEN null ELSE i % 3 END})");
        db.Run("UNWIND range(0, 9) AS i CREATE (:B {id: 100 + i})");
        db.Run("MATCH (b:B) WHERE b.id % 3 = 0 SET b:A");
        db.Run("""
            UNWIND range(0, 299) AS i
            MATCH (a {id: (i * 7) % 40}), (b {id: CASE WHEN i % 5 = 0 THEN 100 + i % 10 ELSE (i * i) % 31 END})
            CREATE (a)-[:$(CASE i % 3 WHEN 0 THEN 'KNOWS' WHEN 1 THEN 'LIKES' ELSE 'CITES' END) {i: i}]->(b)
            """);
        db.Run("MATCH (a:A {id: 4}) CREATE (a)-[:KNOWS]->(a)");
        db.Run("MATCH (b:B {id: 100}) CREATE (b)-[:KNOWS]->(:A {group: 5})<-[:LIKES]-(b), (b)-[:KNOWS]->(:A {group: 6})");
        return db;
    }

    private static string Rows(QueryResult result, bool ordered)
    {
        var rows = result.Rows.Select(r => string.Join(",", r.Select(v => v is Node n ? $"node{n.Properties["id"]}" : Show(v)))).ToList();
        if (!ordered) rows.Sort(StringComparer.Ordinal);
        return string.Join(" | ", rows);
    }

    private static void AssertSame(Func<string, QueryResult> run)
    {
        foreach (var shape in Shapes)
        {
            var ordered = shape.Contains("ORDER BY", StringComparison.Ordinal);
            var fast = run(string.Format(shape, ""));
            var general = run(string.Format(shape, "WHERE true"));
            Assert.Equal(general.Columns, fast.Columns);
            Assert.True(Rows(general, ordered) == Rows(fast, ordered), $"{shape}\n  general: {Rows(general, ordered)}\n  fast:    {Rows(fast, ordered)}");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StoreCounts_AgreeWithMatching(bool unique)
    {
        using var db = Graph(unique);
        AssertSame(q => db.Run(q));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StoreCounts_SeeTheOpenTransactionsWrites_AndRollbackRestoresThem(bool unique)
    {
        using var db = Graph(unique);
        var before = db.Run(string.Format(Shapes[0], "")).Rows.Select(r => $"{r[0]}={r[1]}").ToList();
        using (var tx = db.BeginTransaction())
        {
            tx.Run("MATCH (a:A {id: 1}), (b:A {id: 2}) CREATE (a)-[:NEW]->(b), (b)-[:NEW]->(a), (a)-[:KNOWS]->(b)");
            tx.Run("MATCH ()-[r:LIKES]->(b:A {id: 4}) DELETE r");
            tx.Run("MATCH (n:A {id: 8}) DETACH DELETE n");
            tx.Run("MATCH (n:B {id: 101}) SET n:A");
            tx.Run("MATCH (n:A {id: 10}) REMOVE n:A");
            AssertSame(q => tx.Run(q));
            Assert.Contains("NEW=2", tx.Run(string.Format(Shapes[0], "")).Rows.Select(r => $"{r[0]}={r[1]}"));
            tx.Rollback();
        }
        Assert.Equal(before, db.Run(string.Format(Shapes[0], "")).Rows.Select(r => $"{r[0]}={r[1]}").ToList());
        AssertSame(q => db.Run(q));
    }

    [Fact]
    public void StoreCounts_AreRebuiltWhenADurableStoreIsOpened()
    {
        var directory = TempDirectory();
        string expected;
        using (var db = CypherDatabase.Open(directory))
        {
            db.Run("UNWIND range(1, 5) AS i CREATE (:A {id: i})-[:T]->(:B), (:A)-[:U]->(:B)");
            db.Run("MATCH ()-[r:U]->() WITH r LIMIT 2 DELETE r");
            expected = Rows(db.Run(string.Format(Shapes[0], "WHERE true")), true);
        }
        using (var db = CypherDatabase.Open(directory))
        {
            Assert.Equal(expected, Rows(db.Run(string.Format(Shapes[0], "")), true));
            db.Compact();
        }
        using (var reopened = CypherDatabase.Open(directory))
            Assert.Equal(expected, Rows(reopened.Run(string.Format(Shapes[0], "")), true));
    }

    [Fact]
    public void OrderByLimit_KeepsTheFullSortsRows_WithTiesInArrivalOrder()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("UNWIND range(0, 199) AS i CREATE (:N {i: i, k: (i * 37) % 11, s: CASE WHEN i % 13 = 0 THEN null ELSE toString(i % 5) END})");
        foreach (var order in new[] { "n.k", "n.k DESC", "n.s, n.k DESC", "n.s DESC", "n.k, n.s DESC" })
        {
            var all = db.Run($"MATCH (n:N) RETURN n.i AS i ORDER BY {order}").Rows.Select(r => (long)r[0]!).ToList();
            foreach (var (skip, limit) in new[] { (0, 1), (0, 10), (3, 7), (190, 20), (0, 0), (0, 500) })
            {
                var page = db.Run($"MATCH (n:N) RETURN n.i AS i ORDER BY {order} SKIP {skip} LIMIT {limit}").Rows.Select(r => (long)r[0]!).ToList();
                Assert.Equal(all.Skip(skip).Take(limit).ToList(), page);
            }
            var ties = all.GroupBy(i => db.Run($"MATCH (n:N {{i: {i}}}) RETURN [{order.Replace(" DESC", "")}] AS key", new Dictionary<string, object?>()).Rows[0][0] is var key ? Show(key) : "");
            foreach (var tie in ties) Assert.Equal(tie.Order().ToList(), tie.ToList());
        }
    }
}
