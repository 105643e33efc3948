using System.Text;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>
/// POST /admin/cypher: applies a Cypher script in one transaction (what `cypher apply` uses while the server runs),
/// exactly once per apply id; GET /admin/applications/{id}: whether that application committed.
/// Needs the API key, or the local token of <see cref="LocalServerFile"/>.
/// </summary>
public static class AdminEndpoints
{
    public const long MaxScriptBytes = 8 * 1024 * 1024;

    /// <summary>The request headers of POST /admin/cypher: the script's name, its apply id, and whether to apply a script applied before.</summary>
    public const string ScriptNameHeader = "X-Script-Name";
    public const string ApplyIdHeader = "X-Apply-Id";
    public const string ApplyAgainHeader = "X-Apply-Again";

    public static IServiceCollection AddAdminApi(this IServiceCollection services)
    {
        services.AddSingleton<LocalServerFile>();
        services.AddHostedService(sp => sp.GetRequiredService<LocalServerFile>());
        return services;
    }

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/cypher", async (HttpContext http, InfluenceStore store, LocalServerFile local, IOptions<ApiOptions> api) =>
        {
            if (!Authorized(http, local.Token, api.Value.Key))
                return ProblemFailures.ToResult(new AppFailure(FailureKind.Unauthenticated, "Scripts need the API key or the local server token."));
            var name = http.Request.Headers[ScriptNameHeader].ToString() is { Length: > 0 } n ? n : "script";
            try
            {
                var request = ReadRequest(http.Request);
                var script = await ReadScriptAsync(http.Request, http.RequestAborted);
                var outcome = await store.ApplyScriptAsync(name, script, request, http.RequestAborted);
                return Results.Ok(new
                {
                    statements = outcome.Statements, counters = outcome.Counters, earlier = outcome.Earlier,
                    application = outcome.Application is { } a ? Describe(a) : null,
                });
            }
            catch (AppFailure e)
            {
                return ProblemFailures.ToResult(e);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client went away: the script stopped between statements and applied nothing; nobody is left to tell.
                return Results.Empty;
            }
        });
        // Whether an application committed: what `cypher apply` asks after it lost the server's answer.
        app.MapGet("/admin/applications/{id}", async (string id, HttpContext http, InfluenceStore store, LocalServerFile local, IOptions<ApiOptions> api) =>
        {
            if (!Authorized(http, local.Token, api.Value.Key))
                return ProblemFailures.ToResult(new AppFailure(FailureKind.Unauthenticated, "Applications are shown with the API key or the local server token."));
            try
            {
                if (ScriptRequest.Problem(id) is { } problem)
                    throw new AppFailure(FailureKind.InvalidInput, problem);
                return await store.FindApplicationAsync(id, http.RequestAborted) is { } found
                    ? Results.Ok(Describe(found))
                    : ProblemFailures.ToResult(new AppFailure(FailureKind.NotFound, $"No script was applied under the apply id '{id}'."));
            }
            catch (AppFailure e)
            {
                return ProblemFailures.ToResult(e);
            }
        });
        return app;
    }

    /// <summary>
    /// The body as text, refused once it passes <see cref="MaxScriptBytes"/> whether or not it announced its length: a
    /// chunked body has no Content-Length, so the bytes are counted as they arrive.
    /// </summary>
    private static async Task<string> ReadScriptAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var tooLarge = new AppFailure(FailureKind.TooLarge, $"Scripts are limited to {MaxScriptBytes} bytes.");
        if (request.ContentLength > MaxScriptBytes)
            throw tooLarge;
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxScriptBytes)
                throw tooLarge;
            body.Write(buffer, 0, read);
        }
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        // A file saved with a byte-order mark is still a script.
        return Encoding.UTF8.GetString(bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes);
    }

    private static ScriptRequest ReadRequest(HttpRequest request)
    {
        var again = request.Headers[ApplyAgainHeader].ToString() is "true" or "1";
        if (request.Headers[ApplyIdHeader].ToString() is not { Length: > 0 } id)
            return ScriptRequest.New(again);
        if (ScriptRequest.Problem(id) is { } problem)
            throw new AppFailure(FailureKind.InvalidInput, $"{ApplyIdHeader}: {problem}");
        return new ScriptRequest(id, again);
    }

    private static object Describe(ScriptApplication a) =>
        new { id = a.Id, sha256 = a.Sha256, name = a.Name, appliedAt = a.AppliedAt.UtcDateTime, statements = a.Statements };

    private static bool Authorized(HttpContext http, string localToken, string? apiKey)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = header["Bearer ".Length..].Trim();
        return ApiKeys.Matches(presented, localToken) || (!string.IsNullOrEmpty(apiKey) && ApiKeys.Matches(presented, apiKey));
    }
}
