using System.Globalization;

namespace InfluenceGraph.Cypher.Tests;

/// <summary>Helpers shared by the engine tests: run an expression, print a value the way Cypher writes literals.</summary>
internal static class TestSupport
{
    public static object? Eval(string expression, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        using var db = CypherDatabase.InMemory();
        return db.Run("RETURN " + expression + " AS v", parameters).Rows[0][0];
    }

    public static string Show(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => double.IsNaN(d) ? "NaN" : d.ToString("0.0###############", CultureInfo.InvariantCulture),
        string s => "'" + s + "'",
        DateOnly date => "date('" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "')",
        Node n => "(" + string.Concat(n.Labels.Select(l => ":" + l)) + ")",
        Relationship r => "[:" + r.Type + "]",
        Path p => "<" + p.Relationships.Count + ">",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + Show(kv.Value))) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };

    public static Dictionary<string, object?> P(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    public static CypherException Fails(Action action) => Assert.Throws<CypherException>(action);

    public static string TempDirectory()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "igcypher-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
