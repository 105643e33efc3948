namespace InfluenceGraph.Domain.Model;

/// <summary>A state, person, organisation, armed group or alliance that acts or is acted upon in a crisis.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    string? Country,
    string? Description);

/// <summary>The kinds an actor can be (DESIGN.md's data model).</summary>
public static class ActorKinds
{
    public const string State = "STATE";
    public const string Person = "PERSON";
    public const string Organization = "ORGANIZATION";
    public const string ArmedGroup = "ARMED_GROUP";
    public const string Alliance = "ALLIANCE";

    public static readonly IReadOnlyList<string> All = [State, Person, Organization, ArmedGroup, Alliance];
}
