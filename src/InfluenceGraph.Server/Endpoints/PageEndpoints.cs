using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.FileProviders;

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

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (InfluenceStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                var server = await store.ServerAgentAsync(cancellationToken);
                var actors = await store.CountActorsAsync(cancellationToken);
                return Results.Ok(new { status = "ok", store = store.Description, server, actors });
            }
            catch (AppFailure e)
            {
                return ProblemFailures.ToResult(e, new Dictionary<string, object?> { ["health"] = "unavailable", ["store"] = store.Description });
            }
        });
        return app;
    }
}
