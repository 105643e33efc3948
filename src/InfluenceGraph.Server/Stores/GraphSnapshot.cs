using System.Collections.Concurrent;
using System.Collections.Immutable;
using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// The graph as the app serves it at one moment: actors in name order, relations in id order, the sources, and the
/// indexes every read uses. Immutable, so a request reads one consistent graph; a write makes the next snapshot from
/// this one in O(log n) (<see cref="WithActor"/>, <see cref="WithRelation"/>, <see cref="WithoutRelation"/>), sharing
/// everything it does not change, instead of reading the store again. Metrics come from the <see cref="MetricCache"/>
/// that a snapshot hands on to the next.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Lazy<string[]> _actorIds;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _principals;

    private GraphSnapshot(
        long version,
        ImmutableSortedSet<Actor> actors,
        ImmutableDictionary<string, Actor> actorsById,
        ImmutableSortedSet<Relation> relations,
        ImmutableDictionary<string, Relation> relationsById,
        ImmutableDictionary<string, ImmutableList<Relation>> relationsByActor,
        IReadOnlyList<Source> sources,
        RelationCatalog catalog,
        MetricCache metrics,
        IReadOnlyList<DataProblem> problems,
        IReadOnlyDictionary<string, Source>? sourcesById = null)
    {
        Version = version;
        DataProblems = problems;
        _metrics = metrics;
        ActorSet = actors;
        ActorsById = actorsById;
        RelationSet = relations;
        RelationsById = relationsById;
        _relationsByActor = relationsByActor;
        Sources = sources;
        // Writes never change the sources: the next snapshot shares this index instead of building it again.
        SourcesById = sourcesById ?? sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Catalog = catalog;
        _actorIds = new(() => [.. actors.Select(a => a.Id)]);
        _principals = new(() => StateLevel.Principals(ActorSet, RelationSet));
    }

    private readonly ImmutableDictionary<string, ImmutableList<Relation>> _relationsByActor;
    private readonly MetricCache _metrics;

    /// <summary>Actors by name, then id (the order lists and pages use).</summary>
    public static readonly IComparer<Actor> ActorOrder = Comparer<Actor>.Create((a, b) =>
    {
        var byName = string.CompareOrdinal(a.Name, b.Name);
        return byName != 0 ? byName : string.CompareOrdinal(a.Id, b.Id);
    });

    /// <summary>Relations by id (the order lists and pages use).</summary>
    public static readonly IComparer<Relation> RelationOrder = Comparer<Relation>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    /// <summary>Builds a snapshot from everything the store holds (a load), version <paramref name="version"/>.</summary>
    public static GraphSnapshot Create(IEnumerable<Actor> actors, IEnumerable<Relation> relations, IReadOnlyList<Source> sources,
        RelationCatalog catalog, long version = 1, MetricCache? metrics = null, IReadOnlyList<DataProblem>? problems = null)
    {
        var actorSet = ImmutableSortedSet.CreateBuilder(ActorOrder);
        var actorsById = ImmutableDictionary.CreateBuilder<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            if (actorsById.TryGetValue(actor.Id, out var twin))
                actorSet.Remove(twin);
            actorsById[actor.Id] = actor;
            actorSet.Add(actor);
        }

        var relationSet = ImmutableSortedSet.CreateBuilder(RelationOrder);
        var relationsById = ImmutableDictionary.CreateBuilder<string, Relation>(StringComparer.Ordinal);
        var byActor = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            // Ids are unique in a valid store; a store edited by hand may repeat one, and then the first is served.
            if (!relationsById.TryAdd(relation.Id, relation))
                continue;
            relationSet.Add(relation);
            Index(byActor, relation.From, relation);
            if (relation.To != relation.From)
                Index(byActor, relation.To, relation);
        }
        var relationsByActor = ImmutableDictionary.CreateRange(StringComparer.Ordinal,
            byActor.Select(p => KeyValuePair.Create(p.Key, p.Value.OrderBy(r => r, RelationOrder).ToImmutableList())));
        return new GraphSnapshot(version, actorSet.ToImmutable(), actorsById.ToImmutable(), relationSet.ToImmutable(), relationsById.ToImmutable(),
            relationsByActor, sources, catalog, metrics ?? new MetricCache(AnalysisQueue.Unbounded()), problems ?? []);

        static void Index(Dictionary<string, List<Relation>> index, string actorId, Relation relation)
        {
            if (!index.TryGetValue(actorId, out var list))
                index[actorId] = list = [];
            list.Add(relation);
        }
    }

    /// <summary>Counts up by one with every write applied to the graph, so caches can tell which graph they were computed on.</summary>
    public long Version { get; }

    public ImmutableSortedSet<Actor> ActorSet { get; }

    public ImmutableSortedSet<Relation> RelationSet { get; }

    public IReadOnlyList<Actor> Actors => ActorSet;

    public IReadOnlyList<Relation> Relations => RelationSet;

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyDictionary<string, Actor> ActorsById { get; }

    public IReadOnlyDictionary<string, Relation> RelationsById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    public RelationCatalog Catalog { get; }

    /// <summary>The stored records left out of this graph, or served repaired, and why (see <see cref="SnapshotReader"/>).</summary>
    public IReadOnlyList<DataProblem> DataProblems { get; }

    /// <summary>Actor ids in the snapshot's order.</summary>
    public IReadOnlyList<string> AllActorIds => _actorIds.Value;

    /// <summary>Each actor's principal at state level (see <see cref="StateLevel"/>).</summary>
    public IReadOnlyDictionary<string, string> Principals => _principals.Value;

    /// <summary>The actors metrics are computed for at <paramref name="level"/>: all, or the principals only.</summary>
    public IReadOnlyList<string> ActorIdsAt(AnalysisLevel level) =>
        level == AnalysisLevel.Everyone ? AllActorIds : [.. AllActorIds.Where(id => Principals[id] == id)];

    /// <summary>The relations from or to <paramref name="actorId"/>, by id.</summary>
    public IReadOnlyList<Relation> RelationsOf(string actorId) =>
        _relationsByActor.TryGetValue(actorId, out var relations) ? relations : [];

    public IReadOnlyList<Relation> RelationsMatching(RelationFilter filter) =>
        filter == RelationFilter.None ? Relations : [.. filter.Apply(Relations)];

    /// <summary>The relations metrics count under <paramref name="filter"/> (DENIED ones only when asked for).</summary>
    public IReadOnlyList<Relation> MetricRelations(RelationFilter filter) =>
        filter.Level == AnalysisLevel.Everyone ? [.. filter.ForMetrics(Relations)] : [.. StateLevel.RollUp(filter.ForMetrics(Relations), Principals)];

    /// <summary>
    /// The contested relations under <paramref name="filter"/>, in id order (the relations' own), computed once per
    /// filter for this graph (the page asks for them at every load; at 1M relations each computation reads every
    /// relation, and 133,000 of them are contested).
    /// </summary>
    public IReadOnlyList<Relation> ContestedUnder(RelationFilter filter) =>
        Derived("contested " + filter.CacheKey, this, () => NarrativeComparison.Contested(RelationsMatching(filter)));

    /// <summary>The relations lending leverage under <paramref name="filter"/>, arranged by target (leverage holders and breakdowns read them), built once per filter for this graph.</summary>
    public IncomingLeverage IncomingLeverageUnder(RelationFilter filter) =>
        Derived("incoming leverage " + filter.CacheKey, this, () => IncomingLeverage.Build(filter.ForMetrics(Relations), Catalog));

    /// <summary>
    /// What <paramref name="compute"/> gives under <paramref name="key"/> on this graph, computed once while
    /// <paramref name="basis"/> (what it reads besides the graph, such as the leverage it ranks by) is the same object:
    /// a page load's views, asked for by every visitor of an unchanged graph, cost their computation once. At most
    /// <see cref="DerivedMemoSize"/> keys are kept; others are computed each time. Dropped with this graph.
    /// </summary>
    public T Derived<T>(string key, object basis, Func<T> compute) where T : class
    {
        if (_derived.TryGetValue(key, out var known) && ReferenceEquals(known.Basis, basis))
            return (T)known.Value.Value;
        var entry = new DerivedView(basis, new Lazy<object>(compute));
        if (_derived.Count < DerivedMemoSize || _derived.ContainsKey(key))
            entry = _derived.AddOrUpdate(key, entry, (_, old) => ReferenceEquals(old.Basis, basis) ? old : entry);
        return (T)entry.Value.Value;
    }

    private sealed record DerivedView(object Basis, Lazy<object> Value);

    private const int DerivedMemoSize = 32;
    private readonly ConcurrentDictionary<string, DerivedView> _derived = new(StringComparer.Ordinal);

    /// <summary>The narrative "as claimed by" <paramref name="actorId"/> (null for null), its side read from the actors.</summary>
    public Narrative? NarrativeOf(string? actorId) => actorId is null ? null : Narrative.Of(actorId, Actors);

    /// <summary>This graph under another version number (a graph read again takes the place of the one served).</summary>
    public GraphSnapshot WithVersion(long version) =>
        new(version, ActorSet, (ImmutableDictionary<string, Actor>)ActorsById, RelationSet, (ImmutableDictionary<string, Relation>)RelationsById,
            _relationsByActor, Sources, Catalog, _metrics, DataProblems, SourcesById);

    /// <summary>This graph with <paramref name="actor"/> created, or replacing the actor of its id.</summary>
    public GraphSnapshot WithActor(Actor actor)
    {
        var actors = ActorsById.TryGetValue(actor.Id, out var old) ? ActorSet.Remove(old) : ActorSet;
        return new GraphSnapshot(Version + 1, actors.Add(actor), ((ImmutableDictionary<string, Actor>)ActorsById).SetItem(actor.Id, actor),
            RelationSet, (ImmutableDictionary<string, Relation>)RelationsById, _relationsByActor, Sources, Catalog, _metrics, DataProblems, SourcesById);
    }

    /// <summary>This graph with <paramref name="relation"/> added (its id is new).</summary>
    public GraphSnapshot WithRelation(Relation relation)
    {
        var byActor = _relationsByActor.SetItem(relation.From, Inserted(Own(relation.From), relation));
        if (relation.To != relation.From)
            byActor = byActor.SetItem(relation.To, Inserted(Own(relation.To, byActor), relation));
        return new GraphSnapshot(Version + 1, ActorSet, (ImmutableDictionary<string, Actor>)ActorsById, RelationSet.Add(relation),
            ((ImmutableDictionary<string, Relation>)RelationsById).SetItem(relation.Id, relation), byActor, Sources, Catalog, _metrics, DataProblems, SourcesById);
    }

    /// <summary>This graph without the relation of <paramref name="id"/> (this graph itself when there is none).</summary>
    public GraphSnapshot WithoutRelation(string id)
    {
        if (!RelationsById.TryGetValue(id, out var relation))
            return this;
        var byActor = _relationsByActor.SetItem(relation.From, Own(relation.From).Remove(relation));
        if (relation.To != relation.From)
            byActor = byActor.SetItem(relation.To, Own(relation.To, byActor).Remove(relation));
        return new GraphSnapshot(Version + 1, ActorSet, (ImmutableDictionary<string, Actor>)ActorsById, RelationSet.Remove(relation),
            ((ImmutableDictionary<string, Relation>)RelationsById).Remove(id), byActor, Sources, Catalog, _metrics, DataProblems, SourcesById);
    }

    /// <summary>Every actor's leverage under <paramref name="filter"/> (see <see cref="MetricCache"/> for how fresh).</summary>
    public IReadOnlyDictionary<string, double> LeverageAll(RelationFilter filter) => _metrics.Leverage(this, filter);

    /// <summary>Every actor's alignment between the poles under <paramref name="filter"/>.</summary>
    public IReadOnlyDictionary<string, double?> AlignmentAll(RelationFilter filter, string positivePole, string negativePole) =>
        _metrics.Alignment(this, filter, positivePole, negativePole);

    /// <summary>The cache this snapshot's metrics come from (shared with the snapshots that follow it).</summary>
    public MetricCache Metrics => _metrics;

    /// <summary>The blocs under <paramref name="filter"/>.</summary>
    public BlocPartition BlocsOf(RelationFilter filter) => _metrics.Blocs(this, filter);

    private static ImmutableList<Relation> Inserted(ImmutableList<Relation> list, Relation relation)
    {
        var at = list.BinarySearch(relation, RelationOrder);
        return list.Insert(at < 0 ? ~at : at, relation);
    }

    private ImmutableList<Relation> Own(string actorId, ImmutableDictionary<string, ImmutableList<Relation>>? index = null) =>
        (index ?? _relationsByActor).TryGetValue(actorId, out var list) ? list : [];
}
