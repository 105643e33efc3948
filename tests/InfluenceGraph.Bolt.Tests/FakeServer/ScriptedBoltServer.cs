using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Net.Sockets;
using InfluenceGraph.Bolt.Internal.IO;
using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.PackStream;

namespace InfluenceGraph.Bolt.Tests.FakeServer;

/// <summary>
/// A Bolt server that replays a transcript (see ScriptLine) on 127.0.0.1 with a free port: each section serves one
/// accepted connection, in order. Mismatches are collected in Errors; AssertCompletedAsync fails the test on any.
/// After a section's last line the client may only send GOODBYE or close.
/// </summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    private static readonly Dictionary<byte, string> MessageNames = typeof(MessageTags)
        .GetFields().ToDictionary(f => (byte)f.GetValue(null)!, f => f.Name.ToUpperInvariant());
    private static readonly Dictionary<string, byte> MessageTagsByName = MessageNames.ToDictionary(p => p.Value, p => p.Key);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<List<ScriptLine>> _sections;
    private readonly Task _serving;
    private readonly CancellationTokenSource _stop = new();

    /// <param name="script">The transcript; `${self}` stands for this server's own address.</param>
    /// <param name="certificate">When set, the server speaks TLS with this certificate (for bolt+s and bolt+ssc).</param>
    public ScriptedBoltServer(string script, X509Certificate2? certificate = null)
    {
        _listener.Start();
        _certificate = certificate;
        _sections = ParseSections(script.Replace("${self}", Address, StringComparison.Ordinal));
        _serving = ServeAsync();
    }

    private readonly X509Certificate2? _certificate;

    public static ScriptedBoltServer FromFile(string name, IReadOnlyDictionary<string, string>? variables = null, X509Certificate2? certificate = null)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(Infrastructure.RepositoryPaths.Scripts, name));
        foreach (var (key, value) in variables ?? new Dictionary<string, string>()) text = text.Replace("${" + key + "}", value, StringComparison.Ordinal);
        return new ScriptedBoltServer(text, certificate);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public string Address => $"127.0.0.1:{Port}";
    public ConcurrentQueue<string> Errors { get; } = new();
    public int ConnectionsServed { get; private set; }

    private static List<List<ScriptLine>> ParseSections(string script)
    {
        var sections = new List<List<ScriptLine>> { new() };
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("---", StringComparison.Ordinal)) { sections.Add([]); continue; }
            sections[^1].Add(ScriptLine.Parse(line));
        }
        return sections;
    }

    private async Task ServeAsync()
    {
        foreach (var section in _sections)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            using (client)
            {
                ConnectionsServed++;
                try
                {
                    Stream stream = client.GetStream();
                    if (_certificate is not null)
                    {
                        var ssl = new SslStream(stream);
                        await ssl.AuthenticateAsServerAsync(_certificate);
                        stream = ssl;
                    }
                    await RunSectionAsync(stream, section);
                }
                catch (Exception error) when (error is IOException or EndOfStreamException or OperationCanceledException or AuthenticationException)
                {
                    Errors.Enqueue($"connection {ConnectionsServed}: {error.GetType().Name}: {error.Message}");
                }
            }
        }
    }

    private async Task RunSectionAsync(Stream stream, List<ScriptLine> lines)
    {
        var token = _stop.Token;
        foreach (var line in lines)
        {
            if (line.FromClient && line.Raw is { } expectedBytes)
            {
                var actual = new byte[expectedBytes.Length];
                await stream.ReadExactlyAsync(actual, token);
                if (!actual.AsSpan().SequenceEqual(expectedBytes)) { Fail(line, Infrastructure.Hex.Format(actual)); return; }
            }
            else if (line.FromClient)
            {
                var (name, fields) = Decode(await Chunking.ReadMessageAsync(stream, token));
                if (name != line.Message || !FieldsMatch(line.Fields, fields))
                {
                    Fail(line, $"{name} {string.Join(" ", fields.Select(LogFormat.Value))}");
                    return;
                }
            }
            else if (line.Message == "<EXIT>") return;
            else if (line.Message == "<NOOP>") await stream.WriteAsync(new byte[2], token);
            else await stream.WriteAsync(line.Raw ?? Encode(line), token);
        }
        // The script is done: the client may say GOODBYE and must then close.
        try
        {
            while (true)
            {
                var (name, fields) = Decode(await Chunking.ReadMessageAsync(stream, token));
                if (name != "GOODBYE") Errors.Enqueue($"after the script ended the client sent {name} {string.Join(" ", fields.Select(LogFormat.Value))}");
            }
        }
        catch (Exception error) when (error is EndOfStreamException or IOException)
        {
            // The client closed: the normal end.
        }
    }

    private void Fail(ScriptLine line, string actual) => Errors.Enqueue($"expected `{line.Text}` but the client sent `{actual}`");

    private static (string Name, List<object?> Fields) Decode(byte[] body)
    {
        var structure = (PackStreamStructure)new PackStreamReader(body, rawStructures: true).ReadValue()!;
        return (MessageNames.GetValueOrDefault(structure.Tag, $"0x{structure.Tag:X2}"), structure.Fields.ToList());
    }

    private static byte[] Encode(ScriptLine line)
    {
        var writer = new PackStreamWriter();
        writer.WriteStructure(new PackStreamStructure(MessageTagsByName[line.Message!], line.Fields));
        using var framed = new MemoryStream();
        Chunking.Frame(writer.Written.Span, framed);
        return framed.ToArray();
    }

    private static bool FieldsMatch(List<object?> expected, List<object?> actual) =>
        (expected is [Wildcard] && actual.Count > 0) || (expected.Count == actual.Count && expected.Zip(actual).All(p => Matches(p.First, p.Second)));

    private static bool Matches(object? expected, object? actual) => (expected, actual) switch
    {
        (Wildcard, _) => true,
        (List<object?> e, List<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Matches(p.First, p.Second)),
        (Dictionary<string, object?> e, Dictionary<string, object?> a) =>
            e.Count == a.Count && e.All(p => a.TryGetValue(p.Key, out var v) && Matches(p.Value, v)),
        (PackStreamStructure e, PackStreamStructure a) => e.Tag == a.Tag && FieldsMatch(e.Fields.ToList(), a.Fields.ToList()),
        _ => Equals(expected, actual),
    };

    /// <summary>Waits for every section to be served and fails the test on any mismatch.</summary>
    public async Task AssertCompletedAsync(int expectedConnections = -1)
    {
        await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(Errors.IsEmpty, string.Join("\n", Errors));
        Assert.True(_serving.IsCompleted, $"the script has {_sections.Count} connections but only {ConnectionsServed} were opened");
        if (expectedConnections >= 0) Assert.Equal(expectedConnections, ConnectionsServed);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(5)));
        _stop.Dispose();
    }
}
