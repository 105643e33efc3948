using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over HTTP (GraphQL-over-HTTP spec): POST for everything, GET for queries only; with
/// <c>Accept: text/event-stream</c> the same requests are answered over Server-Sent Events, and a WebSocket upgrade on
/// the same path speaks graphql-transport-ws. Requests run through <see cref="GraphQLRunner"/> with the settings that
/// <see cref="GraphQLTransportOptions.CreateSettings"/> gives each operation.
/// </summary>
public static class GraphQLHttpEndpoints
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static IEndpointConventionBuilder MapGraphQLTransport(this IEndpointRouteBuilder app, string pattern)
    {
        var group = app.MapGroup(pattern);
        group.MapPost("", HandlePostAsync);
        group.MapGet("", (HttpContext http) =>
            http.WebSockets.IsWebSocketRequest ? GraphQLWebSockets.AcceptAsync(http) : HandleGetAsync(http));
        return group;
    }

    /// <summary>False (and a 403 written) when a browser page of a foreign origin asks for a stream.</summary>
    internal static async Task<bool> OriginAllowedAsync(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || Transport(http).IsOriginAllowed is not { } allowed || allowed(origin))
            return true;
        await WriteErrorAsync(http, StatusCodes.Status403Forbidden, Json, TransportMessages.OriginNotAllowed(origin));
        return false;
    }

    private static async Task HandlePostAsync(HttpContext http)
    {
        var transport = Transport(http);
        var sse = GraphQLServerSentEvents.Wants(http.Request);
        var mediaType = sse ? GraphQLResponseJson : ChooseResponseType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, TransportMessages.NotAcceptable);
            return;
        }
        var contentType = http.Request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed.MediaType.Value : null;
        if (!string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, TransportMessages.UnsupportedMediaType(contentType));
            return;
        }
        var body = await ReadBodyAsync(http, transport.MaxRequestBytes);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, TransportMessages.BodyTooLarge(transport.MaxRequestBytes));
            return;
        }
        if (!Reader(http).TryReadJson(body, out var request, out var error))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error!);
            return;
        }
        // A subscription's stream needs Server-Sent Events; answered once as JSON it would be a query in disguise.
        await ExecuteAsync(http, transport, request!, mediaType, sse ? OperationKinds.All : OperationKinds.QueryOrMutation);
    }

    private static async Task HandleGetAsync(HttpContext http)
    {
        var transport = Transport(http);
        // A person typing the endpoint's address in a browser wants the IDE, not a JSON error.
        if (transport.IdePath is { } ide && !http.Request.Query.ContainsKey("query")
            && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            http.Response.Redirect(ide);
            return;
        }
        var sse = GraphQLServerSentEvents.Wants(http.Request);
        var mediaType = sse ? GraphQLResponseJson : ChooseResponseType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, TransportMessages.NotAcceptable);
            return;
        }
        var parameters = http.Request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        if (!Reader(http).TryReadQueryString(parameters, out var request, out var error))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error!);
            return;
        }
        // EventSource can only GET, so a subscription may come over GET when it asks for an event stream.
        await ExecuteAsync(http, transport, request!, mediaType, sse ? OperationKinds.QueryOrSubscription : OperationKinds.Query);
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLTransportOptions transport, GraphQLRequest request, string mediaType, OperationKinds allowed)
    {
        var runner = http.RequestServices.GetRequiredService<GraphQLRunner>();
        var settings = transport.CreateSettings(new GraphQLOperationContext(http, http.Request.Headers.Authorization.ToString(), allowed));
        if (GraphQLServerSentEvents.Wants(http.Request))
        {
            if (!await OriginAllowedAsync(http))
                return;
            await GraphQLServerSentEvents.StreamAsync(http, runner, request, settings, failure => WriteOutcomeAsync(http, failure, mediaType));
            return;
        }
        await WriteOutcomeAsync(http, await runner.ExecuteAsync(request, settings, http.RequestAborted), mediaType);
    }

    internal static GraphQLTransportOptions Transport(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<GraphQLTransportOptions>>().Value;

    internal static GraphQLSerializer Serializer(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLSerializer>();

    private static GraphQLRequestReader Reader(HttpContext http) => http.RequestServices.GetRequiredService<GraphQLRequestReader>();

    private static async Task WriteOutcomeAsync(HttpContext http, GraphQLOutcome outcome, string mediaType)
    {
        // GET may only query (405, use POST); anything else refused before execution is a request error.
        var getNotAllowed = outcome.Kind == GraphQLOutcomeKind.OperationNotAllowed && HttpMethods.IsGet(http.Request.Method);
        http.Response.StatusCode = getNotAllowed ? StatusCodes.Status405MethodNotAllowed : StatusFor(outcome.Kind, mediaType);
        if (getNotAllowed)
            http.Response.Headers.Allow = "POST";
        if (RetryLaterError.Seconds(outcome.Result.Errors) is { } retryAfter)
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (Serializer(http) is TransportSerializer direct)
            await direct.WriteAsync(http.Response.BodyWriter, outcome.Result, http.RequestAborted);
        else
            await Serializer(http).WriteAsync(http.Response.Body, outcome.Result, http.RequestAborted);
    }

    /// <summary>The spec's status table: with graphql-response+json a request that never executed is a 4xx; legacy JSON is always 200.</summary>
    private static int StatusFor(GraphQLOutcomeKind kind, string mediaType) => kind switch
    {
        GraphQLOutcomeKind.Executed => StatusCodes.Status200OK,
        _ when mediaType == Json => StatusCodes.Status200OK,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>graphql-response+json when asked for it (first), else JSON for older clients; null when neither is acceptable.</summary>
    private static string? ChooseResponseType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;
        foreach (var type in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var name = type.MediaType.Value;
            if (string.Equals(name, GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponseJson;
            if (string.Equals(name, Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" or "application/*")
                return Json;
        }
        return null;
    }

    // The limit holds for every body, chunked ones included: Content-Length is only a first check.
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await Serializer(http).WriteAsync(http.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message)] }, http.RequestAborted);
    }
}
