using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InfluenceGraph.Domain;
using InfluenceGraph.Server.Endpoints;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Stores;
using Microsoft.Extensions.Logging.Abstractions;

namespace InfluenceGraph.Server.Cli;

/// <summary>
/// `cypher apply FILE...`: applies Cypher scripts to the configured store, each file in one transaction (a file
/// with an error applies nothing) and exactly once: each application has an apply id, recorded in the store in the
/// script's own transaction, and a script applied before is refused unless `--again` is given. When a server holds
/// the data directory, the scripts go through it; when its answer is lost (the server was killed, the connection
/// broke), the command asks the server, or else the store, whether that apply id committed, and says which.
/// `cypher applied ID` tells whether an application committed.
/// </summary>
public static class CypherCommand
{
    private const string Usage = """
        Usage: cypher apply FILE.cypher [FILE.cypher ...] [--again] [--Store:DataDir=DIR]
               cypher applied APPLY-ID [--Store:DataDir=DIR]
          apply: applies each file in one transaction, in the order given. A file with an error applies nothing
          and stops the run; errors are reported as FILE:LINE:COLUMN. A file whose content was applied before is
          refused (nothing is applied twice by accident); --again applies it anyway.
          applied: whether the application with that id (printed by apply) committed.
        """;

    private const string AgainFlag = "--again";

    /// <summary>How long, after a lost answer, the command keeps asking whether the script committed.</summary>
    private static readonly TimeSpan AscertainFor = TimeSpan.FromSeconds(30);

    /// <summary>Runs the command; the exit code is 0, or one of <see cref="ExitFailures"/>' (README, "Exit codes").</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var again = args.Contains(AgainFlag, StringComparer.Ordinal);
        args = [.. args.Where(a => a != AgainFlag)];
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        if (args.Length > 0 && args[0] == "applied" && files.Length == 1)
            return await ShowApplicationAsync(args, files[0], output, error);
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
                var request = ScriptRequest.New(again);
                try
                {
                    failure = await target.ApplyAsync(Path.GetFileName(files[i]), scripts[i], request);
                }
                catch (Exception e)
                {
                    await error.WriteLineAsync($"{files[i]}: {ExitFailures.Message(e)} Nothing of {files[i]} was applied.");
                    return ExitFailures.Code(e);
                }
                if (failure is { Unknown: true })
                {
                    await error.WriteLineAsync($"{files[i]}: {failure.Value.Message}");
                    await error.WriteLineAsync($"Whether {files[i]} was applied is not known: ask later with `cypher applied {request.ApplyId}`." +
                        (i + 1 < files.Length ? $" Not run: {string.Join(", ", files.Skip(i + 1))}." : ""));
                    return ExitFailures.Code(failure.Value.Kind);
                }
                if (failure is not null)
                {
                    await error.WriteLineAsync(failure.Value.Line > 0
                        ? $"{files[i]}:{failure.Value.Line}:{failure.Value.Column}: {failure.Value.Name}: {failure.Value.Message}"
                        : $"{files[i]}: {failure.Value.Name}: {failure.Value.Message}");
                    await error.WriteLineAsync($"Nothing of {files[i]} was applied." +
                        (i + 1 < files.Length ? $" Not run: {string.Join(", ", files.Skip(i + 1))}." : ""));
                    return ExitFailures.Code(failure.Value.Kind);
                }
                await output.WriteLineAsync($"Applied {files[i]} ({i + 1}/{files.Length}): {target.LastSummary}");
            }
        }
        return ExitFailures.Success;
    }

    /// <summary>`cypher applied ID`: whether that application committed (exit 0), or not (exit 1).</summary>
    private static async Task<int> ShowApplicationAsync(string[] args, string applyId, TextWriter output, TextWriter error)
    {
        if (ScriptRequest.Problem(applyId) is { } problem)
        {
            await error.WriteLineAsync($"cypher applied: {problem}");
            return ExitFailures.Usage;
        }
        try
        {
            using var target = await OpenTargetAsync(args, TextWriter.Null, error);
            var found = await target.FindAsync(applyId);
            if (found is null)
            {
                await error.WriteLineAsync($"No script was applied under the apply id '{applyId}': it did not commit.");
                return ExitFailures.ScriptRejected;
            }
            await output.WriteLineAsync(Describe(found));
            return ExitFailures.Success;
        }
        catch (Exception e)
        {
            await error.WriteLineAsync($"cypher applied: {ExitFailures.Message(e)}");
            return ExitFailures.Code(e);
        }
    }

    private static string Describe(ScriptApplication a) =>
        $"{a.Name} was applied at {a.AppliedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC ({a.Statements} statement(s); apply id {a.Id}; sha256 {a.Sha256}).";

    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray())
        .Build();

    /// <summary>The data directory itself when this process can take it; the server holding it otherwise.</summary>
    private static async Task<IScriptTarget> OpenTargetAsync(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = Configuration(args);
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
            return new ServerTarget(server, () => OpenTargetAsync(args, TextWriter.Null, TextWriter.Null));
        }
    }

    /// <summary>
    /// Why a script was not applied; <see cref="Name"/> is the store engine's error class when it gave one.
    /// <see cref="Unknown"/>: the answer was lost and neither the server nor the store could tell whether it committed.
    /// </summary>
    internal readonly record struct Failure(FailureKind Kind, string? EngineError, string Message, int Line, int Column, bool Unknown = false)
    {
        public string Name => EngineError ?? Kind.ToString();

        public static Failure Of(AppFailure e) => new(e.Kind, e.EngineError, e.Message, e.Line, e.Column);
    }

    private interface IScriptTarget : IDisposable
    {
        string LastSummary { get; }
        Task<Failure?> ApplyAsync(string name, string script, ScriptRequest request);
        Task<ScriptApplication?> FindAsync(string applyId);
    }

    private static string Summarize(int statements, IReadOnlyDictionary<string, int> counters, ScriptApplication? application, bool earlier) =>
        earlier && application is not null
            ? $"it had been applied already under this apply id, at {application.AppliedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; nothing ran now (apply id {application.Id})"
            : $"{statements} statement(s); " + (counters.Count == 0
                ? "nothing changed (did a MATCH find nothing?)"
                : string.Join(", ", counters.Select(c => $"{c.Key} {c.Value}"))) + (application is null ? "" : $"; apply id {application.Id}");

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

        public async Task<Failure?> ApplyAsync(string name, string script, ScriptRequest request)
        {
            try
            {
                var outcome = await store.ApplyScriptAsync(name, script, request, CancellationToken.None);
                LastSummary = Summarize(outcome.Statements, outcome.Counters, outcome.Application, outcome.Earlier);
                return null;
            }
            catch (AppFailure e)
            {
                return Failure.Of(e);
            }
        }

        public Task<ScriptApplication?> FindAsync(string applyId) => store.FindApplicationAsync(applyId, CancellationToken.None);

        public void Dispose() => runner.Dispose();
    }

    /// <summary>
    /// Sends scripts to the server that holds the data directory. When its answer is lost, asks again whether the
    /// apply id committed: the server (or the one that took its place), or else the store itself, opened by
    /// <paramref name="reopen"/> once the dead server's lock is gone.
    /// </summary>
    private sealed class ServerTarget(LocalServerInfo server, Func<Task<IScriptTarget>> reopen) : IScriptTarget
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromMinutes(10) };

        public string LastSummary { get; private set; } = "";

        public async Task<Failure?> ApplyAsync(string name, string script, ScriptRequest request)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher") { Content = new StringContent(script) };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
            message.Headers.Add(AdminEndpoints.ScriptNameHeader, name);
            message.Headers.Add(AdminEndpoints.ApplyIdHeader, request.ApplyId);
            if (request.Again)
                message.Headers.Add(AdminEndpoints.ApplyAgainHeader, "true");
            HttpResponseMessage response;
            string text;
            try
            {
                response = await _http.SendAsync(message);
                text = await response.Content.ReadAsStringAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return await AscertainAsync(request.ApplyId, e.Message);
            }
            JsonDocument body;
            try
            {
                body = JsonDocument.Parse(text);
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
                var root = body.RootElement;
                var counters = root.GetProperty("counters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
                var application = root.TryGetProperty("application", out var a) && a.ValueKind == JsonValueKind.Object ? ReadApplication(a) : null;
                LastSummary = Summarize(root.GetProperty("statements").GetInt32(), counters, application, root.TryGetProperty("earlier", out var e) && e.GetBoolean());
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

        /// <summary>After a lost answer: whether <paramref name="applyId"/> committed, asked until someone can tell.</summary>
        private async Task<Failure?> AscertainAsync(string applyId, string lost)
        {
            var deadline = DateTime.UtcNow + AscertainFor;
            var last = lost;
            while (true)
            {
                try
                {
                    var (known, application) = await AskAsync(applyId);
                    if (known)
                    {
                        if (application is null)
                            return new Failure(FailureKind.StoreUnavailable, null,
                                $"The server's answer was lost ({lost}); it did not commit the script (no application under apply id {applyId}).", 0, 0);
                        LastSummary = $"the server's answer was lost ({lost}), but the script committed: " + Describe(application);
                        return null;
                    }
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    last = ExitFailures.Message(e);
                }
                if (DateTime.UtcNow >= deadline)
                    return new Failure(FailureKind.StoreUnavailable, null,
                        $"The server's answer was lost ({lost}), and neither the server nor the store could say since ({last}).", 0, 0, Unknown: true);
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }

        /// <summary>(true, the application or null) when the server, or else the store, answered; (false, null) when neither did.</summary>
        private async Task<(bool Known, ScriptApplication? Application)> AskAsync(string applyId)
        {
            try
            {
                return (true, await FindAsync(applyId));
            }
            catch (HttpRequestException)
            {
                // No server answers at that address: open the store itself (or reach the server that took its place).
            }
            using var target = await reopen();
            return (true, await target.FindAsync(applyId));
        }

        public async Task<ScriptApplication?> FindAsync(string applyId)
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, $"/admin/applications/{Uri.EscapeDataString(applyId)}");
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
            using var response = await _http.SendAsync(message);
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"The server at {server.Url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            using var body = JsonDocument.Parse(text);
            return ReadApplication(body.RootElement);
        }

        private static ScriptApplication ReadApplication(JsonElement a) => new(
            a.GetProperty("id").GetString()!, a.GetProperty("sha256").GetString()!, a.GetProperty("name").GetString()!,
            a.GetProperty("appliedAt").GetDateTimeOffset(), a.GetProperty("statements").GetInt32());

        public void Dispose() => _http.Dispose();
    }
}
