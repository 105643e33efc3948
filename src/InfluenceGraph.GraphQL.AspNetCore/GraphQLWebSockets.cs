using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over WebSocket, protocol graphql-transport-ws: connection_init/ack, subscribe/next/error/complete,
/// ping/pong, and the protocol's close codes (4400 bad message, 4401 unauthorised, 4408 no init in time,
/// 4409 duplicate id, 4429 second init).
/// </summary>
public static class GraphQLWebSockets
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>For /graphql itself: a WebSocket upgrade goes here, any other request on to the HTTP handlers.</summary>
    public static async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || !http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(TransportMessages.WebSocketProtocolRequired(SubProtocol));
            return;
        }
        if (!await GraphQLHttpEndpoints.OriginAllowedAsync(http))
            return;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(SubProtocol);
        var connection = new Connection(socket, http,
            http.RequestServices.GetRequiredService<GraphQLRunner>(),
            http.RequestServices.GetRequiredService<GraphQLRequestReader>(),
            http.RequestServices.GetRequiredService<GraphQLSerializer>(),
            GraphQLHttpEndpoints.Transport(http),
            http.Request.Headers.Authorization.ToString());
        await connection.RunAsync(http.RequestAborted);
    }

    private sealed class Connection(WebSocket socket, HttpContext http, GraphQLRunner runner, GraphQLRequestReader reader, GraphQLSerializer serializer,
        GraphQLTransportOptions transport, string? authorization)
    {
        private readonly SemaphoreSlim _sendGate = new(1, 1);
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
        private bool _initialised;
        private bool _acknowledged;

        public async Task RunAsync(CancellationToken aborted)
        {
            using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            _ = CloseUnlessInitialisedAsync(lifetime.Token);
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var text = await ReceiveAsync(lifetime.Token);
                    if (text is null)
                        break;
                    if (!await HandleAsync(text, lifetime.Token))
                        break;
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                foreach (var operation in _operations.Values)
                    operation.Cancel();
                lifetime.Cancel();
            }
        }

        private async Task CloseUnlessInitialisedAsync(CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(transport.ConnectionInitTimeout, cancellationToken);
                if (!_initialised)
                    await CloseAsync(4408, "Connection initialisation timeout");
            }
            catch (OperationCanceledException)
            {
            }
        }

        /// <summary>Handles one message; false when the connection was closed because of it.</summary>
        private async Task<bool> HandleAsync(string text, CancellationToken cancellationToken)
        {
            JsonObject? message;
            string? type;
            try
            {
                message = JsonNode.Parse(text) as JsonObject;
                type = message?["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Not JSON, or JSON holding text that is not valid Unicode (a lone surrogate escape).
                message = null;
                type = null;
            }
            switch (type)
            {
                case "connection_init":
                    if (_initialised)
                        return await CloseAsync(4429, "Too many initialisation requests");
                    _initialised = true;
                    if (message!["payload"] is JsonObject payload && (payload["Authorization"] ?? payload["authorization"]) is JsonValue auth)
                        authorization = auth.ToString();
                    _acknowledged = true;
                    await SendAsync(new JsonObject { ["type"] = "connection_ack" });
                    return true;
                case "ping":
                    await SendAsync(new JsonObject { ["type"] = "pong" });
                    return true;
                case "pong":
                    return true;
                case "subscribe":
                    return await SubscribeAsync(message!, cancellationToken);
                case "complete":
                    if (message!["id"] is JsonValue idValue && _operations.TryRemove(idValue.ToString(), out var running))
                        await running.CancelAsync();
                    return true;
                default:
                    return await CloseAsync(4400, type is null ? "Invalid message" : $"Unexpected message type '{type}'");
            }
        }

        private async Task<bool> SubscribeAsync(JsonObject message, CancellationToken cancellationToken)
        {
            if (!_acknowledged)
                return await CloseAsync(4401, "Unauthorized");
            var id = message["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
            if (id is null || message["payload"] is not JsonObject payload)
                return await CloseAsync(4400, "Invalid subscribe message: it needs an id and a payload");
            GraphQLRequest? request;
            string? error;
            try
            {
                if (!reader.TryReadJson(Encoding.UTF8.GetBytes(payload.ToJsonString()), out request, out error))
                    return await CloseAsync(4400, error ?? "Invalid subscribe payload");
            }
            catch (InvalidOperationException e)
            {
                return await CloseAsync(4400, TransportMessages.InvalidText(e.Message));
            }
            var operation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (!_operations.TryAdd(id, operation))
            {
                operation.Dispose();
                return await CloseAsync(4409, $"Subscriber for {id} already exists");
            }
            _ = RunOperationAsync(id, request!, operation);
            return true;
        }

        private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource operation)
        {
            try
            {
                var settings = transport.CreateSettings(new GraphQLOperationContext(http, authorization, OperationKinds.All));
                var stream = await runner.SubscribeAsync(request, settings, operation.Token);
                if (stream.Events is null)
                {
                    var single = stream.Single!;
                    if (single.Kind == GraphQLOutcomeKind.Executed)
                        await SendResultAsync("next", id, single.Result);
                    else
                    {
                        await SendErrorsAsync(id, single.Result);
                        return;
                    }
                }
                else
                {
                    await foreach (var result in stream.Events.WithCancellation(operation.Token))
                        await SendResultAsync("next", id, result);
                }
                if (_operations.ContainsKey(id))
                    await SendAsync(new JsonObject { ["type"] = "complete", ["id"] = id });
            }
            catch (OperationCanceledException)
            {
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _operations.TryRemove(id, out _);
                operation.Dispose();
            }
        }

        private Task SendResultAsync(string type, string id, ExecutionResult result) =>
            SendAsync(new JsonObject { ["type"] = type, ["id"] = id, ["payload"] = JsonNode.Parse(serializer.Serialize(result)) });

        private Task SendErrorsAsync(string id, ExecutionResult result) =>
            SendAsync(new JsonObject { ["type"] = "error", ["id"] = id, ["payload"] = JsonNode.Parse(serializer.Serialize(result))?["errors"]?.DeepClone() ?? new JsonArray() });

        private async Task SendAsync(JsonObject message)
        {
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
            await _sendGate.WaitAsync();
            try
            {
                if (socket.State == WebSocketState.Open)
                    await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                _sendGate.Release();
            }
        }

        private async Task<bool> CloseAsync(int code, string reason)
        {
            await _sendGate.WaitAsync();
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
            finally
            {
                _sendGate.Release();
            }
            return false;
        }

        private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[8 * 1024];
            while (true)
            {
                var received = await socket.ReceiveAsync(chunk, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    // Answer the client's close frame; without it the client sees an abnormal closure (1006).
                    await CloseAsync((int)(received.CloseStatus ?? WebSocketCloseStatus.NormalClosure), received.CloseStatusDescription ?? "");
                    return null;
                }
                if (buffer.Length + received.Count > transport.MaxRequestBytes)
                {
                    await CloseAsync(4400, $"Message larger than {transport.MaxRequestBytes} bytes");
                    return null;
                }
                buffer.Write(chunk, 0, received.Count);
                if (received.EndOfMessage)
                    return Encoding.UTF8.GetString(buffer.ToArray());
            }
        }
    }
}
