using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL.NET hands a subscription's results over as an <see cref="IObservable{T}"/>; the transports read them as an
/// async stream. A bounded queue sits between: a client that stops reading loses its oldest results rather than
/// holding memory, and leaving the stream unsubscribes.
/// </summary>
internal static class ObservableStream
{
    private const int Capacity = 64;

    public static async IAsyncEnumerable<ExecutionResult> ToAsyncEnumerable(IObservable<ExecutionResult> source,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ExecutionResult>(new BoundedChannelOptions(Capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        using var subscription = source.Subscribe(new Observer(channel.Writer));
        await foreach (var result in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            yield return result;
    }

    private sealed class Observer(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => writer.TryWrite(value);

        // GraphQL.NET reports a failing source stream as an ExecutionError: it becomes the stream's last result.
        public void OnError(Exception error)
        {
            writer.TryWrite(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError(error.Message)] });
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }
}
