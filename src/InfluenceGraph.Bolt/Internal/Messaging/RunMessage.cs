namespace InfluenceGraph.Bolt.Internal.Messaging;

/// <summary>RUN (0x10): query, parameters, extra (auto-commit: bookmarks, tx_timeout, tx_metadata, mode, db; in a transaction: {}).</summary>
internal sealed class RunMessage(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra)
    : RequestMessage(MessageTags.Run, "RUN")
{
    public override IReadOnlyList<object?> Fields => [query, parameters, extra];
}

/// <summary>BEGIN (0x11): extra {bookmarks, tx_timeout, tx_metadata, mode, db}.</summary>
internal sealed class BeginMessage(IReadOnlyDictionary<string, object?> extra) : RequestMessage(MessageTags.Begin, "BEGIN")
{
    public override IReadOnlyList<object?> Fields => [extra];
}

/// <summary>PULL (0x3F): extra {n (records to send, -1 = all), qid (-1 = the last query; sent only when known)}.</summary>
internal sealed class PullMessage(long n, long qid) : RequestMessage(MessageTags.Pull, "PULL")
{
    public override IReadOnlyList<object?> Fields => [StreamExtra(n, qid)];

    internal static Dictionary<string, object?> StreamExtra(long n, long qid) =>
        qid == -1 ? new() { ["n"] = n } : new() { ["n"] = n, ["qid"] = qid };
}

/// <summary>DISCARD (0x2F): the same extra as PULL; the records are dropped server-side.</summary>
internal sealed class DiscardMessage(long n, long qid) : RequestMessage(MessageTags.Discard, "DISCARD")
{
    public override IReadOnlyList<object?> Fields => [PullMessage.StreamExtra(n, qid)];
}

/// <summary>ROUTE (0x66, 4.4+ form): routing context, bookmarks, extra {db, imp_user}.</summary>
internal sealed class RouteMessage(IReadOnlyDictionary<string, object?> routing, IReadOnlyList<string> bookmarks, string? database)
    : RequestMessage(MessageTags.Route, "ROUTE")
{
    public override IReadOnlyList<object?> Fields =>
        [routing, bookmarks.ToList(), database is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["db"] = database }];
}
