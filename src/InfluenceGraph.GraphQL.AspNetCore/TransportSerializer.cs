using System.IO.Pipelines;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer that can also write a result straight into a response's
/// <see cref="PipeWriter"/>: the whole answer goes into the pipe's buffers in one synchronous pass and is sent with
/// one flush, where writing to the response stream sends (and awaits) a chunk every 16 KB.
/// </summary>
public sealed class TransportSerializer(Action<JsonSerializerOptions> configure, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(configure, errorInfoProvider)
{
    public async Task WriteAsync<T>(PipeWriter writer, T value, CancellationToken cancellationToken)
    {
        var options = new JsonWriterOptions { Encoder = SerializerOptions.Encoder, Indented = SerializerOptions.WriteIndented };
        using (var json = new Utf8JsonWriter(writer, options))
            JsonSerializer.Serialize(json, value, SerializerOptions);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
