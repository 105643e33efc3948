namespace InfluenceGraph.Bolt.Tests.FakeServer;

/// <summary>
/// One transcript line. `C:` is what the client must send, `S:` what the server sends; either as raw hex bytes
/// (exact wire bytes, chunk headers included) or as a message: NAME followed by its fields. `S: <EXIT>` drops the
/// connection; `S: <NOOP>` sends an empty chunk. `#` starts a comment; a line of dashes starts the next connection.
/// </summary>
internal sealed record ScriptLine(bool FromClient, byte[]? Raw, string? Message, List<object?> Fields, string Text)
{
    public static ScriptLine Parse(string line)
    {
        var fromClient = line.StartsWith("C:", StringComparison.Ordinal);
        var body = line[2..].Trim();
        if (IsHex(body)) return new ScriptLine(fromClient, Infrastructure.Hex.Parse(body), null, [], line);
        var space = body.IndexOf(' ', StringComparison.Ordinal);
        var name = space < 0 ? body : body[..space];
        var fields = space < 0 ? [] : ScriptValueParser.ParseAll(body[(space + 1)..]);
        return new ScriptLine(fromClient, null, name, fields, line);
    }

    // Hex lines are pairs of hex digits separated by single spaces.
    private static bool IsHex(string body) =>
        body.Split(' ').All(token => token.Length == 2 && token.All(Uri.IsHexDigit));
}
