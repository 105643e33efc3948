using System.Collections.Concurrent;
using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// The whole graph as read at one moment, with its metrics computed once per filter. A crisis graph is small, so
/// the app reads it whole and answers every query from one consistent snapshot; a write makes a new one.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, double>>> _leverage = new();
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, double?>>> _alignment = new();
    private readonly ConcurrentDictionary<string, Lazy<BlocPartition>> _blocs = new();
    private readonly Lazy<Dictionary<string, Relation[]>> _relationsByActor;

    public GraphSnapshot(IReadOnlyList<Actor> actors, IReadOnlyList<Relation> relations, IReadOnlyList<Source> sources, RelationCatalog catalog)
    {
        Actors = actors;
        Relations = relations;
        Sources = sources;
        Catalog = catalog;
        ActorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        SourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ActorIds = [.. actors.Select(a => a.Id)];
        _relationsByActor = new(() => IndexByActor(relations));
    }

    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyList<Relation> Relations { get; }
    public IReadOnlyList<Source> Sources { get; }
    public IReadOnlyDictionary<string, Actor> ActorsById { get; }
    public IReadOnlyDictionary<string, Source> SourcesById { get; }
    public RelationCatalog Catalog { get; }
    private IReadOnlyList<string> ActorIds { get; }

    public IReadOnlyList<Relation> RelationsMatching(RelationFilter filter) => [.. filter.Apply(Relations)];

    /// <summary>
    /// The relations from or to <paramref name="actorId"/>, in snapshot order: indexed once per snapshot, so asking
    /// for every actor's relations does not scan the whole graph once per actor.
    /// </summary>
    public IReadOnlyList<Relation> RelationsOf(string actorId) =>
        _relationsByActor.Value.TryGetValue(actorId, out var relations) ? relations : [];

    private static Dictionary<string, Relation[]> IndexByActor(IReadOnlyList<Relation> relations)
    {
        var lists = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            Add(relation.From, relation);
            if (relation.To != relation.From)
                Add(relation.To, relation);
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

        void Add(string actorId, Relation relation)
        {
            if (!lists.TryGetValue(actorId, out var list))
                lists[actorId] = list = [];
            list.Add(relation);
        }
    }

    /// <summary>The relations metrics count under <paramref name="filter"/> (DENIED ones only when asked for).</summary>
    public IReadOnlyList<Relation> MetricRelations(RelationFilter filter) => [.. filter.ForMetrics(Relations)];

    /// <summary>Every actor's leverage under <paramref name="filter"/>, computed once per filter.</summary>
    public IReadOnlyDictionary<string, double> LeverageAll(RelationFilter filter) =>
        _leverage.GetOrAdd(filter.CacheKey, _ => new(() => LeverageAnalysis.Compute(ActorIds, filter.ForMetrics(Relations), Catalog))).Value;

    /// <summary>Every actor's alignment between the poles under <paramref name="filter"/>, computed once per filter and poles.</summary>
    public IReadOnlyDictionary<string, double?> AlignmentAll(RelationFilter filter, string positivePole, string negativePole) =>
        _alignment.GetOrAdd($"{filter.CacheKey}|{positivePole}|{negativePole}",
                _ => new(() => AlignmentAnalysis.Compute(ActorIds, filter.ForMetrics(Relations), Catalog, positivePole, negativePole)))
            .Value;

    /// <summary>Actor ids in the snapshot's order.</summary>
    public IReadOnlyList<string> AllActorIds => ActorIds;

    /// <summary>The narrative "as claimed by" <paramref name="actorId"/> (null for null), its side read from the actors.</summary>
    public Narrative? NarrativeOf(string? actorId) => actorId is null ? null : Narrative.Of(actorId, Actors);

    /// <summary>The blocs under <paramref name="filter"/>, computed once per filter.</summary>
    public BlocPartition BlocsOf(RelationFilter filter) =>
        _blocs.GetOrAdd(filter.CacheKey, _ => new(() => BlocAnalysis.Compute(ActorIds, MetricRelations(filter), Catalog))).Value;
}
