using GraphQL;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// The paginated fields (actorsPage, relationsPage, contestedPage, Graph's and Actor's pages, Changes' pages) and the
/// guard that keeps each unpaginated list of the contract to GraphQL:MaxListItems, naming the field to page with.
/// </summary>
public static partial class InfluenceSchema
{
    private const string ActorList = "actors";
    private const string RelationList = "relations";
    private const string ShiftList = "movers";
    private const string SearchList = "search";
    private const int MinSearchText = 2;
    private const int MaxSearchText = 200;

    private static void BindPages(SchemaBindings bind)
    {
        bind.FieldAsync("Query", "actorsPage", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var kind = Arguments.String(c, "kind");
            var search = Arguments.String(c, "search")?.Trim();
            Func<Actor, bool>? keep = kind is null && string.IsNullOrEmpty(search) ? null : a => (kind is null || a.Kind == kind) && Matches(a, search);
            return ActorPage(c, snapshot, keep);
        }));
        bind.FieldAsync("Query", "search", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var text = SearchText(Arguments.String(c, "text"));
            var after = Arguments.String(c, "after");
            var skip = after is null ? 0 : Pages.PositionAfter(after, SearchList);
            var found = TextSearch.Find(snapshot.ActorSet, snapshot.RelationSet, text, skip, First(c), c.CancellationToken);
            var end = skip + found.Hits.Count;
            return new PageView<SearchHit>(found.Hits,
                new PageInfoView(found.Hits.Count == 0 ? null : Pages.Encode(SearchList, (end - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), found.HasMore),
                found.TotalCount);
        }));
        bind.FieldAsync("Query", "relationsPage", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var actor = Arguments.String(c, "actor");
            var filter = AnalysisFilter(c, snapshot);
            return actor is null
                ? RelationPage(c, snapshot.RelationSet, filter == RelationFilter.None ? null : filter.Accepts)
                : Pages.Of(snapshot.RelationsOf(actor).Where(filter.Accepts).ToList(), RelationList, r => r.Id, First(c), Arguments.String(c, "after"));
        }));
        bind.FieldAsync("Query", "contestedPage", static c => WithSnapshot(c, static (snapshot, c) =>
            Pages.Of(snapshot.ContestedUnder(Arguments.Filter(c)), RelationList, r => r.Id, First(c), Arguments.String(c, "after"))));
        bind.Field("Graph", "actorsPage", static c =>
        {
            var graph = (GraphView)c.Source!;
            return Pages.Of(graph.Actors, ActorList, ActorKey, First(c), Arguments.String(c, "after"));
        });
        bind.Field("Graph", "relationsPage", static c =>
        {
            var graph = (GraphView)c.Source!;
            return Pages.Of(graph.Relations, RelationList, r => r.Id, First(c), Arguments.String(c, "after"));
        });
        bind.Field("Graph", "actors", static c => Bounded(c, ((GraphView)c.Source!).Actors, "graph.actors", "graph { actorsPage(first, after) }"));
        bind.Field("Graph", "relations", static c => Bounded(c, ((GraphView)c.Source!).Relations, "graph.relations", "graph { relationsPage(first, after) }"));
        bind.FieldAsync("Actor", "relationsPage", static c => WithSnapshot(c, static (snapshot, c) =>
            Pages.Of(Arguments.Filter(c).Apply(snapshot.RelationsOf(((Actor)c.Source!).Id)).ToList(), RelationList, r => r.Id, First(c), Arguments.String(c, "after"))));
        bind.Field("Changes", "appeared", static c => Bounded(c, ((ChangesView)c.Source!).Appeared, "changes.appeared", "changes { appearedPage(first, after) }"));
        bind.Field("Changes", "ended", static c => Bounded(c, ((ChangesView)c.Source!).Ended, "changes.ended", "changes { endedPage(first, after) }"));
        bind.Field("Changes", "movers", static c => Bounded(c, ((ChangesView)c.Source!).Movers, "changes.movers", "changes { moversPage(first, after) }"));
        bind.Field("Changes", "appearedPage", static c =>
            Pages.Of(((ChangesView)c.Source!).Appeared.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), RelationList, r => r.Id, First(c), Arguments.String(c, "after")));
        bind.Field("Changes", "endedPage", static c =>
            Pages.Of(((ChangesView)c.Source!).Ended.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), RelationList, r => r.Id, First(c), Arguments.String(c, "after")));
        bind.Field("Changes", "moversPage", static c => Pages.ByPosition(((ChangesView)c.Source!).Movers, ShiftList, First(c), Arguments.String(c, "after")));
    }

    private static string SearchText(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length is < MinSearchText or > MaxSearchText
            ? throw AppFailure.InvalidInput($"'text' must be {MinSearchText} to {MaxSearchText} characters after trimming, not {trimmed.Length}.")
            : trimmed;
    }

    private static PageView<Actor> ActorPage(IResolveFieldContext c, GraphSnapshot snapshot, Func<Actor, bool>? keep) =>
        Pages.Of(snapshot.ActorSet, ActorList, ActorKey, ActorProbe, keep, First(c), Arguments.String(c, "after"));

    private static PageView<Relation> RelationPage(IResolveFieldContext c, System.Collections.Immutable.ImmutableSortedSet<Relation> set, Func<Relation, bool>? keep) =>
        Pages.Of(set, RelationList, r => r.Id, RelationProbe, keep, First(c), Arguments.String(c, "after"));

    private static int First(IResolveFieldContext c) => Pages.First(Arguments.Int(c, "first", 100), Context(c).Settings.MaxPageSize);

    // Actors are in name order, ties by id: the cursor key holds both, apart by a character no name contains.
    private static string ActorKey(Actor actor) => actor.Name + "\u0000" + actor.Id;

    private static Actor ActorProbe(string key)
    {
        var split = key.LastIndexOf('\u0000');
        return split < 0 ? new Actor("", key, "", [], null, null) : new Actor(key[(split + 1)..], key[..split], "", [], null, null);
    }

    private static Relation RelationProbe(string id) => new(id, "", "", "", 0, "", [], null, null, "", "");

    private static bool Matches(Actor actor, string? search) =>
        string.IsNullOrEmpty(search)
        || actor.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || actor.Id.Contains(search, StringComparison.OrdinalIgnoreCase)
        || actor.Aliases.Any(alias => alias.Contains(search, StringComparison.OrdinalIgnoreCase));

    /// <summary>An unpaginated list of the contract, up to GraphQL:MaxListItems; beyond, a clear error naming the paginated field.</summary>
    private static IReadOnlyList<T> Bounded<T>(IResolveFieldContext c, IReadOnlyList<T> items, string field, string paginated)
    {
        var max = Context(c).Settings.MaxListItems;
        return items.Count <= max
            ? items
            : throw new AppFailure(FailureKind.TooLarge,
                $"'{field}' would answer {items.Count:N0} items, more than the {max:N0} an unpaginated list answers (GraphQL:MaxListItems); ask {paginated} instead.");
    }
}
