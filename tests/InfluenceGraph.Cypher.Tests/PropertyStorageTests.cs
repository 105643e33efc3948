using InfluenceGraph.Cypher.Storage;

namespace InfluenceGraph.Cypher.Tests;

public sealed class PropertyStorageTests
{
    private static string Show(PropertyBag bag) => string.Join(",", bag.Select(kv => kv.Key + "=" + kv.Value));

    [Fact]
    public void PropertyBag_SetInsertRemove_KeepsInsertionOrder()
    {
        var bag = new PropertyBag();
        bag.Set("a", 1L);
        bag.Set("b", 2L);
        bag.Set("a", 3L);
        bag.Insert(1, "c", 4L);
        Assert.Equal("a=3,c=4,b=2", Show(bag));
        Assert.True(bag.Remove("c"));
        Assert.False(bag.Remove("c"));
        Assert.Equal("a=3,b=2", Show(bag));
        Assert.Equal(1, bag.IndexOf("b"));
        Assert.False(bag.TryGetValue("c", out _));
    }

    [Fact]
    public void PropertyBag_SameKeys_ShareShapeButNotValues()
    {
        var first = new PropertyBag();
        var second = new PropertyBag();
        var third = new PropertyBag();
        foreach (var bag in new[] { first, second, third })
        {
            bag.Set("weight", 0.5);
            bag.Set("status", "confirmed");
        }
        Assert.Same(first.Keys, third.Keys);
        second.Set("weight", 0.9);
        second.Remove("status");
        Assert.Equal("weight=0.5,status=confirmed", Show(first));
        Assert.Equal("weight=0.9", Show(second));
    }

    [Fact]
    public void ValuePool_EqualValues_AreSharedAndDistinctOnesKept()
    {
        var pool = new ValuePool();
        var text = pool.Value(new string('x', 3));
        Assert.Same(text, pool.Value(new string('x', 3)));
        Assert.Same(pool.Value(0.25), pool.Value(0.25));
        Assert.NotSame(pool.Value(0.0), pool.Value(-0.0));
        Assert.Equal(-0.0, (double)pool.Value(-0.0));
        var longText = new string('y', 100);
        Assert.Same(longText, pool.Value(longText));
        Assert.NotSame(pool.Value(new string('y', 100)), longText);
    }

    [Fact]
    public void Properties_SetRemoveAndRollback_KeepOrderThroughTheEngine()
    {
        using var db = CypherDatabase.InMemory();
        db.Run("CREATE (:N {a: 1, b: 2, c: 3})");
        using (var tx = db.BeginTransaction())
        {
            tx.Run("MATCH (n:N) SET n.a = 10 REMOVE n.b SET n.d = 4");
            Assert.Equal(new object?[] { "a", "c", "d" }, tx.Run("MATCH (n:N) RETURN keys(n) AS k").Rows[0][0] as IEnumerable<object?>);
        }
        Assert.Equal(new object?[] { "a", "b", "c" }, db.Run("MATCH (n:N) RETURN keys(n) AS k").Rows[0][0] as IEnumerable<object?>);
        Assert.Equal(1L, db.Run("MATCH (n:N) RETURN n.a AS a").Rows[0][0]);
    }
}
