using System.Text;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>
/// POST /admin/cypher: applies a Cypher script in one transaction (what `cypher apply` uses while the server runs).
/// Needs the API key, or the local token of <see cref="LocalServerFile"/>.
/// </summary>
public static class AdminEndpoints
{
    public const long MaxScriptBytes = 8 * 1024 * 1024;

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
            if (http.Request.ContentLength > MaxScriptBytes)
                return ProblemFailures.ToResult(new AppFailure(FailureKind.TooLarge, $"Scripts are limited to {MaxScriptBytes} bytes."));
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var script = await reader.ReadToEndAsync(http.RequestAborted);
            var name = http.Request.Headers["X-Script-Name"].ToString() is { Length: > 0 } n ? n : "script";
            try
            {
                var outcome = await store.ApplyScriptAsync(name, script, http.RequestAborted);
                return Results.Ok(new { statements = outcome.Statements, counters = outcome.Counters });
            }
            catch (AppFailure e)
            {
                return ProblemFailures.ToResult(e);
            }
        });
        return app;
    }

    private static bool Authorized(HttpContext http, string localToken, string? apiKey)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = header["Bearer ".Length..].Trim();
        return ApiKeys.Matches(presented, localToken) || (!string.IsNullOrEmpty(apiKey) && ApiKeys.Matches(presented, apiKey));
    }
}
