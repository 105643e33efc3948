using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>Who the metrics are about: every actor as the sources name it, or states and groups, people and bodies rolled into them.</summary>
public enum AnalysisLevel
{
    Everyone,
    States,
}

/// <summary>
/// The state-level view. The articles attribute acts to persons and bodies (Rubio urges restraint, the BJP rallies,
/// the army strikes); at state level each person and organisation lends its relations to its state, its principal:
/// <list type="number">
/// <item>its <c>country</c>, when that is a state of the graph;</item>
/// <item>else the state it LEADS;</item>
/// <item>else, for a person, the principal of an organisation it LEADS or is a MEMBER_OF; for an organisation, the
/// state it is AFFILIATED_WITH or a MEMBER_OF;</item>
/// <item>else itself.</item>
/// </list>
/// States, alliances and armed groups are their own principals: a militant group is not its host state. A relation
/// a -> b becomes principal(a) -> principal(b), and one inside a state (Modi LEADS India) drops out.
/// </summary>
public static class StateLevel
{
    public static IReadOnlyDictionary<string, string> Principals(IReadOnlyCollection<Actor> actors, IEnumerable<Relation> relations)
    {
        var byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        bool IsState(string id) => byId.TryGetValue(id, out var a) && a.Kind == ActorKinds.State;
        var outgoing = relations.Where(r => r.From != r.To).ToLookup(r => r.From, StringComparer.Ordinal);
        var principals = new Dictionary<string, string>(StringComparer.Ordinal);
        string? TowardState(Actor actor, params string[] types) =>
            outgoing[actor.Id].Where(r => types.Contains(r.Type) && IsState(r.To)).Select(r => r.To).Order(StringComparer.Ordinal).FirstOrDefault();

        // Organisations first: a person may reach its state through one.
        foreach (var actor in actors.Where(a => a.Kind == ActorKinds.Organization))
            principals[actor.Id] = actor.Country is { } country && IsState(country) ? country
                : TowardState(actor, "LEADS") ?? TowardState(actor, "AFFILIATED_WITH", "MEMBER_OF") ?? actor.Id;
        foreach (var actor in actors.Where(a => a.Kind == ActorKinds.Person))
        {
            principals[actor.Id] = actor.Country is { } country && IsState(country) ? country
                : TowardState(actor, "LEADS")
                  ?? outgoing[actor.Id].Where(r => r.Type is "LEADS" or "MEMBER_OF" && principals.TryGetValue(r.To, out var p) && IsState(p))
                      .Select(r => principals[r.To]).Order(StringComparer.Ordinal).FirstOrDefault()
                  ?? actor.Id;
        }
        foreach (var actor in actors)
            principals.TryAdd(actor.Id, actor.Id);
        return principals;
    }

    /// <summary>The relations between principals: each end replaced by its principal, those inside one principal left out.</summary>
    public static IEnumerable<Relation> RollUp(IEnumerable<Relation> relations, IReadOnlyDictionary<string, string> principals) =>
        relations
            .Select(r => (Relation: r, From: principals.GetValueOrDefault(r.From, r.From), To: principals.GetValueOrDefault(r.To, r.To)))
            .Where(x => x.From != x.To)
            .Select(x => x.From == x.Relation.From && x.To == x.Relation.To ? x.Relation : x.Relation with { From = x.From, To = x.To });
}
