using System.Collections;
using System.Globalization;

namespace InfluenceGraph.Bolt.Internal.Messaging;

/// <summary>Formats message fields for the `C:`/`S:` debug log, with credentials redacted.</summary>
internal static class LogFormat
{
    private static readonly HashSet<string> SecretKeys = new(StringComparer.Ordinal) { "credentials", "password" };

    public static string Value(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => $"#{Convert.ToHexString(bytes)}",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(Entry)) + "}",
        IDictionary map => "{" + string.Join(", ", map.Cast<DictionaryEntry>().Select(e => Entry(new(e.Key.ToString()!, e.Value)))) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Entry(KeyValuePair<string, object?> entry) =>
        $"{entry.Key}: {(SecretKeys.Contains(entry.Key) ? "\"******\"" : Value(entry.Value))}";
}
