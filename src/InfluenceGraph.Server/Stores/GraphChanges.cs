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
    /// Registers a subscriber at once (so no change committed after this call is missed) and returns its stream,
    /// which unregisters when enumeration ends or is cancelled.
    /// </summary>
    public IAsyncEnumerable<object?> Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<GraphChange>(new BoundedChannelOptions(QueuePerSubscriber)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
            _subscribers.Add(channel);
        return ReadAsync(channel, cancellationToken);
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
}
