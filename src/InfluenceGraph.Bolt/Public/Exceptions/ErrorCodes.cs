namespace InfluenceGraph.Bolt;

/// <summary>
/// Maps a FAILURE's code to an exception class (BOLT-SPEC.md section 7, after the official drivers).
/// </summary>
public static class ErrorCodes
{
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string TransactionTerminated = "Neo.TransientError.Transaction.Terminated";
    public const string LockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";
    public const string NotALeader = "Neo.ClientError.Cluster.NotALeader";
    public const string ForbiddenOnReadOnlyDatabase = "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";

    /// <summary>Builds the exception a FAILURE with this code and message stands for.</summary>
    public static Neo4jException ToException(string? code, string message, string? gqlStatus = null)
    {
        code ??= "Neo.DatabaseError.General.UnknownError";
        // The drivers rewrite these two transient codes as client errors: the user stopped the transaction, so retrying is wrong.
        if (code is TransactionTerminated or LockClientStopped)
            code = "Neo.ClientError." + code["Neo.TransientError.".Length..];
        Neo4jException error = code switch
        {
            NotALeader or ForbiddenOnReadOnlyDatabase => new SessionExpiredException(ErrorMessages.NotAWriter(code, message)),
            Unauthorized or "Neo.ClientError.Security.AuthenticationRateLimit" => new AuthenticationException(code, message),
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new AuthorizationException(code, message),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new ClientException(code, message),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new TransientException(code, message),
            _ => new DatabaseException(code, message),
        };
        return gqlStatus is null ? error : WithGqlStatus(error, gqlStatus);
    }

    private static Neo4jException WithGqlStatus(Neo4jException error, string gqlStatus) => error switch
    {
        TransientException t => new TransientException(t.Code, t.Message) { GqlStatus = gqlStatus },
        DatabaseException d => new DatabaseException(d.Code, d.Message) { GqlStatus = gqlStatus },
        AuthenticationException a => new AuthenticationException(a.Code, a.Message) { GqlStatus = gqlStatus },
        AuthorizationException a => new AuthorizationException(a.Code, a.Message) { GqlStatus = gqlStatus },
        ClientException c when c.GetType() == typeof(ClientException) => new ClientException(c.Code, c.Message) { GqlStatus = gqlStatus },
        _ => error,
    };
}
