using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class ConstraintTests
{
    private static CypherDatabase WithConstraint()
    {
        var db = CypherDatabase.InMemory();
        Assert.Equal(1, db.Run("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE").Counters.ConstraintsAdded);
        return db;
    }

    [Fact]
    public void CreateConstraint_IfNotExists_IsIdempotent()
    {
        using var db = WithConstraint();
        Assert.Equal(0, db.Run("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE").Counters.ConstraintsAdded);
        Assert.Equal(CypherErrorKind.SchemaRuleAlreadyExists,
            Fails(() => db.Run("CREATE CONSTRAINT actor_id FOR (a:Actor) REQUIRE a.id IS UNIQUE")).Kind);
    }

    [Fact]
    public void Create_DuplicateValue_FailsAndAppliesNothing()
    {
        using var db = WithConstraint();
        db.Run("CREATE (:Actor {id: 'india'})");
        var error = Fails(() => db.Run("CREATE (:Actor {id: 'x'}), (:Actor {id: 'india'})"));
        Assert.Equal(CypherErrorKind.ConstraintValidationFailed, error.Kind);
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Equal(1L, db.Run("MATCH (a:Actor) RETURN count(a)").Rows[0][0]);
    }

    [Fact]
    public void SetAndLabel_ThatBreakUniqueness_Fail()
    {
        using var db = WithConstraint();
        db.Run("CREATE (:Actor {id: 'a'}), (:Actor {id: 'b'}), (:Other {id: 'a'})");
        Assert.Equal(CypherErrorKind.ConstraintValidationFailed, Fails(() => db.Run("MATCH (n:Actor {id: 'b'}) SET n.id = 'a'")).Kind);
        Assert.Equal(CypherErrorKind.ConstraintValidationFailed, Fails(() => db.Run("MATCH (n:Other) SET n:Actor")).Kind);
        Assert.Equal("a,b", string.Join(",", db.Run("MATCH (n:Actor) RETURN n.id ORDER BY n.id").Rows.Select(r => r[0])));
    }

    [Fact]
    public void Index_FollowsUpdatesAndRollbacks()
    {
        using var db = WithConstraint();
        db.Run("CREATE (:Actor {id: 'a'})");
        db.Run("MATCH (n:Actor {id: 'a'}) SET n.id = 'b'");
        Assert.Empty(db.Run("MATCH (n:Actor {id: 'a'}) RETURN n").Rows);
        Assert.Single(db.Run("MATCH (n:Actor {id: 'b'}) RETURN n").Rows);
        using (var tx = db.BeginTransaction())
        {
            tx.Run("MATCH (n:Actor {id: 'b'}) SET n.id = 'c'");
            tx.Rollback();
        }
        Assert.Single(db.Run("MATCH (n:Actor {id: 'b'}) RETURN n").Rows);
        db.Run("CREATE (:Actor {id: 'c'})");
        Assert.Single(db.Run("MATCH (n:Actor {id: 'c'}) RETURN n").Rows);
    }

    [Fact]
    public void CreateConstraint_OnDuplicateData_Fails()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:Actor {id: 'a'}), (:Actor {id: 'a'})");
        Assert.Equal(CypherErrorKind.ConstraintCreationFailed,
            Fails(() => db.Run("CREATE CONSTRAINT c FOR (a:Actor) REQUIRE a.id IS UNIQUE")).Kind);
        db.Run("CREATE (:Actor {id: 'a'})");
    }

    [Fact]
    public void DropConstraint_StopsEnforcement()
    {
        using var db = WithConstraint();
        Assert.Equal(1, db.Run("DROP CONSTRAINT actor_id IF EXISTS").Counters.ConstraintsRemoved);
        Assert.Equal(0, db.Run("DROP CONSTRAINT actor_id IF EXISTS").Counters.ConstraintsRemoved);
        Assert.Equal(CypherErrorKind.SchemaRuleNotFound, Fails(() => db.Run("DROP CONSTRAINT actor_id")).Kind);
        db.Run("CREATE (:Actor {id: 'a'}), (:Actor {id: 'a'})");
    }
}
