namespace InfluenceGraph.Bolt;

/// <summary>Driver settings, with Neo4j.Driver's defaults.</summary>
public sealed record Config
{
    public int MaxConnectionPoolSize { get; init; } = 100;
    public TimeSpan ConnectionAcquisitionTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Idle connections older than this are checked with RESET before reuse; null never checks.</summary>
    public TimeSpan? ConnectionIdleTimeout { get; init; }
    public TimeSpan? LivenessCheckTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxConnectionLifetime { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Records asked for per PULL; -1 pulls everything at once.</summary>
    public long FetchSize { get; init; } = 1000;
    public string UserAgent { get; init; } = "InfluenceGraph.Bolt/1.0";
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Retry backoff: first delay, multiplier and jitter fraction (Neo4j.Driver: 1 s, 2, 0.2).</summary>
    internal TimeSpan RetryInitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    internal double RetryMultiplier { get; init; } = 2.0;
    internal double RetryJitter { get; init; } = 0.2;

    /// <summary>Largest chunk written; tests lower it to force multi-chunk messages.</summary>
    internal int MaxChunkSize { get; init; } = Internal.IO.Chunking.MaxChunkSize;
}

/// <summary>Fluent changes to <see cref="Config"/>, as Neo4j.Driver's ConfigBuilder.</summary>
public sealed class ConfigBuilder
{
    internal Config Config { get; set; } = new();

    public ConfigBuilder WithMaxConnectionPoolSize(int size) => Set(Config with { MaxConnectionPoolSize = size });
    public ConfigBuilder WithConnectionAcquisitionTimeout(TimeSpan timeout) => Set(Config with { ConnectionAcquisitionTimeout = timeout });
    public ConfigBuilder WithConnectionTimeout(TimeSpan timeout) => Set(Config with { ConnectionTimeout = timeout });
    public ConfigBuilder WithConnectionIdleTimeout(TimeSpan timeout) => Set(Config with { ConnectionIdleTimeout = timeout });
    public ConfigBuilder WithLivenessCheckTimeout(TimeSpan? timeout) => Set(Config with { LivenessCheckTimeout = timeout });
    public ConfigBuilder WithMaxConnectionLifetime(TimeSpan lifetime) => Set(Config with { MaxConnectionLifetime = lifetime });
    public ConfigBuilder WithMaxTransactionRetryTime(TimeSpan time) => Set(Config with { MaxTransactionRetryTime = time });
    public ConfigBuilder WithFetchSize(long size) => Set(Config with { FetchSize = size });
    public ConfigBuilder WithUserAgent(string userAgent) => Set(Config with { UserAgent = userAgent });
    public ConfigBuilder WithLogger(ILogger logger) => Set(Config with { Logger = logger });

    internal ConfigBuilder WithRetryBackoff(TimeSpan initialDelay, double multiplier, double jitter) =>
        Set(Config with { RetryInitialDelay = initialDelay, RetryMultiplier = multiplier, RetryJitter = jitter });
    internal ConfigBuilder WithMaxChunkSize(int size) => Set(Config with { MaxChunkSize = size });

    private ConfigBuilder Set(Config config)
    {
        Config = config;
        return this;
    }
}
