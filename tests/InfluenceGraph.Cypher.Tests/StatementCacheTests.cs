using InfluenceGraph.Cypher.Execution;

namespace InfluenceGraph.Cypher.Tests;

public sealed class StatementCacheTests
{
    private static readonly StatementCache Cache = new(new ProcedureRegistry([]));

    [Fact]
    public void StatementCache_RepeatedQuery_IsParsedOnce()
    {
        const string text = "MATCH (a:Actor {id: $id}) RETURN a.name";
        Assert.Same(Cache.Single(text), Cache.Single(text));
        Assert.Same(Cache.Script(text + ";"), Cache.Script(text + ";"));
    }

    [Fact]
    public void StatementCache_TextWithItsDataWrittenIn_IsNotKept()
    {
        // A bulk load's literal list: parsed each time it is sent, so neither its text nor its syntax tree stays.
        var rows = string.Join(", ", Enumerable.Range(0, 8000).Select(i => $"{{id: 'a{i}', w: {i}}}"));
        var text = $"UNWIND [{rows}] AS row CREATE (:A {{id: row.id, w: row.w}})";
        Assert.True(text.Length > StatementCache.MaxCachedLength);
        Assert.NotSame(Cache.Single(text), Cache.Single(text));
        Assert.NotSame(Cache.Script(text), Cache.Script(text));
    }
}
