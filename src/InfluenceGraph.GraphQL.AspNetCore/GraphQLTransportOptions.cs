using Microsoft.AspNetCore.Http;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// What the GraphQL transports (HTTP, Server-Sent Events, WebSocket) need from the app that hosts them: body limits and
/// the execution settings of one operation. Configure it with <c>services.Configure&lt;GraphQLTransportOptions&gt;(...)</c>.
/// </summary>
public sealed class GraphQLTransportOptions
{
    /// <summary>Largest request body (HTTP) or message (WebSocket) accepted, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Where a browser that GETs the endpoint without a query is sent (an IDE page); null: answer as GraphQL.</summary>
    public string? IdePath { get; set; }

    /// <summary>
    /// Whether a browser page of this Origin may open a WebSocket or an event stream here (neither is guarded by CORS);
    /// requests without an Origin header (tools, notebooks) are not asked. Null: every origin.
    /// </summary>
    public Func<string, bool>? IsOriginAllowed { get; set; }

    /// <summary>
    /// Most operations executed at once (HTTP, event streams and WebSockets together; a subscription counts while it
    /// is set up); the rest wait their turn within their timeout. 0: no bound.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; }

    /// <summary>How long a WebSocket may stay open without a connection_init before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Builds the settings of one operation; the default keeps the budgets' defaults and only restricts the operation types.</summary>
    public Func<GraphQLOperationContext, GraphQLExecutionSettings> CreateSettings { get; set; } =
        context => new GraphQLExecutionSettings { AllowedOperations = context.AllowedOperations };
}

/// <summary>
/// One operation as a transport received it: the HTTP request (for WebSockets, the upgrade request), the credentials
/// it carried (the Authorization header, or the WebSocket connection_init payload's), and the operation types the
/// transport may run (GET: queries only).
/// </summary>
public sealed record GraphQLOperationContext(HttpContext Http, string? Authorization, OperationKinds AllowedOperations);
