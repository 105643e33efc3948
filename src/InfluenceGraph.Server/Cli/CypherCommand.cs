using System.Net;
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

    /// <summary>Runs the command; the exit code is 0, or one of <see cref="ExitFailures"/>' (README, "Exit codes").</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (args.Length == 0 || args[0] != "apply" || files.Length == 0)
        {
            await error.WriteLineAsync(Usage);
            return ExitFailures.Usage;
        }
        var scripts = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            if (!File.Exists(files[i]))
            {
                await error.WriteLineAsync($"{files[i]}: no such file; nothing was applied.");
                return ExitFailures.Usage;
            }
            try
            {
                scripts[i] = await File.ReadAllTextAsync(files[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{files[i]}: cannot be read ({ExitFailures.Message(e)}); nothing was applied.");
                return ExitFailures.Usage;
            }
        }

        IScriptTarget target;
        try
        {
            target = await OpenTargetAsync(args, output, error);
        }
        catch (Exception e)
        {
            // Every failure to reach the store (locked, unwritable, full, damaged, unreachable, misconfigured) is one
            // line and its own exit code, never an unhandled exception.
            await error.WriteLineAsync($"cypher apply: {ExitFailures.Message(e)} Nothing was applied.");
            return ExitFailures.Code(e);
        }

        using (target)
        {
            for (var i = 0; i < files.Length; i++)
            {
                Failure? failure;
                try
                {
                    failure = await target.ApplyAsync(Path.GetFileName(files[i]), scripts[i]);
                }
                catch (Exception e)
                {
                    await error.WriteLineAsync($"{files[i]}: {ExitFailures.Message(e)} Nothing of {files[i]} was applied.");
                    return ExitFailures.Code(e);
                }
                if (failure is not null)
                {
                    await error.WriteLineAsync($"{files[i]}:{failure.Value.Line}:{failure.Value.Column}: {failure.Value.Name}: {failure.Value.Message}");
                    await error.WriteLineAsync($"Nothing of {files[i]} was applied." +
                        (i + 1 < files.Length ? $" Not run: {string.Join(", ", files.Skip(i + 1))}." : ""));
                    return ExitFailures.Code(failure.Value.Kind);
                }
                await output.WriteLineAsync($"Applied {files[i]} ({i + 1}/{files.Length}): {target.LastSummary}");
            }
        }
        return ExitFailures.Success;
    }

    /// <summary>The data directory itself when this process can take it; the server holding it otherwise.</summary>
    private static async Task<IScriptTarget> OpenTargetAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .Build();
        var options = StoreSetup.ReadOptions(configuration);
        try
        {
            return await DirectTarget.OpenAsync(options, configuration, output, error);
        }
        catch (AppFailure e) when (e.Kind == FailureKind.StoreLocked)
        {
            var server = LocalServerInfo.Read(Path.GetFullPath(options.DataDir))
                ?? throw new AppFailure(FailureKind.StoreLocked,
                    $"{e.Message}. Another process holds the data directory and no running server announced itself there; stop that process and try again.", inner: e);
            await output.WriteLineAsync($"A server is running on this data directory ({server.Url}); sending the scripts to it.");
            return new ServerTarget(server);
        }
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

        public static async Task<DirectTarget> OpenAsync(StoreOptions options, IConfiguration configuration, TextWriter output, TextWriter error)
        {
            var seedDirectory = ContentPaths.SeedDirectory(configuration);
            var runner = StoreSetup.OpenRunner(options, configuration);
            try
            {
                foreach (var warning in StoreSetup.Warnings(runner))
                    await error.WriteLineAsync("warning: " + warning);
                var store = new InfluenceStore(runner, RelationCatalog.Default, TimeSpan.Zero, NullLogger<InfluenceStore>.Instance);
                if (await store.SeedIfEmptyAsync(seedDirectory, CancellationToken.None))
                    await output.WriteLineAsync($"The store was new: seeded it from {seedDirectory} first.");
                return new DirectTarget(runner, store);
            }
            catch
            {
                runner.Dispose();
                throw;
            }
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
            JsonDocument body;
            try
            {
                body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            }
            catch (JsonException)
            {
                // Not the admin endpoint's answer (a proxy's page, or the web server's own refusal of a huge body).
                return new Failure(response.StatusCode == HttpStatusCode.RequestEntityTooLarge ? FailureKind.TooLarge : FailureKind.StoreUnavailable,
                    null, $"The server at {server.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}.", 0, 0);
            }
            using var _ = body;
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
