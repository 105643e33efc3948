using InfluenceGraph.Domain;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Hosting;

/// <summary>Opens the configured store once, seeds it when new, and hands it to the rest of the app.</summary>
public static class StoreSetup
{
    public static IServiceCollection AddInfluenceStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StoreOptions>(configuration.GetSection(StoreOptions.Section));
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.AddSingleton(sp => OpenRunner(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
        services.AddSingleton(sp => new InfluenceStore(
            sp.GetRequiredService<ICypherRunner>(),
            RelationCatalog.Default,
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StoreOptions>>().Value.CacheSeconds),
            sp.GetRequiredService<ILogger<InfluenceStore>>()));
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>The runner for <see cref="StoreOptions.Provider"/>; a clear error for a provider this build cannot serve.</summary>
    public static ICypherRunner OpenRunner(StoreOptions options)
    {
        if (string.Equals(options.Provider, StoreOptions.EmbeddedProvider, StringComparison.OrdinalIgnoreCase))
            return EmbeddedCypherRunner.Open(Path.GetFullPath(options.DataDir));
        throw new InvalidOperationException(
            $"Store:Provider '{options.Provider}' is not available in this build: the embedded store ('{StoreOptions.EmbeddedProvider}') is. " +
            "The Neo4j provider arrives with the Bolt client.");
    }
}

/// <summary>Seeds a new store from cypher/ before the server takes requests (hosted services start before the server).</summary>
internal sealed class StoreInitializer(InfluenceStore store, IConfiguration configuration, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seedDirectory = ContentPaths.SeedDirectory(configuration);
        if (await store.SeedIfEmptyAsync(seedDirectory, cancellationToken).ConfigureAwait(false))
            logger.LogInformation("Seeded the new store from {SeedDirectory}", seedDirectory);
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Serving {Actors} actors and {Relations} relations from the {Store}",
            snapshot.Actors.Count, snapshot.Relations.Count, store.Description);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
