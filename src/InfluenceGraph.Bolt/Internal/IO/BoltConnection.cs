using System.Net.Security;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using InfluenceGraph.Bolt.Internal.Messaging;

namespace InfluenceGraph.Bolt.Internal.IO;

/// <summary>
/// One Bolt connection: TCP (and TLS), the handshake, HELLO/LOGON, then messages. Sending and receiving are in
/// BoltConnection.Messages.cs. One user at a time: the pool hands it to one session, which returns it.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly Stream _stream;
    private readonly ConnectionSettings _settings;

    private BoltConnection(ServerAddress address, TcpClient tcp, Stream stream, ConnectionSettings settings)
    {
        Address = address;
        _tcp = tcp;
        _stream = stream;
        _settings = settings;
    }

    public ServerAddress Address { get; }
    public BoltVersion Version { get; private set; }
    public string ServerAgent { get; private set; } = "";
    public string ConnectionId { get; private set; } = "";
    public bool TelemetryEnabled { get; private set; }
    public TimeSpan? ReceiveTimeout { get; private set; }
    public bool UtcDateTime { get; private set; } = true;
    public DateTime CreatedAt { get; } = DateTime.UtcNow;
    public DateTime LastUsedAt { get; set; } = DateTime.UtcNow;

    /// <summary>A broken connection (I/O error, protocol error, failed RESET) is never reused.</summary>
    public bool IsBroken { get; private set; }

    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Config.ConnectionTimeout);
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            await tcp.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            Stream stream = tcp.GetStream();
            if (settings.Encrypted)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false,
                    settings.TrustAnyCertificate ? (_, _, _, _) => true : null);
                await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = address.Host }, timeout.Token).ConfigureAwait(false);
                stream = ssl;
            }
            var connection = new BoltConnection(address, tcp, new BufferedStream(stream, 16 * 1024), settings);
            await connection.InitializeAsync(timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            tcp.Dispose();
            throw new ServiceUnavailableException(ErrorMessages.ConnectTimeout(address.ToString(), settings.Config.ConnectionTimeout));
        }
        catch (Exception error) when (error is SocketException or IOException or System.Security.Authentication.AuthenticationException)
        {
            tcp.Dispose();
            throw new ServiceUnavailableException(ErrorMessages.ConnectFailed(address.ToString(), error.Message), error);
        }
        catch
        {
            tcp.Dispose();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Version = await Handshake.NegotiateAsync(_stream, Address.ToString(), Log, cancellationToken).ConfigureAwait(false);
        UtcDateTime = Version.IsBolt5;
        Enqueue(new HelloMessage(HelloExtra()));
        if (Version.HasLogon) Enqueue(new LogonMessage(_settings.Auth.Content));
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await ExpectSuccessAsync("HELLO", cancellationToken).ConfigureAwait(false);
        ServerAgent = hello.GetValueOrDefault("server") as string ?? "";
        ConnectionId = hello.GetValueOrDefault("connection_id") as string ?? "";
        if (hello.GetValueOrDefault("hints") is Dictionary<string, object?> hints)
        {
            TelemetryEnabled = hints.GetValueOrDefault("telemetry.enabled") is true && Version.HasTelemetry;
            if (hints.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds && seconds > 0)
                ReceiveTimeout = TimeSpan.FromSeconds(seconds);
        }
        if (!Version.IsBolt5 && hello.GetValueOrDefault("patch_bolt") is List<object?> patches && patches.Contains("utc"))
            UtcDateTime = true;
        if (Version.HasLogon) await ExpectSuccessAsync("LOGON", cancellationToken).ConfigureAwait(false);
    }

    // HELLO extra: see HelloMessage for which keys each version takes.
    private Dictionary<string, object?> HelloExtra()
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = _settings.Config.UserAgent };
        if (_settings.RoutingContext is not null) extra["routing"] = _settings.RoutingContext;
        if (Version.HasBoltAgent)
            extra["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = _settings.Config.UserAgent,
                ["platform"] = $"{RuntimeInformation.OSDescription}; {RuntimeInformation.OSArchitecture}",
                ["language"] = "C#/" + Environment.Version.ToString(2),
                ["language_details"] = RuntimeInformation.FrameworkDescription,
            };
        if (!Version.HasLogon)
            foreach (var (key, value) in _settings.Auth.Content) extra[key] = value;
        if (!Version.IsBolt5) extra["patch_bolt"] = new List<object?> { "utc" };
        return extra;
    }

    private void Log(string line)
    {
        if (_settings.Logger.IsDebugEnabled()) _settings.Logger.Debug("[{0}] {1}", Address, line);
    }

    /// <summary>Sends GOODBYE (no answer comes) and closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            try
            {
                Enqueue(GoodbyeMessage.Instance);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is Neo4jException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The server may already be gone; closing is all that is left.
            }
        }
        IsBroken = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _tcp.Dispose();
    }
}
