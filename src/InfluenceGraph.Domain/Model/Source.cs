namespace InfluenceGraph.Domain.Model;

/// <summary>An article (or other document) that relations quote as their evidence.</summary>
public sealed record Source(string Id, string Title, string Publisher, DateOnly? Published, string? Url);
