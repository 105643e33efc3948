using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Endpoints;

/// <summary>The explorer page (/), GraphiQL (/graphiql) and the health check (/healthz).</summary>
public static class PageEndpoints
{
    public static WebApplication UseExplorerPages(this WebApplication app)
    {
        var webRoot = ContentPaths.WebRoot(app.Configuration);
        if (!Directory.Exists(webRoot))
        {
            app.Logger.LogWarning("No explorer files at {WebRoot}: / will answer 404", webRoot);
            return app;
        }
        var files = new PhysicalFileProvider(webRoot);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapGet("/graphiql", () => Results.File(Path.Combine(webRoot, "graphiql", "index.html"), "text/html; charset=utf-8"));
        return app;
    }

    /// <summary>
    /// GET /healthz: 200 and "ok" while the store answers and takes writes; 503 and ProblemDetails otherwise, with
    /// health "unavailable" (the store cannot be reached) or "degraded" (reads are served but its disk refuses
    /// writes: full, or not writable by this user), naming the condition. 503 for degraded too, because a check that
    /// looks only at the status (a load balancer, a container's health check, an uptime monitor) must see that writes
    /// fail; a 200 is what hid it. It asks the store nothing that waits on a write (a running script holds the
    /// engine's write lock): the actor count is the served snapshot's, and a running script is reported as such.
    /// The store is named as configured (its kind, and the embedded store's Store:DataDir as given), never by an
    /// absolute path. dataProblems counts the stored records the served snapshot leaves out or repairs (listed by
    /// the GraphQL field of that name).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (InfluenceStore store, StoreHealth health, IOptions<StoreOptions> options, CancellationToken cancellationToken) =>
        {
            var configured = options.Value;
            var kind = StoreSetup.ProviderName(configured);
            var dataDir = kind == StoreOptions.EmbeddedProvider ? configured.DataDir : null;
            string server;
            try
            {
                server = await store.ServerAgentAsync(cancellationToken);
            }
            catch (AppFailure e)
            {
                return ProblemFailures.ToResult(e, new Dictionary<string, object?> { ["health"] = "unavailable", ["store"] = kind, ["dataDir"] = dataDir });
            }
            var actors = store.Current?.Actors.Count;
            var dataProblems = store.Current?.DataProblems.Count;
            var script = health.ScriptRunningFor is { } running ? Math.Round(running.TotalSeconds, 1) : (double?)null;
            if (health.WriteFault is { } fault)
                return ProblemFailures.ToResult(fault, new Dictionary<string, object?>
                {
                    ["health"] = "degraded",
                    ["condition"] = fault.Kind.ToString(),
                    ["store"] = kind,
                    ["dataDir"] = dataDir,
                    ["server"] = server,
                    ["actors"] = actors,
                    ["dataProblems"] = dataProblems,
                    ["scriptRunningSeconds"] = script,
                }, StatusCodes.Status503ServiceUnavailable);
            return Results.Ok(new { status = "ok", store = kind, dataDir, server, actors, dataProblems, scriptRunningSeconds = script });
        });
        return app;
    }
}
