using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace InfluenceGraph.Server.Hosting;

/// <summary>
/// Brotli and gzip for the API's JSON and the explorer's files, at the fastest level: a graph answer of several
/// megabytes shrinks tenfold in a few milliseconds, where the optimal level would cost more time than it saves.
/// Event streams are left alone (compression would hold their events back).
/// </summary>
public static class Compression
{
    private static readonly string[] MimeTypes =
    [
        "application/json", "application/graphql-response+json", "application/problem+json",
        "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml",
    ];

    public static IServiceCollection AddCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // The answers carry no secret that a page could mix with attacker text (no cookies, the key is a header).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
