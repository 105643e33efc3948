using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace InfluenceGraph.Server.Stores;

/// <summary>What a committed write changed: GraphQL's GraphChange, pushed to subscribers.</summary>
public sealed record GraphChange(string Kind, IReadOnlyList<string> Ids, string Description, DateTimeOffset At)
{
    public const string ActorUpserted = "ACTOR_UPSERTED";
    public const string RelationAdded = "RELATION_ADDED";
    public const string RelationRemoved = "RELATION_REMOVED";
    public const string ScriptApplied = "SCRIPT_APPLIED";

    public static readonly IReadOnlyList<string> Kinds = [ActorUpserted, RelationAdded, RelationRemoved, ScriptApplied];
}

/// <summary>
/// Fans each <see cref="GraphChange"/> out to every live subscriber. A subscriber that stops reading loses its
/// oldest events rather than holding the writer up (bounded queue per subscriber).
/// </summary>
public sealed class GraphChangeFeed
{
    private const int QueuePerSubscriber = 64;
    private readonly Lock _gate = new();
    private readonly List<Channel<GraphChange>> _subscribers = [];

    public int SubscriberCount
    {
        get { lock (_gate) return _subscribers.Count; }
    }

    public void Publish(GraphChange change)
    {
        lock (_gate)
            foreach (var subscriber in _subscribers)
                subscriber.Writer.TryWrite(change);
    }

    /// <summary>
    /// The feed as GraphQL.NET's subscriptions take it: each subscription registers when it subscribes (so no change
    /// committed after that is missed), gets its events
    /// in order from a task of its own (so a slow subscriber never holds up the writer), and unregisters on Dispose.
    /// </summary>
    public IObservable<object?> AsObservable() => new Observable(this);

    private Channel<GraphChange> Register()
    {
        var channel = Channel.CreateBounded<GraphChange>(new BoundedChannelOptions(QueuePerSubscriber)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
            _subscribers.Add(channel);
        return channel;
    }

    private async IAsyncEnumerable<object?> ReadAsync(Channel<GraphChange> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                while (channel.Reader.TryRead(out var change))
                    yield return change;
        }
        finally
        {
            lock (_gate)
                _subscribers.Remove(channel);
        }
    }

    private sealed class Observable(GraphChangeFeed feed) : IObservable<object?>
    {
        public IDisposable Subscribe(IObserver<object?> observer)
        {
            var stop = new CancellationTokenSource();
            var events = feed.ReadAsync(feed.Register(), stop.Token);
            _ = PumpAsync(events, observer, stop.Token);
            return new Subscription(stop);
        }

        private static async Task PumpAsync(IAsyncEnumerable<object?> events, IObserver<object?> observer, CancellationToken cancellationToken)
        {
            try
            {
                await foreach (var change in events.ConfigureAwait(false))
                    observer.OnNext(change);
                observer.OnCompleted();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Unsubscribed: the observer no longer listens.
            }
        }
    }

    private sealed class Subscription(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            stop.Dispose();
        }
    }
}
