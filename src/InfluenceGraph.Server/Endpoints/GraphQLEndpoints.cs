using System.Text.Json;
using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>GraphQL over HTTP at /graphql: POST for everything, GET for queries only (GraphQL-over-HTTP spec).</summary>
public static class GraphQLEndpoints
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static IServiceCollection AddGraphQLApi(this IServiceCollection services) =>
        services.AddSingleton(_ => new GraphQLExecutor(InfluenceSchema.Build()));

    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", HandlePostAsync);
        app.MapGet("/graphql", (HttpContext http, GraphQLExecutor executor, InfluenceStore store, IOptions<ApiOptions> api) =>
            http.WebSockets.IsWebSocketRequest ? GraphQLWebSockets.AcceptAsync(http) : HandleGetAsync(http, executor, store, api));
        return app;
    }

    private static async Task HandlePostAsync(HttpContext http, GraphQLExecutor executor, InfluenceStore store, IOptions<ApiOptions> api)
    {
        var mediaType = GraphQLServerSentEvents.Wants(http.Request) ? GraphQLResponseJson : ChooseResponseType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, $"Accept {Json} or {GraphQLResponseJson}.");
            return;
        }
        var contentType = http.Request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed.MediaType.Value : null;
        if (!string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase))
        {
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, $"Send the request as {Json}, not {contentType ?? "no content type"}.");
            return;
        }
        var body = await ReadBodyAsync(http, api.Value.MaxRequestBytes);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, mediaType, $"The request body is larger than {api.Value.MaxRequestBytes} bytes.");
            return;
        }
        if (!GraphQLRequest.TryParseJson(body, out var request, out var error))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error ?? "Malformed GraphQL request.");
            return;
        }
        await ExecuteAsync(http, executor, store, api.Value, request!, mediaType, OperationKinds.All);
    }

    private static async Task HandleGetAsync(HttpContext http, GraphQLExecutor executor, InfluenceStore store, IOptions<ApiOptions> api)
    {
        // A person typing /graphql in a browser wants the IDE, not a JSON error.
        if (!http.Request.Query.ContainsKey("query") && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            http.Response.Redirect("/graphiql");
            return;
        }
        var sse = GraphQLServerSentEvents.Wants(http.Request);
        var mediaType = sse ? GraphQLResponseJson : ChooseResponseType(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, Json, $"Accept {Json} or {GraphQLResponseJson}.");
            return;
        }
        var parameters = http.Request.Query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()));
        if (!GraphQLRequest.TryParseQueryString(parameters, out var request, out var error))
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType, error ?? "Malformed GraphQL request.");
            return;
        }
        // EventSource can only GET, so a subscription may come over GET when it asks for an event stream.
        await ExecuteAsync(http, executor, store, api.Value, request!, mediaType, sse ? OperationKinds.QueryOrSubscription : OperationKinds.QueryOnly);
    }

    private static async Task ExecuteAsync(HttpContext http, GraphQLExecutor executor, InfluenceStore store, ApiOptions api,
        GraphQLRequest request, string mediaType, IReadOnlySet<OperationKind> allowed)
    {
        var options = Options(api, allowed, new RequestContext(store, WriteRefusal(http.Request.Headers.Authorization.ToString(), api)));
        if (GraphQLServerSentEvents.Wants(http.Request))
        {
            await GraphQLServerSentEvents.StreamAsync(http, executor, request, options, failure => WriteResultAsync(http, failure, mediaType));
            return;
        }
        await WriteResultAsync(http, await executor.ExecuteAsync(request, options, http.RequestAborted), mediaType);
    }

    /// <summary>The execution options every transport uses: limits from configuration, the request's context.</summary>
    internal static ExecutionOptions Options(ApiOptions api, IReadOnlySet<OperationKind> allowed, RequestContext context) => new()
    {
        AllowedOperations = allowed,
        MaxDepth = api.MaxDepth,
        UserContext = context,
    };

    private static async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        http.Response.StatusCode = StatusFor(result.Status, mediaType);
        if (result.Status == ExecutionStatus.OperationNotAllowed)
            http.Response.Headers.Allow = "POST";
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        result.WriteTo(writer);
        await writer.FlushAsync(http.RequestAborted);
    }

    /// <summary>The spec's status table: with graphql-response+json a request that never executed is a 4xx; legacy JSON is always 200.</summary>
    private static int StatusFor(ExecutionStatus status, string mediaType) => status switch
    {
        ExecutionStatus.Ok => StatusCodes.Status200OK,
        ExecutionStatus.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
        _ when mediaType == Json => StatusCodes.Status200OK,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Why a request with this Authorization value may not write, or null when it may.</summary>
    internal static string? WriteRefusal(string? header, ApiOptions api)
    {
        if (string.IsNullOrEmpty(api.Key))
            return "Writes are disabled: this server has no API key configured (set Api:Key, or the environment variable Api__Key).";
        header ??= "";
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            return "Writes need the API key: send 'Authorization: Bearer <key>'.";
        return ApiKeys.Matches(header[bearer.Length..].Trim(), api.Key) ? null : "The API key is not valid.";
    }

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
        await using var writer = new Utf8JsonWriter(http.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted);
    }

    internal static class OperationKinds
    {
        public static readonly IReadOnlySet<OperationKind> All = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Mutation, OperationKind.Subscription };
        public static readonly IReadOnlySet<OperationKind> QueryOnly = new HashSet<OperationKind> { OperationKind.Query };
        public static readonly IReadOnlySet<OperationKind> QueryOrSubscription = new HashSet<OperationKind> { OperationKind.Query, OperationKind.Subscription };
    }
}
