using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// How a script is to be applied: <see cref="ApplyId"/> names this one application (the client makes it, and asks
/// for it after a lost answer); <see cref="Again"/> applies a script whose content was applied before.
/// </summary>
public sealed record ScriptRequest(string ApplyId, bool Again = false)
{
    public const int MaxApplyIdLength = 100;

    public static ScriptRequest New(bool again = false) => new(NewId(), again);

    /// <summary>A fresh apply id: the time, then random hex, e.g. 20261202T133306Z-3f2a9c0d41b7e6a5.</summary>
    public static string NewId() =>
        $"{DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";

    /// <summary>Why <paramref name="id"/> cannot be an apply id (null when it can): letters, digits, '-', '_', '.', ':'.</summary>
    public static string? Problem(string id) =>
        id.Length is > 0 and <= MaxApplyIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? null
            : $"An apply id holds 1 to {MaxApplyIdLength} letters, digits, '-', '_', '.' or ':'.";
}

/// <summary>
/// The record of one applied script, a <c>(:ScriptApply)</c> node written in the script's own transaction: it exists
/// exactly when the script committed. <see cref="Sha256"/> is over the script's UTF-8 text.
/// </summary>
public sealed record ScriptApplication(string Id, string Sha256, string Name, DateTimeOffset AppliedAt, int Statements)
{
    public static string Hash(string script) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    internal IReadOnlyDictionary<string, object?> Parameters() => new Dictionary<string, object?>
    {
        ["id"] = Id, ["sha256"] = Sha256, ["name"] = Name,
        ["appliedAt"] = AppliedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["statements"] = (long)Statements,
    };

    internal static ScriptApplication? FromRows(IReadOnlyList<CypherRow> rows)
    {
        if (rows.Count == 0 || rows[0]["application"] is not IReadOnlyDictionary<string, object?> map)
            return null;
        string Text(string key) => map.TryGetValue(key, out var v) ? v as string ?? "" : "";
        var at = DateTimeOffset.TryParse(Text("appliedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : DateTimeOffset.MinValue;
        var statements = map.TryGetValue("statements", out var s) && s is long n ? (int)n : 0;
        return new ScriptApplication(Text("id"), Text("sha256"), Text("name"), at, statements);
    }
}
