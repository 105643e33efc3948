using System.Diagnostics;
using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;
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
        services.AddSingleton<StoreHealth>();
        services.AddSingleton<ICypherRunner>(sp =>
        {
            var runner = OpenRunner(ReadOptions(configuration), configuration);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreSetup).FullName!);
            foreach (var warning in Warnings(runner))
                logger.LogWarning("Opening the store: {Warning}", warning);
            return new MonitoredCypherRunner(runner, sp.GetRequiredService<StoreHealth>());
        });
        services.AddSingleton(sp => new InfluenceStore(
            sp.GetRequiredService<ICypherRunner>(),
            RelationCatalog.Default,
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StoreOptions>>().Value.CacheSeconds),
            sp.GetRequiredService<ILogger<InfluenceStore>>(),
            sp.GetService<AnalysisQueue>()));
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>
    /// Opens the configured store now, before the host starts: a store that cannot be opened (locked, damaged,
    /// unwritable, on a full disk, misconfigured) then fails as itself, for Program to report in one line, instead of
    /// inside the host's start, which logs it again with a stack trace.
    /// </summary>
    public static WebApplication OpenStore(this WebApplication app)
    {
        app.Services.GetRequiredService<ICypherRunner>();
        return app;
    }

    /// <summary>The Store section, or a Misconfigured failure naming the key that holds a value it cannot take.</summary>
    public static StoreOptions ReadOptions(IConfiguration configuration)
    {
        StoreOptions options;
        try
        {
            options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        }
        catch (InvalidOperationException e)
        {
            // The configuration binder's own error: "Failed to convert configuration value '...' at 'Store:...'".
            throw new AppFailure(FailureKind.Misconfigured, e.Message, inner: e);
        }
        if (options.RetrySeconds < 0 || double.IsNaN(options.RetrySeconds))
            throw new AppFailure(FailureKind.Misconfigured, $"Store:RetrySeconds must be 0 or more, not {options.RetrySeconds}.");
        if (!(options.ConnectTimeoutSeconds > 0))
            throw new AppFailure(FailureKind.Misconfigured, $"Store:ConnectTimeoutSeconds must be more than 0, not {options.ConnectTimeoutSeconds}.");
        if (options.ImportDirectory is { } importDir && File.Exists(importDir))
            throw new AppFailure(FailureKind.Misconfigured, $"Store:ImportDir must be a folder (or 'off'), not the file '{options.ImportDir}'.");
        if (options.CacheSeconds < 0 || double.IsNaN(options.CacheSeconds))
            throw new AppFailure(FailureKind.Misconfigured, $"Store:CacheSeconds must be 0 or more, not {options.CacheSeconds}.");
        return options;
    }

    /// <summary>The runner for <see cref="StoreOptions.Provider"/>; a Misconfigured failure for a provider this build cannot serve.</summary>
    public static ICypherRunner OpenRunner(StoreOptions options, IConfiguration configuration)
    {
        if (string.Equals(options.Provider, StoreOptions.EmbeddedProvider, StringComparison.OrdinalIgnoreCase))
            return EmbeddedCypherRunner.Open(Path.GetFullPath(options.DataDir), options.ImportDirectory);
        if (string.Equals(options.Provider, StoreOptions.Neo4jProvider, StringComparison.OrdinalIgnoreCase))
            return Neo4jCypherRunner.Create(Neo4jSettings.From(configuration));
        throw new AppFailure(FailureKind.Misconfigured,
            $"Store:Provider '{options.Provider}' is unknown: use '{StoreOptions.EmbeddedProvider}' or '{StoreOptions.Neo4jProvider}'.");
    }

    /// <summary>What opening the store noticed and repaired (the embedded engine's warnings: a torn journal tail, say).</summary>
    public static IReadOnlyList<string> Warnings(ICypherRunner runner) => runner is EmbeddedCypherRunner embedded ? embedded.Warnings : [];

    /// <summary>The configured provider's name as the options spell it ("Embedded", "Neo4j"), for /healthz.</summary>
    public static string ProviderName(StoreOptions options) =>
        string.Equals(options.Provider, StoreOptions.Neo4jProvider, StringComparison.OrdinalIgnoreCase) ? StoreOptions.Neo4jProvider
        : string.Equals(options.Provider, StoreOptions.EmbeddedProvider, StringComparison.OrdinalIgnoreCase) ? StoreOptions.EmbeddedProvider
        : options.Provider;
}

/// <summary>
/// Seeds a new store from cypher/ before the server takes requests (hosted services start before the server). A
/// store that cannot be reached (Neo4j down) does not stop the server: it answers with clear errors and seeding is
/// tried again in the background until the store is back.
/// </summary>
internal sealed class StoreInitializer(InfluenceStore store, IConfiguration configuration, IOptions<ExplorerOptions> explorer,
    ILogger<StoreInitializer> logger) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    // Not disposed: a host may dispose services before or without stopping them, and a token source with no timer holds nothing.
    private readonly CancellationTokenSource _stopping = new();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (AppFailure e) when (e.Kind == FailureKind.StoreUnavailable)
        {
            logger.LogError("{Message} The server starts anyway and retries every {Delay} s.", e.Message, RetryDelay.TotalSeconds);
            _ = RetryAsync(_stopping.Token);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
                await InitializeAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (AppFailure e) when (e.Kind == FailureKind.StoreUnavailable)
            {
                logger.LogWarning("Still waiting for the store: {Message}", e.Message);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var seedDirectory = ContentPaths.SeedDirectory(configuration);
        if (await store.SeedIfEmptyAsync(seedDirectory, cancellationToken).ConfigureAwait(false))
            logger.LogInformation("Seeded the new store from {SeedDirectory}", seedDirectory);
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Serving {Actors} actors and {Relations} relations from the {Store}",
            snapshot.Actors.Count, snapshot.Relations.Count, store.Description);
        if (snapshot.Relations.Count > snapshot.Metrics.SynchronousLimit)
            _ = Task.Run(() => WarmMetrics(snapshot), CancellationToken.None);
    }

    /// <summary>
    /// On a large graph, the unfiltered leverage and the alignment between the default poles, side by side, before
    /// anyone asks: the page's first overview needs both, and computed one after the other on its request they take a
    /// second or more each at a million relations. A reader that arrives meanwhile waits for the same computation.
    /// The relations lending leverage are arranged by target too, for the first click's holders and breakdown.
    /// </summary>
    private void WarmMetrics(GraphSnapshot snapshot)
    {
        var started = Stopwatch.GetTimestamp();
        var (positive, negative) = explorer.Value.PolePair;
        var poles = snapshot.ActorsById.ContainsKey(positive) && snapshot.ActorsById.ContainsKey(negative) && positive != negative;
        try
        {
            Parallel.Invoke(
                () =>
                {
                    snapshot.LeverageAll(RelationFilter.None);
                    snapshot.IncomingLeverageUnder(RelationFilter.None);
                },
                () =>
                {
                    if (poles)
                        snapshot.AlignmentAll(RelationFilter.None, positive, negative);
                });
            logger.LogInformation("Leverage{Alignment} of all actors computed in {Seconds:F1} s", poles ? " and alignment" : "",
                Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception e)
        {
            // Nothing is lost: the first reader computes what is missing.
            logger.LogWarning(e, "Computing the metrics ahead of the first reader failed");
        }
    }
}
