namespace InfluenceGraph.Server.Hosting;

/// <summary>Where the graph lives (section "Store").</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";
    public const string EmbeddedProvider = "Embedded";
    public const string Neo4jProvider = "Neo4j";

    /// <summary>"Embedded" (default) or "Neo4j" (then the NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE settings).</summary>
    public string Provider { get; set; } = EmbeddedProvider;
    /// <summary>The embedded store's data directory.</summary>
    public string DataDir { get; set; } = "data";
    /// <summary>The folder LOAD CSV reads (file:///x.csv is x.csv in it, nothing outside it); none: "import" beside DataDir; "off": LOAD CSV is refused.</summary>
    public string? ImportDir { get; set; }

    /// <summary>The import folder in force as a full path, or null when LOAD CSV is off.</summary>
    public string? ImportDirectory =>
        string.Equals(ImportDir, "off", StringComparison.OrdinalIgnoreCase) ? null
        : ImportDir is { Length: > 0 } dir ? Path.GetFullPath(dir)
        : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(DataDir)))!, "import");
    /// <summary>The folder of Cypher scripts a new store is seeded from; none: the repository's cypher/, else the copy beside the build.</summary>
    public string? SeedDir { get; set; }
    /// <summary>Seconds a graph loaded from Neo4j is reused before it is read again (catches other clients' writes); the embedded store is never read again.</summary>
    public double CacheSeconds { get; set; } = 30;
    /// <summary>
    /// Seconds a Neo4j transaction is retried on transient failures (deadlocks, a leader switch, a connection broken
    /// mid-way). A Neo4j that refuses the connection is not retried: requests say at once that the store is unavailable.
    /// </summary>
    public double RetrySeconds { get; set; } = 15;
    /// <summary>Seconds to wait for a connection to Neo4j to open (TCP, TLS, handshake and login).</summary>
    public double ConnectTimeoutSeconds { get; set; } = 10;
}

/// <summary>Who may write (section "Api").</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The key writes must present as "Authorization: Bearer KEY". No key: every write is refused.</summary>
    public string? Key { get; set; }
    /// <summary>Largest GraphQL request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
    /// <summary>Deepest selection nesting a GraphQL query may have.</summary>
    public int MaxDepth { get; set; } = 12;
}

/// <summary>The GraphQL API's budgets and switches (section "GraphQL"); the defaults sit well above what the explorer and the notebook ask.</summary>
public sealed class GraphQLApiOptions
{
    public const string Section = "GraphQL";

    /// <summary>
    /// Largest static cost a query may have (each field 1; what a list selects counts once per item it can hold: a
    /// page its 'first', an unpaginated list the length the graph gives it now, a small list 10); 0: no budget.
    /// The explorer's graph query on 5,000 actors and 20,000 relations costs about 400,000.
    /// </summary>
    public long MaxCost { get; set; } = 500_000;

    /// <summary>Most items one page may ask for ('first').</summary>
    public int MaxPageSize { get; set; } = 1_000;

    /// <summary>Most items an unpaginated list (actors, relations, graph, ...) answers; beyond, it names the paginated field to use.</summary>
    public int MaxListItems { get; set; } = 10_000;

    /// <summary>Most actors with cooperative or hostile relations that blocs are computed for (its search grows faster than the graph).</summary>
    public int MaxBlocActors { get; set; } = 1_000;

    /// <summary>Longest a query or mutation may run, in milliseconds (subscriptions: each event); 0: no limit.</summary>
    public int TimeoutMs { get; set; } = 30_000;

    /// <summary>Whether __schema and __type may be queried (GraphiQL and the explorer's capability probe need them).</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Whether a resolver's unexpected exception reaches clients only as "Unexpected error." (it is logged in full).</summary>
    public bool MaskUnexpectedErrors { get; set; } = true;

    /// <summary>
    /// Most GraphQL operations executed at once (the rest wait their turn in arrival order, within TimeoutMs); 0: as
    /// many as the machine has cores. An operation waiting for an analysis's turn gives its own back meanwhile.
    /// </summary>
    public int MaxConcurrentExecutions { get; set; }

    /// <summary>
    /// Most expensive analyses (leverage, alignment and blocs computed afresh, strongest paths, mediators, leverage
    /// holders, narrative comparisons) run at once; 0: one fewer than the machine's cores, at least one, so plain
    /// reads keep a core.
    /// </summary>
    public int MaxConcurrentAnalyses { get; set; }

    /// <summary>Most analyses that wait for a turn; beyond, a request gets BUSY (HTTP 429 with Retry-After).</summary>
    public int MaxQueuedAnalyses { get; set; } = 16;

    /// <summary>Longest an analysis waits for its turn, in milliseconds, before it gets BUSY.</summary>
    public int AnalysisWaitMs { get; set; } = 5_000;

    /// <summary>How many analyses run at once: <see cref="MaxConcurrentAnalyses"/>, or for 0 one fewer than the cores.</summary>
    public int ConcurrentAnalyses => MaxConcurrentAnalyses > 0 ? MaxConcurrentAnalyses : Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>How many operations execute at once: <see cref="MaxConcurrentExecutions"/>, or for 0 the cores.</summary>
    public int ConcurrentExecutions => MaxConcurrentExecutions > 0 ? MaxConcurrentExecutions : Environment.ProcessorCount;

    /// <summary>What is wrong with the first key whose value the API cannot work with, or null.</summary>
    public string? Problem() =>
        MaxCost < 0 ? $"GraphQL:MaxCost must be 0 (no budget) or more, not {MaxCost}."
        : MaxPageSize < 1 ? $"GraphQL:MaxPageSize must be 1 or more, not {MaxPageSize}."
        : MaxListItems < 1 ? $"GraphQL:MaxListItems must be 1 or more, not {MaxListItems}."
        : MaxBlocActors < 0 ? $"GraphQL:MaxBlocActors must be 0 or more, not {MaxBlocActors}."
        : TimeoutMs < 0 ? $"GraphQL:TimeoutMs must be 0 (no limit) or more, not {TimeoutMs}."
        : MaxConcurrentExecutions < 0 ? $"GraphQL:MaxConcurrentExecutions must be 0 (as many as the cores) or more, not {MaxConcurrentExecutions}."
        : MaxConcurrentAnalyses < 0 ? $"GraphQL:MaxConcurrentAnalyses must be 0 (one fewer than the cores) or more, not {MaxConcurrentAnalyses}."
        : MaxQueuedAnalyses < 0 ? $"GraphQL:MaxQueuedAnalyses must be 0 or more, not {MaxQueuedAnalyses}."
        : AnalysisWaitMs < 0 ? $"GraphQL:AnalysisWaitMs must be 0 or more, not {AnalysisWaitMs}."
        : null;
}

/// <summary>The explorer page and what the API assumes when a request leaves it out (section "Explorer").</summary>
public sealed class ExplorerOptions
{
    public const string Section = "Explorer";

    /// <summary>The poles of the alignment axis when neither the request nor the page names them: the +1 pole, then the -1 pole.</summary>
    public static readonly IReadOnlyList<string> DefaultPoles = ["india", "pakistan"];

    /// <summary>The folder the page is served from; none: the repository's wwwroot, else the copy beside the build.</summary>
    public string? WebRoot { get; set; }

    /// <summary>The configured poles (two distinct actor ids); none: <see cref="DefaultPoles"/>.</summary>
    public string[]? Poles { get; set; }

    /// <summary>The two poles in force.</summary>
    public (string Positive, string Negative) PolePair => Poles is [var positive, var negative] ? (positive, negative) : (DefaultPoles[0], DefaultPoles[1]);

    /// <summary>The first key whose value is unusable, or null.</summary>
    public string? Problem() =>
        Poles is null ? null
        : Poles.Length != 2 ? $"Explorer:Poles takes two actor ids (the +1 pole, then the -1 pole), not {Poles.Length}."
        : Poles[0] == Poles[1] ? $"Explorer:Poles must name two different actors, not '{Poles[0]}' twice."
        : Poles.Any(string.IsNullOrWhiteSpace) ? "Explorer:Poles holds an empty id."
        : null;
}
