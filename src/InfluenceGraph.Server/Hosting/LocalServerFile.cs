using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace InfluenceGraph.Server.Hosting;

/// <summary>
/// The running server's address and a per-run token, written into the data directory while it serves. The
/// embedded store is locked by the server's process, so `cypher apply` sends its scripts to the server instead;
/// reading this file (only its owner can) is what lets it in.
/// </summary>
public sealed record LocalServerInfo(string Url, string Token, int ProcessId)
{
    public const string FileName = "server.json";

    public static LocalServerInfo? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            return JsonSerializer.Deserialize<LocalServerInfo>(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // Unreadable (another user's server, say) is the same as absent: nobody announced themselves to us.
            return null;
        }
    }
}

/// <summary>Writes <see cref="LocalServerInfo"/> once the server listens and removes it when the server stops.</summary>
internal sealed class LocalServerFile(IServer server, IHostApplicationLifetime lifetime, IOptions<StoreOptions> store, ILogger<LocalServerFile> logger)
    : IHostedService
{
    public string Token { get; } = ApiKeys.NewToken();

    private string Path => System.IO.Path.Combine(System.IO.Path.GetFullPath(store.Value.DataDir), LocalServerInfo.FileName);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Write);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (File.Exists(Path) && LocalServerInfo.Read(System.IO.Path.GetDirectoryName(Path)!)?.Token == Token)
                File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not remove {File}: {Message}", LocalServerInfo.FileName, e.Message);
        }
        return Task.CompletedTask;
    }

    private void Write()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var url = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses?.FirstOrDefault();
        if (url is null)
            return;
        url = url.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        var json = JsonSerializer.Serialize(new LocalServerInfo(url, Token, Environment.ProcessId));
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var stream = new FileStream(Path, options))
            using (var writer = new StreamWriter(stream))
                writer.Write(json);
            // The create mode applies only to a new file: one left by a killed server keeps whatever mode it had.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk must not stop the server; only `cypher apply` needs this file, and it says what it lacks.
            logger.LogWarning("Could not write {File} ({Message}): `cypher apply` cannot send scripts to this server", LocalServerInfo.FileName, e.Message);
        }
        logger.LogInformation("Open {Url} in your browser (GraphiQL: {Url}/graphiql)", url, url);
    }
}
