namespace InfluenceGraph.Bolt.Internal.Messaging;

// The messages without fields: one instance each.

/// <summary>GOODBYE (0x02): the client is closing; the server answers nothing.</summary>
internal sealed class GoodbyeMessage() : RequestMessage(MessageTags.Goodbye, "GOODBYE")
{
    public static readonly GoodbyeMessage Instance = new();
    public override bool ExpectsResponse => false;
    public override IReadOnlyList<object?> Fields => [];
}

/// <summary>RESET (0x0F): leaves FAILED or an open transaction and returns to READY.</summary>
internal sealed class ResetMessage() : RequestMessage(MessageTags.Reset, "RESET")
{
    public static readonly ResetMessage Instance = new();
    public override IReadOnlyList<object?> Fields => [];
}

/// <summary>COMMIT (0x12): SUCCESS carries the new bookmark.</summary>
internal sealed class CommitMessage() : RequestMessage(MessageTags.Commit, "COMMIT")
{
    public static readonly CommitMessage Instance = new();
    public override IReadOnlyList<object?> Fields => [];
}

/// <summary>ROLLBACK (0x13).</summary>
internal sealed class RollbackMessage() : RequestMessage(MessageTags.Rollback, "ROLLBACK")
{
    public static readonly RollbackMessage Instance = new();
    public override IReadOnlyList<object?> Fields => [];
}

/// <summary>LOGOFF (0x6B, 5.1+): back to the AUTHENTICATION state.</summary>
internal sealed class LogoffMessage() : RequestMessage(MessageTags.Logoff, "LOGOFF")
{
    public static readonly LogoffMessage Instance = new();
    public override IReadOnlyList<object?> Fields => [];
}
