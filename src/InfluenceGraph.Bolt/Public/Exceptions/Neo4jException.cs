namespace InfluenceGraph.Bolt;

/// <summary>The base of every error this library raises, shaped like Neo4j.Driver's exception family.</summary>
public class Neo4jException : Exception
{
    public Neo4jException(string message, Exception? inner = null) : base(message, inner) { }

    public Neo4jException(string? code, string message, Exception? inner = null) : base(message, inner) => Code = code;

    /// <summary>The server's status code (FAILURE's `code`, or `neo4j_code` from Bolt 5.7), when the server sent one.</summary>
    public string? Code { get; }

    /// <summary>The GQL status (Bolt 5.7+ FAILURE `gql_status`), when the server sent one.</summary>
    public string? GqlStatus { get; init; }

    /// <summary>Whether a transaction function may run again after this error.</summary>
    public virtual bool IsRetriable => false;
}

/// <summary>The client asked for something wrong: bad query, constraint violation, bad parameters (Neo.ClientError.*).</summary>
public class ClientException : Neo4jException
{
    public ClientException(string message, Exception? inner = null) : base(message, inner) { }
    public ClientException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }
}

/// <summary>A temporary server condition (Neo.TransientError.*); transaction functions retry it.</summary>
public sealed class TransientException(string? code, string message, Exception? inner = null) : Neo4jException(code, message, inner)
{
    public override bool IsRetriable => true;
}

/// <summary>The database failed (Neo.DatabaseError.*); not retried.</summary>
public sealed class DatabaseException(string? code, string message, Exception? inner = null) : Neo4jException(code, message, inner);

/// <summary>No server could be reached or the connection broke; retried unless the outcome of a COMMIT is unknown.</summary>
public sealed class ServiceUnavailableException(string message, Exception? inner = null, bool retriable = true) : Neo4jException(message, inner)
{
    public override bool IsRetriable => retriable;
}

/// <summary>The server no longer serves this session's role (for example a writer that stepped down); retried.</summary>
public sealed class SessionExpiredException(string message, Exception? inner = null) : Neo4jException(message, inner)
{
    public override bool IsRetriable => true;
}

/// <summary>The credentials were refused (Neo.ClientError.Security.Unauthorized).</summary>
public sealed class AuthenticationException(string? code, string message) : ClientException(code, message);

/// <summary>The user may not do this; AuthorizationExpired is retried on a fresh connection.</summary>
public sealed class AuthorizationException(string? code, string message) : ClientException(code, message)
{
    public override bool IsRetriable => Code == ErrorCodes.AuthorizationExpired;
}

/// <summary>The server and client disagree about the protocol: unexpected message, bad bytes, no common version.</summary>
public sealed class ProtocolException(string message, Exception? inner = null) : Neo4jException(message, inner);

/// <summary>A value does not fit the requested .NET type (for example a Cypher date beyond DateOnly's range).</summary>
public sealed class ValueOverflowException(string message) : ClientException(message);

/// <summary>A result was read in a way it does not allow (consumed twice, Single on many records, no such key).</summary>
public sealed class ResultConsumedException(string message) : ClientException(message);
