namespace InfluenceGraph.Server.Hosting;

/// <summary>
/// The headers a browser needs on every answer: a Content-Security-Policy that lets the explorer and GraphiQL run only
/// this origin's scripts, styles and workers and connect only back here; no framing; no MIME sniffing; no referrer
/// leaving the page. The pages hold no inline script or style, so none needs allowing.
/// </summary>
public static class BrowserProtection
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    public static WebApplication UseBrowserProtection(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            return next(http);
        });
        return app;
    }

    /// <summary>
    /// Whether a browser page from <paramref name="origin"/> may open the WebSocket or event stream: its host must be
    /// one of AllowedHosts (a page elsewhere must not read the graph through a user's browser on this machine).
    /// </summary>
    public static bool IsAllowedOrigin(string origin, string? allowedHosts)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return false;
        var hosts = (allowedHosts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return hosts.Any(h => h == "*" || string.Equals(h.Trim('[', ']'), uri.IdnHost.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));
    }
}
