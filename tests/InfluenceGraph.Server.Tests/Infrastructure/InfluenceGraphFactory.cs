using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceGraph.Server.Tests.Infrastructure;

/// <summary>
/// Hosts the real app on a data directory of its own (a fresh temporary one unless given), seeded from the
/// repository's cypher/ folder, with a known API key. Dispose deletes a temporary directory it made.
/// </summary>
public sealed class InfluenceGraphFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-api-key";
    private readonly bool _ownsDirectory;
    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Changes to the app's services (a test's startup filter, say).</param>
    public InfluenceGraphFactory(string? dataDirectory = null, string? apiKey = ApiKey, bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? TempDirectory.Create("influencegraph-data");
        _settings = new()
        {
            ["Store:DataDir"] = DataDirectory,
            ["Store:SeedDir"] = Path.Combine(RepositoryPaths.Root, "cypher"),
            ["Explorer:WebRoot"] = Path.Combine(RepositoryPaths.Root, "wwwroot"),
            ["Api:Key"] = apiKey,
        };
        if (kestrel)
            UseKestrel(0);
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.UseEnvironment("Development");
        if (_services is not null)
            builder.ConfigureServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDirectory)
            TempDirectory.Delete(DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDirectory)
            TempDirectory.Delete(DataDirectory);
    }
}
