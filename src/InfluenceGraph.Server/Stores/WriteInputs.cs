namespace InfluenceGraph.Server.Stores;

/// <summary>A new or changed actor, as a client sends it.</summary>
public sealed record ActorInput(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Country, string? Description);

/// <summary>A new relation (one sourced claim), as a client sends it. A missing id is generated.</summary>
public sealed record RelationInput(
    string? Id, string Type, string From, string To, double Weight, string Status,
    IReadOnlyList<string> ClaimedBy, DateOnly? Since, DateOnly? Until, string Quote, string Source);
