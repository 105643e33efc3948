using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InfluenceGraph.Domain;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Cli;

/// <summary>
/// `cypher apply FILE...`: applies Cypher scripts to the configured store, each file in one transaction (a file
/// with an error applies nothing). When a server holds the data directory, the scripts go through it.
/// </summary>
public static class CypherCommand
{
    private const string Usage = """
        Usage: cypher apply FILE.cypher [FILE.cypher ...] [--Store:DataDir=DIR]
          Applies each file in one transaction, in the order given. A file with an error applies nothing
          and stops the run; errors are reported as FILE:LINE:COLUMN.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (args.Length == 0 || args[0] != "apply" || files.Length == 0)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await error.WriteLineAsync($"{file}: no such file; nothing was applied.");
                return 2;
            }
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .Build();
        var options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        var dataDirectory = Path.GetFullPath(options.DataDir);

        IScriptTarget target;
        try
        {
            target = await DirectTarget.OpenAsync(options, configuration, output);
        }
        catch (AppFailure e) when (e.Kind == FailureKind.StoreLocked)
        {
            var server = LocalServerInfo.Read(dataDirectory);
            if (server is null)
            {
                await error.WriteLineAsync($"{e.Message}\nAnother process holds the data directory and no running server announced itself there; stop that process and try again.");
                return 1;
            }
            await output.WriteLineAsync($"A server is running on this data directory ({server.Url}); sending the scripts to it.");
            target = new ServerTarget(server);
        }

        using (target)
        {
            for (var i = 0; i < files.Length; i++)
            {
                var script = await File.ReadAllTextAsync(files[i]);
                var failure = await target.ApplyAsync(Path.GetFileName(files[i]), script);
                if (failure is not null)
                {
                    await error.WriteLineAsync($"{files[i]}:{failure.Value.Line}:{failure.Value.Column}: {failure.Value.Name}: {failure.Value.Message}");
                    await error.WriteLineAsync($"Nothing of {files[i]} was applied." +
                        (i + 1 < files.Length ? $" Not run: {string.Join(", ", files.Skip(i + 1))}." : ""));
                    return 1;
                }
                await output.WriteLineAsync($"Applied {files[i]} ({i + 1}/{files.Length}): {target.LastSummary}");
            }
        }
        return 0;
    }

    /// <summary>Why a script was not applied; <see cref="Name"/> is the store engine's error class when it gave one.</summary>
    internal readonly record struct Failure(FailureKind Kind, string? EngineError, string Message, int Line, int Column)
    {
        public string Name => EngineError ?? Kind.ToString();

        public static Failure Of(AppFailure e) => new(e.Kind, e.EngineError, e.Message, e.Line, e.Column);
    }

    private interface IScriptTarget : IDisposable
    {
        string LastSummary { get; }
        Task<Failure?> ApplyAsync(string name, string script);
    }

    private static string Summarize(int statements, IReadOnlyDictionary<string, int> counters) =>
        $"{statements} statement(s); " + (counters.Count == 0
            ? "nothing changed (did a MATCH find nothing?)"
            : string.Join(", ", counters.Select(c => $"{c.Key} {c.Value}")));

    /// <summary>Opens the data directory itself (no server running): seeds it first if new, like the server would.</summary>
    private sealed class DirectTarget(ICypherRunner runner, InfluenceStore store) : IScriptTarget
    {
        public string LastSummary { get; private set; } = "";

        public static async Task<DirectTarget> OpenAsync(StoreOptions options, IConfiguration configuration, TextWriter output)
        {
            var seedDirectory = ContentPaths.SeedDirectory(configuration);
            var runner = StoreSetup.OpenRunner(options, configuration);
            var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
            if (await store.SeedIfEmptyAsync(seedDirectory, CancellationToken.None))
                await output.WriteLineAsync($"The store was new: seeded it from {seedDirectory} first.");
            return new DirectTarget(runner, store);
        }

        public async Task<Failure?> ApplyAsync(string name, string script)
        {
            try
            {
                var outcome = await store.ApplyScriptAsync(name, script, CancellationToken.None);
                LastSummary = Summarize(outcome.Statements, outcome.Counters);
                return null;
            }
            catch (AppFailure e)
            {
                return Failure.Of(e);
            }
        }

        public void Dispose() => runner.Dispose();
    }

    /// <summary>Sends scripts to the server that holds the data directory.</summary>
    private sealed class ServerTarget(LocalServerInfo server) : IScriptTarget
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(10) };

        public string LastSummary { get; private set; } = "";

        public async Task<Failure?> ApplyAsync(string name, string script)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher") { Content = new StringContent(script) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
            request.Headers.Add("X-Script-Name", name);
            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request);
            }
            catch (HttpRequestException e)
            {
                return new Failure(FailureKind.StoreUnavailable, null, $"The server at {server.Url} did not answer: {e.Message}", 0, 0);
            }
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (response.IsSuccessStatusCode)
            {
                var counters = body.RootElement.GetProperty("counters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
                LastSummary = Summarize(body.RootElement.GetProperty("statements").GetInt32(), counters);
                return null;
            }
            // The admin endpoint answers failures as ProblemDetails (see ProblemFailures).
            var problem = body.RootElement;
            return new Failure(
                problem.TryGetProperty("kind", out var kind) && Enum.TryParse<FailureKind>(kind.GetString(), out var parsed) ? parsed : FailureKind.ScriptRejected,
                problem.TryGetProperty("engineError", out var engine) ? engine.GetString() : null,
                problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : response.ReasonPhrase ?? "failed",
                problem.TryGetProperty("line", out var line) ? line.GetInt32() : 0,
                problem.TryGetProperty("column", out var column) ? column.GetInt32() : 0);
        }

        public void Dispose() => _http.Dispose();
    }
}
