using System.Net.Sockets;
using System.Reflection;
using Microsoft.AspNetCore.Connections;

namespace InfluenceGraph.Server.Failures;

/// <summary>
/// The one place where a failure that stops the server from starting, or `cypher apply` from running, becomes the
/// process's exit code and its one-line message (README, "Exit codes"). The codes above 2 follow BSD's sysexits.h, so
/// scripts and service managers can tell "try again later" (75) from "fix the configuration" (78).
/// </summary>
public static class ExitFailures
{
    public const int Success = 0;

    /// <summary>A script was rejected (`cypher apply`, or a seed script at the server's first start: an error in it, or too large); nothing of it was applied.</summary>
    public const int ScriptRejected = 1;

    /// <summary>`cypher apply` was called wrongly, or a file it was given is missing or unreadable.</summary>
    public const int Usage = 2;

    /// <summary>EX_DATAERR: the store's files are damaged (a corrupt journal or snapshot), or it holds a record the app cannot read.</summary>
    public const int DataError = 65;

    /// <summary>EX_UNAVAILABLE: the graph store cannot be reached (`cypher apply` on a Neo4j that is down; the server starts anyway).</summary>
    public const int StoreUnavailable = 69;

    /// <summary>EX_SOFTWARE: any other failure; the message names it.</summary>
    public const int Unexpected = 70;

    /// <summary>EX_OSERR: the server cannot listen where it was told to (the address is in use, or not this user's to take).</summary>
    public const int CannotListen = 71;

    /// <summary>EX_IOERR: the disk holding the data directory is full.</summary>
    public const int StoreFull = 74;

    /// <summary>EX_TEMPFAIL: another process holds the data directory (a second server on it, say); try again once it is gone.</summary>
    public const int StoreLocked = 75;

    /// <summary>EX_NOPERM: this user cannot write the data directory (permissions, a read-only file system).</summary>
    public const int StoreReadOnly = 77;

    /// <summary>EX_CONFIG: the configuration is invalid (an unknown Store:Provider, a missing NEO4J_PASSWORD, a value of the wrong type).</summary>
    public const int Misconfigured = 78;

    public static int Code(FailureKind kind) => kind switch
    {
        FailureKind.StoreLocked => StoreLocked,
        FailureKind.StoreReadOnly => StoreReadOnly,
        FailureKind.StoreFull => StoreFull,
        FailureKind.DataError => DataError,
        FailureKind.StoreUnavailable => StoreUnavailable,
        FailureKind.Misconfigured => Misconfigured,
        FailureKind.ScriptRejected or FailureKind.AlreadyApplied or FailureKind.InvalidInput or FailureKind.NotFound or FailureKind.TooLarge => ScriptRejected,
        FailureKind.Unauthenticated or FailureKind.Busy => Unexpected,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static int Code(Exception exception) => Unwrap(exception) switch
    {
        AppFailure failure => Code(failure.Kind),
        var other when CannotBind(other) => CannotListen,
        _ => Unexpected,
    };

    /// <summary>The failure as one sentence on one line: its message, line breaks folded into spaces, ending in a full stop.</summary>
    public static string Message(Exception exception)
    {
        var failure = Unwrap(exception);
        var text = failure is AppFailure or IOException || failure.InnerException is null
            ? failure.Message
            : $"{failure.Message} ({failure.InnerException.Message})";
        text = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.EndsWith('.') ? text : text + ".";
    }

    // The host hands a hosted service's failure on as it is, but an aggregate or a reflection wrapper may come around it.
    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };

    // Kestrel reports a taken address as an IOException around AddressInUseException, and a port this user may not
    // open as the socket's own error.
    private static bool CannotBind(Exception exception)
    {
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
            if (cause is AddressInUseException or SocketException { SocketErrorCode: SocketError.AccessDenied or SocketError.AddressAlreadyInUse or SocketError.AddressNotAvailable })
                return true;
        return false;
    }
}
