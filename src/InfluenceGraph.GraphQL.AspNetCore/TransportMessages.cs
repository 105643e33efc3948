namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>Every message the transports write themselves (the engine's own live in InfluenceGraph.GraphQL).</summary>
internal static class TransportMessages
{
    public const string NotAcceptable = $"Accept {GraphQLHttpEndpoints.Json} or {GraphQLHttpEndpoints.GraphQLResponseJson}.";
    public const string MalformedRequest = "Malformed GraphQL request.";

    public static string UnsupportedMediaType(string? contentType) =>
        $"Send the request as {GraphQLHttpEndpoints.Json}, not {contentType ?? "no content type"}.";

    public static string BodyTooLarge(long limit) => $"The request body is larger than {limit} bytes.";

    public static string WebSocketProtocolRequired(string protocol) => $"Open a WebSocket with the subprotocol {protocol}.";
}
