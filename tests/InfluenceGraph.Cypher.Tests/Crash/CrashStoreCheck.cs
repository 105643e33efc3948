namespace InfluenceGraph.Cypher.Tests.Crash;

/// <summary>
/// What the crash child's store holds after a kill, read back in this process: per transaction number, its nodes,
/// relationships and whole chains, and the counter node. Transaction n is complete when it has 3 Item nodes,
/// 2 NEXT relationships and one whole chain k 0 -> 1 -> 2; anything else is half-applied.
/// </summary>
internal sealed record CrashStoreCheck(long Last, long Items, IReadOnlySet<long> Complete, IReadOnlyList<long> HalfApplied, IReadOnlyList<long> RolledBackVisible)
{
    public static CrashStoreCheck Read(CypherDatabase db)
    {
        var counter = db.Run("MATCH (c:Counter {name: 'crash'}) RETURN c.last, c.items").Rows;
        var (last, items) = counter.Count == 0 ? (0L, 0L) : ((long)counter.Single()[0]!, (long)counter.Single()[1]!);
        var nodes = Counts(db, "MATCH (i:Item) RETURN i.n, count(*)");
        var rels = Counts(db, "MATCH (:Item)-[r:NEXT]->(:Item) RETURN r.n, count(*)");
        var chains = Counts(db, "MATCH (a:Item {k: 0})-[r1:NEXT]->(b:Item {k: 1})-[r2:NEXT]->(c:Item {k: 2}) "
            + "WHERE a.n = b.n AND b.n = c.n AND r1.n = a.n AND r2.n = a.n RETURN a.n, count(*)");
        var numbers = nodes.Keys.Union(rels.Keys).Union(chains.Keys).ToList();
        bool IsComplete(long n) => nodes.GetValueOrDefault(n) == 3 && rels.GetValueOrDefault(n) == 2 && chains.GetValueOrDefault(n) == 1;
        var complete = numbers.Where(n => n > 0 && IsComplete(n)).ToHashSet();
        var half = numbers.Where(n => n > 0 && !IsComplete(n)).Order().ToList();
        var rolledBack = numbers.Where(n => n <= 0).Order().ToList();
        return new CrashStoreCheck(last, items, complete, half, rolledBack);
    }

    /// <summary>Problems beyond lost or half-applied transactions: the counter disagrees with the items present.</summary>
    public IEnumerable<string> CounterProblems()
    {
        if (Items != 3 * Last) yield return $"counter says last = {Last} but items = {Items} (expected {3 * Last})";
        var missing = LongRange(1, Last).Where(n => !Complete.Contains(n)).Take(5).ToList();
        if (missing.Count > 0) yield return $"counter says last = {Last} but transactions {string.Join(", ", missing)} are not complete";
        var beyond = Complete.Where(n => n > Last).Order().Take(5).ToList();
        if (beyond.Count > 0) yield return $"transactions {string.Join(", ", beyond)} are present but the counter says last = {Last}";
    }

    private static IEnumerable<long> LongRange(long from, long to)
    {
        for (var n = from; n <= to; n++) yield return n;
    }

    private static Dictionary<long, long> Counts(CypherDatabase db, string query) =>
        db.Run(query).Rows.ToDictionary(row => (long)row[0]!, row => (long)row[1]!);
}
