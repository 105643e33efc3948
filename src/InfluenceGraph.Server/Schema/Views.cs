using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Schema;

/// <summary>GraphQL's Graph type: actors and the relations among them.</summary>
public sealed record GraphView(IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations);

/// <summary>GraphQL's Path type.</summary>
public sealed record PathView(IReadOnlyList<Actor> Actors, IReadOnlyList<Relation> Relations);

/// <summary>GraphQL's Evidence type: the source's own words for one relation.</summary>
public sealed record EvidenceView(string Quote, string SourceId);
