using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>
/// UNWIND ... CREATE / MERGE / MATCH ... CREATE stream each element into the write; `WITH *` between the clauses
/// takes the clause-by-clause path. Both must leave the same graph, the same counters and the same errors.
/// </summary>
public sealed class BulkWriteTests
{
    private static readonly (string Query, string General)[] Loads =
    [
        ("UNWIND $rows AS row CREATE (:Actor {id: row.id, name: row.name, kind: row.kind})",
         "UNWIND $rows AS row WITH * CREATE (:Actor {id: row.id, name: row.name, kind: row.kind})"),
        ("UNWIND $rows AS row MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)-[:$(row.type) {w: row.w, s: row.s}]->(b)",
         "UNWIND $rows AS row WITH * MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)-[:$(row.type) {w: row.w, s: row.s}]->(b)"),
        ("UNWIND $rows AS row MERGE (a:Actor {id: row.from}) ON CREATE SET a.new = true ON MATCH SET a.seen = coalesce(a.seen, 0) + 1",
         "UNWIND $rows AS row WITH * MERGE (a:Actor {id: row.from}) ON CREATE SET a.new = true ON MATCH SET a.seen = coalesce(a.seen, 0) + 1"),
        ("UNWIND $rows AS row MATCH (a:Actor {id: row.from}) CREATE (a)-[:SELF]->(a), (a)<-[:BACK {n: row.w}]-(a)",
         "UNWIND $rows AS row WITH * MATCH (a:Actor {id: row.from}) CREATE (a)-[:SELF]->(a), (a)<-[:BACK {n: row.w}]-(a)"),
        ("UNWIND $rows AS row MATCH (a:Actor) CREATE (b:Copy {id: row.from})",
         "UNWIND $rows AS row WITH * MATCH (a:Actor) CREATE (b:Copy {id: row.from})"),
        ("UNWIND $rows AS row CREATE (n:Row {id: row.id, a: row.missing, b: [row.w, 1.5]})-[:OF]->(:Kind {k: row.kind})",
         "UNWIND $rows AS row WITH * CREATE (n:Row {id: row.id, a: row.missing, b: [row.w, 1.5]})-[:OF]->(:Kind {k: row.kind})"),
    ];

    private static Dictionary<string, object?> Rows()
    {
        var rows = new List<object?>();
        for (var i = 0; i < 60; i++)
            rows.Add(new Dictionary<string, object?>
            {
                ["id"] = $"a{i % 50}", ["name"] = i % 9 == 0 ? null : $"n{i}", ["kind"] = $"k{i % 4}",
                ["from"] = $"a{(i * 7) % 55}", ["to"] = $"a{(i * 11) % 53}", ["type"] = i % 3 == 0 ? "X" : "Y",
                ["w"] = i / 10.0, ["s"] = i % 5 == 0 ? null : "ok",
            });
        return new() { ["rows"] = rows };
    }

    private static string Dump(CypherDatabase db) =>
        string.Join("\n", db.Run("MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)").Rows.Select(r => string.Join(" ", r.Select(Show))))
        + "\n" + string.Join("\n", db.Run("MATCH (a)-[r]->(b) RETURN id(a), type(r), properties(r), id(b) ORDER BY id(r)").Rows.Select(r => string.Join(" ", r.Select(Show))));

    private static string Counters(QueryResult result) =>
        $"{result.Counters.NodesCreated} {result.Counters.RelationshipsCreated} {result.Counters.PropertiesSet} {result.Counters.LabelsAdded}";

    private static (string Graph, string Counters, string? Error) Load(string query, bool constraint, bool inTransaction, bool rollBack)
    {
        using var db = CypherDatabase.InMemory();
        if (constraint) db.Run("CREATE CONSTRAINT FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        db.Run("UNWIND range(0, 39) AS i CREATE (:Actor {id: 'a' + i})");
        string counters;
        try
        {
            if (inTransaction)
            {
                using var tx = db.BeginTransaction();
                tx.Run("MATCH (a:Actor {id: 'a3'}) SET a.id = 'a45'");
                counters = Counters(tx.Run(query, Rows()));
                if (rollBack) tx.Rollback();
                else tx.Commit();
            }
            else counters = Counters(db.Run(query, Rows()));
        }
        catch (CypherException e)
        {
            return (Dump(db), "", e.Message);
        }
        return (Dump(db), counters, null);
    }

    [Fact]
    public void BulkWrites_LeaveTheGraphTheClauseByClauseRunLeaves()
    {
        foreach (var (query, general) in Loads)
            foreach (var constraint in new[] { false, true })
                foreach (var (inTransaction, rollBack) in new[] { (false, false), (true, false), (true, true) })
                {
                    var expected = Load(general, constraint, inTransaction, rollBack);
                    var actual = Load(query, constraint, inTransaction, rollBack);
                    Assert.True(expected == actual, $"{query} (constraint {constraint}, transaction {inTransaction}, rollback {rollBack})\n"
                        + $"expected {expected.Counters} {expected.Error}\n{expected.Graph}\nactual {actual.Counters} {actual.Error}\n{actual.Graph}");
                }
    }

    [Fact]
    public void BulkCreate_OnAUniqueClash_FailsAndAppliesNothing()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE CONSTRAINT FOR (a:Actor) REQUIRE a.id IS UNIQUE");
        var error = Fails(() => db.Run("UNWIND $rows AS row CREATE (:Actor {id: row.id})", Rows()));
        Assert.Equal(CypherErrorKind.ConstraintValidationFailed, error.Kind);
        Assert.Equal(0L, db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }
}
