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
        var text = pool.Value("k", new string('x', 3));
        Assert.Same(text, pool.Value("k", new string('x', 3)));
        Assert.Same(pool.Value("w", 0.25), pool.Value("w", 0.25));
        Assert.NotSame(pool.Value("w", 0.0), pool.Value("w", -0.0));
        Assert.Equal(-0.0, (double)pool.Value("w", -0.0));
        var longText = new string('y', 100);
        Assert.Same(longText, pool.Value("k", longText));
        Assert.NotSame(pool.Value("k", new string('y', 100)), longText);
    }

    [Fact]
    public void ValuePool_KeyWithEverNewValues_LeavesRoomForTheKeysThatRepeat()
    {
        // 100,000 ids would fill a pool shared by every key; per key, the ids stop being taken and the statuses that
        // come after them are still shared.
        var pool = new ValuePool();
        for (var i = 0; i < 100_000; i++) pool.Value("id", $"a{i}");
        var status = pool.Value("status", new string('c', 9));
        Assert.Same(status, pool.Value("status", new string('c', 9)));
        var late = $"a{200_000}";
        Assert.Same(late, pool.Value("id", late));
        Assert.NotSame(pool.Value("id", $"a{200_000}"), late);
        Assert.Equal("a5", pool.Value("id", "a5"));
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
