using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Schema;

/// <summary>GraphQL's Graph type: actors and the relations among them.</summary>
public sealed record GraphView(IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations);

/// <summary>GraphQL's Path type.</summary>
public sealed record PathView(IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations);

/// <summary>GraphQL's Evidence type: the source's own words for one relation.</summary>
public sealed record EvidenceView(string Quote, string SourceId);

/// <summary>GraphQL's PairwiseLeverage type.</summary>
public sealed record PairwiseLeverageView(Actor Holder, Actor Subject, double Value, IReadOnlyList<LeveragePath> Paths);

/// <summary>GraphQL's Changes type.</summary>
public sealed record ChangesView(IReadOnlyList<Relation> Appeared, IReadOnlyList<Relation> Ended, IReadOnlyList<ActorShift> Movers);

/// <summary>GraphQL's MetricsFreshness type.</summary>
public sealed record MetricsFreshnessView(long GraphVersion, long? LeverageVersion, long? AlignmentVersion)
{
    public bool Current => LeverageVersion == GraphVersion && AlignmentVersion == GraphVersion;
}
