using System.Text;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode): one request, one event stream of
/// `next` events (one per result) closed by a `complete` event. A request that fails before execution is answered
/// as plain GraphQL-over-HTTP JSON with its 4xx status instead.
/// </summary>
internal static class GraphQLServerSentEvents
{
    public const string MediaType = "text/event-stream";
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(12);

    public static bool Wants(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains(MediaType, StringComparison.OrdinalIgnoreCase);

    public static async Task StreamAsync(HttpContext http, GraphQLRunner runner, GraphQLRequest request, GraphQLExecutionSettings settings,
        Func<GraphQLOutcome, Task> writeFailure)
    {
        var stream = await runner.SubscribeAsync(request, settings, http.RequestAborted);
        if (stream.Single is { Kind: not GraphQLOutcomeKind.Executed } failure)
        {
            await writeFailure(failure);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = MediaType + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        try
        {
            await http.Response.Body.FlushAsync(http.RequestAborted);
            var serializer = GraphQLHttpEndpoints.Serializer(http);
            if (stream.Events is null)
            {
                await WriteEventAsync(http, "next", serializer.Serialize(stream.Single!.Result));
            }
            else
            {
                await PumpAsync(http, stream.Events, serializer);
            }
            await WriteEventAsync(http, "complete", "");
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing left to tell it.
        }
        catch (IOException) when (http.RequestAborted.IsCancellationRequested)
        {
        }
    }

    /// <summary>Writes each result as a `next` event, and a keep-alive comment when the stream is quiet.</summary>
    private static async Task PumpAsync(HttpContext http, IAsyncEnumerable<ExecutionResult> results, IGraphQLTextSerializer serializer)
    {
        using var leaving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var events = results.GetAsyncEnumerator(leaving.Token);
        var next = events.MoveNextAsync().AsTask();
        try
        {
            while (true)
            {
                // A comment line now and then keeps proxies and browsers from closing an idle stream.
                var finished = await Task.WhenAny(next, Task.Delay(KeepAlive, http.RequestAborted));
                if (finished != next)
                {
                    http.RequestAborted.ThrowIfCancellationRequested();
                    await http.Response.Body.WriteAsync(":\n\n"u8.ToArray(), http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                    continue;
                }
                if (!await next)
                    break;
                await WriteEventAsync(http, "next", serializer.Serialize(events.Current));
                next = events.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            // An async iterator cannot be disposed while a MoveNextAsync is pending: it throws NotSupportedException,
            // which replaced the client's going away and reached the log as unhandled. Stop the pending read and let it
            // end first.
            await leaving.CancelAsync();
            try
            {
                await next;
            }
            catch (OperationCanceledException)
            {
            }
            await events.DisposeAsync();
        }
    }

    private static async Task WriteEventAsync(HttpContext http, string name, string data)
    {
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in data.Split('\n'))
            text.Append("data: ").Append(line).Append('\n');
        text.Append('\n');
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }
}
