using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

/// <summary>A stored record the app does not serve, or serves repaired, and why (GraphQL's DataProblem, a line of /healthz).</summary>
public sealed record DataProblem(string Record, string Id, string Problem, string Action)
{
    public const string LeftOut = "left out";
    public const string LinkRemoved = "served without its address";
}

/// <summary>The records of a graph read from the store that keep the rules, and those that do not.</summary>
internal sealed record SnapshotRead(List<Actor> Actors, List<Relation> Relations, List<Source> Sources, List<DataProblem> Problems);

/// <summary>
/// Reads what the store holds into the records the app serves, keeping the model's rules (<see cref="ModelRules"/>):
/// a record that breaks one is left out and reported, never allowed to break the answers for everything else (an
/// actor of kind 'PLANET' would make every query that asks for kinds fail). Actors come first, then sources, then
/// relations, which must name actors and sources that were kept. A source whose address is not http(s) is served
/// without it.
/// </summary>
internal static class SnapshotReader
{
    public static SnapshotRead Read(
        IEnumerable<CypherRow> actorRows, IEnumerable<CypherRow> relationRows, IEnumerable<CypherRow> sourceRows, ModelRules rules)
    {
        var problems = new List<DataProblem>();
        var raw = Keep(actorRows.Select(r => r["actor"]), RecordMapping.ToActor, "actor", problems);
        // A country is checked against the actors as stored, so that one bad actor does not take every actor of its state with it.
        var byId = raw.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var actors = Unique(raw.Where(a => Check("actor", a.Id, rules.ActorProblem(a, id => byId.GetValueOrDefault(id)), problems)), a => a.Id, "actor", problems);
        var actorsById = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);

        var sources = new List<Source>();
        foreach (var source in Unique(Keep(sourceRows.Select(r => r["source"]), RecordMapping.ToSource, "source", problems), s => s.Id, "source", problems))
        {
            if (!Check("source", source.Id, ModelRules.SourceProblem(source), problems))
                continue;
            if (source.Url is { } url && !ModelRules.IsLinkable(url))
            {
                problems.Add(new DataProblem("source", source.Id, $"Source '{source.Id}': the address is not an http or https link.", DataProblem.LinkRemoved));
                sources.Add(source with { Url = null });
                continue;
            }
            sources.Add(source);
        }
        var sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);

        var relations = Unique(ById(Keep(relationRows.Select(r => r["relation"]), RecordMapping.ToRelation, "relation", problems))
                .Where(r => Check("relation", r.Id, rules.RelationProblem(r, actorsById.GetValueOrDefault, sourcesById.GetValueOrDefault), problems)),
            r => r.Id, "relation", problems);
        return new SnapshotRead(actors, relations, sources, problems);
    }

    /// <summary>The relations by id, those of one id in the order read (a stable sort: the first read is the one served).</summary>
    private static List<Relation> ById(List<Relation> relations)
    {
        var order = new int[relations.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        var keys = relations.ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(keys[x].Id, keys[y].Id) is var c and not 0 ? c : x.CompareTo(y));
        var sorted = new List<Relation>(keys.Length);
        foreach (var i in order)
            sorted.Add(keys[i]);
        return sorted;
    }

    private static List<T> Keep<T>(IEnumerable<object?> values, Func<object?, T> read, string record, List<DataProblem> problems)
    {
        var kept = new List<T>();
        foreach (var value in values)
        {
            try
            {
                kept.Add(read(value));
            }
            catch (AppFailure e) when (e.Kind == FailureKind.DataError)
            {
                problems.Add(new DataProblem(record, IdOf(value), e.Message, DataProblem.LeftOut));
            }
        }
        return kept;
    }

    // The first record of an id is served, every later one reported: ids are unique in a valid store.
    private static List<T> Unique<T>(IEnumerable<T> records, Func<T, string> idOf, string record, List<DataProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var item in records)
        {
            if (seen.Add(idOf(item)))
                kept.Add(item);
            else
                problems.Add(new DataProblem(record, idOf(item), $"Another {record} has the id '{idOf(item)}' {ModelRules.RepeatedIdWords}; the first one read is served).", DataProblem.LeftOut));
        }
        return kept;
    }

    private static bool Check(string record, string id, string? problem, List<DataProblem> problems)
    {
        if (problem is null)
            return true;
        problems.Add(new DataProblem(record, id, problem, DataProblem.LeftOut));
        return false;
    }

    private static string IdOf(object? value) =>
        value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("id", out var id) && id is not null ? id.ToString()! : "";
}
