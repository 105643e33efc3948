using InfluenceGraph.Cypher.Tck.Gherkin;
using InfluenceGraph.Cypher.Tck.Values;

namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// Compares a result with an expected table (STEPS.md section 2): the header must equal the columns in order;
/// rows as a bag ("in any order") or a sequence ("in order"); lists inside values ordered unless the step says
/// "ignoring element order for lists".
/// </summary>
public static class ResultComparer
{
    public static string? CompareEmpty(QueryResult? result, CypherException? error)
    {
        if (error is not null) return Unexpected(error);
        if (result is null) return "no query ran";
        if (result.Columns.Count != 0 || result.Rows.Count != 0)
            return $"expected an empty result, got columns [{string.Join(", ", result.Columns)}] and {result.Rows.Count} rows";
        return null;
    }

    public static string? Compare(string stepText, GherkinTable? table, QueryResult? result, CypherException? error)
    {
        if (error is not null) return Unexpected(error);
        if (result is null) return "no query ran";
        if (table is null || table.Rows.Count == 0) return "the result step has no table";
        var ordered = stepText.Contains("in order", StringComparison.Ordinal);
        var ignoreListOrder = stepText.Contains("ignoring element order for lists", StringComparison.Ordinal);
        var header = table.Rows[0];
        if (!header.SequenceEqual(result.Columns))
            return $"columns [{string.Join(", ", result.Columns)}], expected [{string.Join(", ", header)}]";
        var expected = table.Rows.Skip(1).Select(r => RowText(r.Select(ValueParser.Parse), ignoreListOrder)).ToList();
        var actual = result.Rows.Select(r => RowText(r.Select(ValueConverter.FromEngine), ignoreListOrder)).ToList();
        if (!ordered)
        {
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }
        if (expected.SequenceEqual(actual)) return null;
        if (ordered)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            return $"rows differ in order at row {at + 1}: expected {Show(expected.Skip(at).ToList())}; got {Show(actual.Skip(at).ToList())}";
        }
        return $"rows differ: {expected.Count} expected, {actual.Count} returned; missing {Show(BagMinus(expected, actual))}; unexpected {Show(BagMinus(actual, expected))}";
    }

    private static List<string> BagMinus(List<string> from, List<string> remove)
    {
        var rest = from.ToList();
        foreach (var item in remove) rest.Remove(item);
        return rest;
    }

    private static string RowText(IEnumerable<TckValue> values, bool ignoreListOrder) =>
        string.Join(" | ", values.Select(v => v.Canonical(ignoreListOrder)));

    private static string Show(List<string> rows)
    {
        const int max = 8;
        var shown = string.Join(" ; ", rows.Take(max).Select(r => r.Length > 200 ? r[..200] + "..." : r));
        return $"{rows.Count} rows [{shown}{(rows.Count > max ? " ; ..." : "")}]";
    }

    private static string Unexpected(CypherException error) => $"unexpected error: {error.Kind}: {error.Message}";
}
