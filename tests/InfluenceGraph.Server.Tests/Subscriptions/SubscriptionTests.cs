using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Subscriptions;

public sealed class SubscriptionTests : IDisposable
{
    private const string Subscription = "subscription { graphChanged { kind ids description } }";
    private const string Upsert = "mutation { upsertActor(input: {id: \"live-probe\", name: \"Live Probe\", kind: PERSON}) { id } }";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly InfluenceGraphFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SubscriberOverServerSentEventsHearsOfAMutation()
    {
        var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Subscription }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        await GraphQLClient.PostAsync(_factory.CreateClient(), Upsert, apiKey: InfluenceGraphFactory.ApiKey);
        using var timeout = new CancellationTokenSource(Patience);
        string? data = null;
        while (data is null && await reader.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal) && line.Length > 6)
                data = line[6..];

        var change = JsonNode.Parse(data!)!["data"]!["graphChanged"]!;
        Assert.Equal("ACTOR_UPSERTED", change["kind"]!.GetValue<string>());
        Assert.Contains("live-probe", change["ids"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    [Fact]
    public async Task SubscriberOverWebSocketHearsOfAMutation()
    {
        var ws = _factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(_factory.Server.BaseAddress, "graphql"), CancellationToken.None);

        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
        await SendAsync(socket, new JsonObject { ["type"] = "subscribe", ["id"] = "1", ["payload"] = new JsonObject { ["query"] = Subscription } });
        await WaitForSubscriberAsync();
        await GraphQLClient.PostAsync(_factory.CreateClient(), Upsert, apiKey: InfluenceGraphFactory.ApiKey);
        var next = await ReceiveAsync(socket);

        Assert.Equal("next", next!["type"]!.GetValue<string>());
        Assert.Equal("1", next["id"]!.GetValue<string>());
        Assert.Equal("ACTOR_UPSERTED", next["payload"]!["data"]!["graphChanged"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebSocketQueryAnswersOnceThenCompletes()
    {
        var ws = _factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(_factory.Server.BaseAddress, "graphql"), CancellationToken.None);

        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        await ReceiveAsync(socket);
        await SendAsync(socket, new JsonObject { ["type"] = "subscribe", ["id"] = "q", ["payload"] = new JsonObject { ["query"] = "{ actor(id: \"quad\") { id } }" } });
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        Assert.Equal("quad", next!["payload"]!["data"]!["actor"]!["id"]!.GetValue<string>());
        Assert.Equal("complete", complete!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubscribeBeforeConnectionInitClosesWith4401()
    {
        var ws = _factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(_factory.Server.BaseAddress, "graphql"), CancellationToken.None);

        await SendAsync(socket, new JsonObject { ["type"] = "subscribe", ["id"] = "1", ["payload"] = new JsonObject { ["query"] = Subscription } });
        var closed = await ReceiveAsync(socket);

        Assert.Null(closed);
        Assert.Equal(4401, (int)socket.CloseStatus!.Value);
    }

    // Invalid text (issue 14, item 4): never a 500 with an empty body, never an abnormal close (1006).

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D })] // {"query":"\xC3("}
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D })] // {"query":"\xFF\xFE"}
    public async Task InvalidUtf8OverHttpIsA400NamingTheProblem(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await _factory.CreateClient().PostAsync("/graphql", content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.StartsWith("The request holds text that is not valid Unicode", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoneSurrogateInVariablesOverHttpIsA400()
    {
        using var content = new StringContent("""{"query":"query ($id: ID!) { actor(id: $id) { id } }","variables":{"id":"\ud800"}}""", Encoding.UTF8, "application/json");

        using var response = await _factory.CreateClient().PostAsync("/graphql", content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InvalidTextOverWebSocketClosesWith4400(bool invalidUtf8)
    {
        var ws = _factory.Server.CreateWebSocketClient();
        ws.SubProtocols.Add("graphql-transport-ws");
        using var socket = await ws.ConnectAsync(new Uri(_factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        await ReceiveAsync(socket);

        var text = """{"type":"subscribe","id":"1","payload":{"query":"query ($id: ID!) { actor(id: $id) { id } }","variables":{"id":"\ud800"}}}""";
        var bytes = invalidUtf8 ? [.. Encoding.UTF8.GetBytes(text[..^3]), 0xC3, 0x28, .. "}}}"u8.ToArray()] : Encoding.UTF8.GetBytes(text);
        await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        var answer = await ReceiveRawAsync(socket);

        Assert.Null(answer);
        Assert.Equal(4400, (int)socket.CloseStatus!.Value);
    }

    /// <summary>The next message's text, or null when the server closed the connection (its status is then on the socket).</summary>
    private static async Task<string?> ReceiveRawAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : Encoding.UTF8.GetString(buffer, 0, result.Count);
    }

    /// <summary>The WebSocket subscription registers on the server asynchronously; wait until it has.</summary>
    private async Task WaitForSubscriberAsync()
    {
        var store = (InfluenceGraph.Server.Stores.InfluenceStore)_factory.Services.GetService(typeof(InfluenceGraph.Server.Stores.InfluenceStore))!;
        var deadline = DateTime.UtcNow + Patience;
        while (store.Changes.SubscriberCount == 0 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }

    private static Task SendAsync(WebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection.</summary>
    private static async Task<JsonNode?> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
    }
}
