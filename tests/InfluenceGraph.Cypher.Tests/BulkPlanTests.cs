using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>
/// The compiled bulk plans (UNWIND or LOAD CSV into CREATE, MERGE, or MATCH by unique key + CREATE of relationships)
/// against the clause-by-clause run that `WITH *` forces (the write on a line of its own, so errors name the same place): the same graph, counters and errors, in memory and in a
/// journalled store reopened after the load (the journal replayed).
/// </summary>
public sealed class BulkPlanTests
{
    private const string Csv = "LOAD CSV WITH HEADERS FROM 'file:///{0}' AS row ";

    private static readonly (string Head, string Write)[] Shapes =
    [
        ("UNWIND $rows AS row ", "CREATE (:Actor:Extra:Actor {id: row.id, name: row.name, kind: row.kind, n: 1, p: $p})"),
        ("UNWIND $rows AS row ", "CREATE (x:Copy {id: row.id}), (:Kind {k: row.kind, whole: row})"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)-[:$(row.type) {w: row.w, s: row.s}]->(b)"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)<-[:T]-(b)-[:U {w: row.w}]->(a)"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}) CREATE (a)-[:$(row.missing)]->(a)"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id})"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.from, kind: row.kind})"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id, name: row.name})"),
        ("UNWIND $rows AS row ", "CREATE (:Actor {id: row.id})"),
        ("UNWIND [1, 2] AS row ", "CREATE (:A {x: row.x})"),
        ("UNWIND [{m: {x: 1}}] AS row ", "CREATE (:A {m: row.m})"),
        (string.Format(Csv, "actors.csv"), "CREATE (:Person {id: row.id, name: row.name, kind: row.kind})"),
        (string.Format(Csv, "actors.csv"), "MERGE (:Actor {id: row.id})"),
        (string.Format(Csv, "actors.csv"), "CREATE (:Actor {id: row.id})"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}), (b:Actor {id: row.dst}) CREATE (a)-[:$(row.type) {w: row.w}]->(b)"),
        (string.Format(Csv, "ragged.csv"), "CREATE (:Ragged {a: row.a, b: row.b})"),
        (string.Format(Csv, "missing.csv"), "CREATE (:Never {a: row.a})"),
        ("LOAD CSV FROM 'file:///actors.csv' AS row ", "CREATE (:Line {all: row})"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}), (b:Actor {id: toUpper(row.dst)}) CREATE (a)-[:R {w: toFloat(row.w) / 2}]->(b)"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}), (b:Actor {id: row.dst}) CREATE (a)-[:R {w: toInteger(row.w) + [x IN [1] | x][0]}]->(b)"),
        (string.Format(Csv, "actors.csv"), "MERGE (a:Actor {id: row.id, name: coalesce(row.name, 'none'), kind: 'k' + size(row.kind)})"),
        ("UNWIND $rows AS row ", "CREATE (:A {x: row.w * 2, y: 1 / toInteger(row.w)})"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id}) ON CREATE SET a.new = true, a.name = row.name ON MATCH SET a.seen = coalesce(a.seen, 0) + 1"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.from}) ON CREATE SET a += row, a:Fresh ON MATCH SET a.kind = row.kind, a:Seen REMOVE a.nothing"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id}) ON MATCH SET a = {id: a.id, w: row.w}, a.s = row.s ON CREATE SET a.s = row.s REMOVE a:Actor"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id}) ON CREATE SET a.x = 1 / toInteger(row.w)"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id}) ON MATCH SET a.bad = {m: row}"),
        (string.Format(Csv, "actors.csv"), "MERGE (a:Actor {id: row.id}) ON CREATE SET a.name = row.name, a.from = 'csv' ON MATCH SET a.kind = row.kind + '/' + a.kind"),
        ("UNWIND $rows AS row ", "MERGE (a:Actor {id: row.id}) ON MATCH SET a.linked = exists((a)--()), a.other = row.to"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}), (b:Actor {id: row.dst}) CREATE (a)-[:R {t: toString(toInteger(row.w) + 1), c: coalesce(row.type, row.nothing, 'none')}]->(b)"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}), (b:Actor {id: row.dst}) CREATE (a)-[:R {cut: substring(row.src, toInteger(row.w) - 40)}]->(b)"),
        ("UNWIND $rows AS row ", "CREATE (:A {lower: toLower(row.name), n: size(coalesce(row.s, ''))})"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from})\nMATCH (b:Actor {id: row.to})\nCREATE (a)-[:$(row.type) {w: row.w}]->(b)"),
        (string.Format(Csv, "relations.csv"), "MATCH (a:Actor {id: row.src}) MATCH (b:Actor {id: row.dst}) CREATE (b)<-[:R {w: row.w}]-(a)"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}) MATCH (a:Actor {kind: row.kind}) CREATE (a)-[:SELF]->(a)"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}) MATCH (b:Actor) WHERE b.id = row.to CREATE (a)-[:W]->(b)"),
        ("UNWIND $rows AS row ", "MATCH (a:Actor {id: row.from}) MATCH (b:Actor {kind: a.kind}) CREATE (a)-[:SAME]->(b)"),
    ];

    private static Dictionary<string, object?> Parameters()
    {
        var rows = new List<object?>();
        for (var i = 0; i < 60; i++)
            rows.Add(new Dictionary<string, object?>
            {
                ["id"] = $"a{i % 50}", ["name"] = i % 9 == 0 ? null : $"n{i % 50}", ["kind"] = $"k{i % 4}",
                ["from"] = $"a{(i * 7) % 55}", ["to"] = $"a{(i * 11) % 53}", ["type"] = i % 3 == 0 ? "X" : "Y",
                ["w"] = i / 10.0, ["s"] = i % 5 == 0 ? null : "ok",
            });
        return new() { ["rows"] = rows, ["p"] = 7L };
    }

    private static void WriteFiles(string directory)
    {
        File.WriteAllLines(System.IO.Path.Combine(directory, "actors.csv"),
            ["id,name,kind", .. Enumerable.Range(0, 50).Select(i => $"a{i % 45},{(i % 7 == 0 ? "" : "n" + i)},k{i % 3}")]);
        File.WriteAllLines(System.IO.Path.Combine(directory, "relations.csv"),
            ["src,dst,type,w", .. Enumerable.Range(0, 80).Select(i => $"a{(i * 7) % 45},a{(i * 3) % 43},{(i % 4 == 0 ? "" : "T" + i % 2)},{i}")]);
        File.WriteAllLines(System.IO.Path.Combine(directory, "ragged.csv"), ["a,b", "1", "2,3,4", "\"5", "6,7"]);
    }

    private static string Dump(CypherDatabase db) =>
        string.Join("\n", db.Run("MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)").Rows.Select(r => string.Join(" ", r.Select(Show))))
        + "\n" + string.Join("\n", db.Run("MATCH (a)-[r]->(b) RETURN id(a), type(r), properties(r), id(b) ORDER BY id(r)").Rows.Select(r => string.Join(" ", r.Select(Show))));

    private static (string Graph, string Counters, string? Error, string Reopened) Load(string query, bool durable)
    {
        var import = TempDirectory();
        WriteFiles(import);
        var data = TempDirectory();
        var options = new CypherDatabaseOptions { ImportDirectory = import };
        string graph, counters = "";
        string? error = null;
        using (var db = durable ? CypherDatabase.Open(data, options) : CypherDatabase.InMemory(options))
        {
            db.Run("CREATE CONSTRAINT FOR (a:Actor) REQUIRE a.id IS UNIQUE");
            db.Run("UNWIND range(0, 39) AS i CREATE (:Actor {id: 'a' + i, kind: 'k' + (i % 4)})");
            try
            {
                var c = db.Run(query, Parameters()).Counters;
                counters = $"{c.NodesCreated} {c.RelationshipsCreated} {c.PropertiesSet} {c.LabelsAdded}";
            }
            catch (CypherException e)
            {
                error = $"{e.Kind}: {e.Message}";
            }
            graph = Dump(db);
        }
        if (!durable) return (graph, counters, error, graph);
        using var reopened = CypherDatabase.Open(data, options);
        return (graph, counters, error, Dump(reopened));
    }

    [Fact]
    public void BulkPlan_EveryShape_LeavesWhatTheClauseByClauseRunLeaves()
    {
        foreach (var (head, write) in Shapes)
            foreach (var durable in new[] { false, true })
            {
                var expected = Load(head + "WITH *\n" + write, durable);
                var actual = Load(head + "\n" + write, durable);
                Assert.True(expected == actual, $"{head}{write} (durable {durable})\nexpected {expected.Counters} {expected.Error}\n{expected.Graph}\n"
                    + $"actual {actual.Counters} {actual.Error}\n{actual.Graph}\nreopened\n{actual.Reopened}");
                Assert.Equal(actual.Graph, actual.Reopened);
            }
    }

    [Fact]
    public void BulkPlan_LoadCsvCreate_WritesEveryRecordWithItsNullsSkipped()
    {
        var (graph, counters, error, _) = Load(string.Format(Csv, "actors.csv") + "CREATE (:Person {id: row.id, name: row.name})", durable: false);
        Assert.Null(error);
        // 50 ids and 42 names: every seventh record (8 of 50) has an empty name, which is null and not stored.
        Assert.Equal("50 0 92 50", counters);
        Assert.Contains("['Person'] {id: 'a0'}\n", graph);
    }

    [Fact]
    public void BulkPlan_LoadCsvMatchCreate_ConnectsTheKeyedNodes()
    {
        var (_, counters, error, _) = Load(string.Format(Csv, "relations.csv") + "MATCH (a:Actor {id: row.src}), (b:Actor {id: row.dst}) CREATE (a)-[:R {w: row.w}]->(b)", durable: true);
        Assert.Null(error);
        var connected = Enumerable.Range(0, 80).Count(i => (i * 7) % 45 < 40 && (i * 3) % 43 < 40);
        Assert.Equal($"0 {connected} {connected} 0", counters);
    }

    [Fact]
    public void BulkPlan_LoadCsvInTransactions_CommitsTheBatchesBeforeTheFailingOne()
    {
        var import = TempDirectory();
        var data = TempDirectory();
        // The seventh record repeats the first id: batches of three commit rows 1-3 and 4-6, the third batch rolls back.
        File.WriteAllLines(System.IO.Path.Combine(import, "ids.csv"), ["id", "p1", "p2", "p3", "p4", "p5", "p6", "p1", "p8"]);
        var options = new CypherDatabaseOptions { ImportDirectory = import };
        using (var db = CypherDatabase.Open(data, options))
        {
            db.Run("CREATE CONSTRAINT FOR (p:P) REQUIRE p.id IS UNIQUE");
            var error = Fails(() => db.Run("LOAD CSV WITH HEADERS FROM 'file:///ids.csv' AS row CALL { WITH row CREATE (:P {id: row.id}) } IN TRANSACTIONS OF 3 ROWS"));
            Assert.Equal(CypherErrorKind.ConstraintValidationFailed, error.Kind);
            Assert.Equal(6L, db.Run("MATCH (p:P) RETURN count(p)").Rows[0][0]);
        }
        using var reopened = CypherDatabase.Open(data, options);
        Assert.Equal(["p1", "p2", "p3", "p4", "p5", "p6"], reopened.Run("MATCH (p:P) RETURN p.id ORDER BY p.id").Rows.Select(r => (string)r[0]!));
    }
}
