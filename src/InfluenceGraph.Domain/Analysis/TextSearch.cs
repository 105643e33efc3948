using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain.Analysis;

/// <summary>Where a search's text was found.</summary>
public static class SearchFields
{
    public const string Name = "NAME";
    public const string Alias = "ALIAS";
    public const string Description = "DESCRIPTION";
    public const string Quote = "QUOTE";
}

/// <summary>One place the text was found: an actor (its name, an alias or its description) or a relation (its quote).</summary>
public sealed record SearchHit(string Field, Actor? Actor, Relation? Relation, string Excerpt);

/// <summary>The hits from position <c>skip</c> on, how many there are in all, and whether more follow.</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int TotalCount, bool HasMore);

/// <summary>
/// Finds text, ignoring case, in actors' names, aliases and descriptions and in relations' quotes. Actors come first,
/// each once where it matches best (names, then aliases, then descriptions, each group in the order given), then the
/// relations whose quote holds the text in the order given. One pass over each list; only the asked page's hits are
/// built, so a common word over a million quotes costs a scan, not a million results.
/// </summary>
public static class TextSearch
{
    /// <summary>How many characters of context an excerpt keeps on each side of the match.</summary>
    public const int ExcerptContext = 60;

    private const int CancellationStride = 4096;

    public static SearchResult Find(IEnumerable<Actor> actors, IEnumerable<Relation> relations, string text, int skip, int take,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var byName = new List<Actor>();
        var byAlias = new List<(Actor Actor, string Alias)>();
        var byDescription = new List<Actor>();
        var seen = 0;
        foreach (var actor in actors)
        {
            if (++seen % CancellationStride == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (Holds(actor.Name, text))
                byName.Add(actor);
            else if (actor.Aliases.FirstOrDefault(alias => Holds(alias, text)) is { } alias)
                byAlias.Add((actor, alias));
            else if (actor.Description is { } description && Holds(description, text))
                byDescription.Add(actor);
        }

        var hits = new List<SearchHit>(Math.Min(take, 1024));
        var end = skip + take;
        var position = 0;
        void Offer(Func<SearchHit> hit)
        {
            if (position >= skip && position < end)
                hits.Add(hit());
            position++;
        }

        foreach (var actor in byName)
            Offer(() => new SearchHit(SearchFields.Name, actor, null, actor.Name));
        foreach (var (actor, alias) in byAlias)
            Offer(() => new SearchHit(SearchFields.Alias, actor, null, alias));
        foreach (var actor in byDescription)
            Offer(() => new SearchHit(SearchFields.Description, actor, null, Excerpt(actor.Description!, text)));
        seen = 0;
        foreach (var relation in relations)
        {
            if (++seen % CancellationStride == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (Holds(relation.Quote, text))
                Offer(() => new SearchHit(SearchFields.Quote, null, relation, Excerpt(relation.Quote, text)));
        }
        return new SearchResult(hits, position, position > end);
    }

    private static bool Holds(string field, string text) => field.Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The match with up to <see cref="ExcerptContext"/> characters either side, cut at spaces, marked with '…' where cut.</summary>
    public static string Excerpt(string field, string text)
    {
        var at = field.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return field.Length <= 2 * ExcerptContext ? field : field[..(2 * ExcerptContext)] + "…";
        var start = Math.Max(0, at - ExcerptContext);
        var stop = Math.Min(field.Length, at + text.Length + ExcerptContext);
        if (start > 0 && field.IndexOf(' ', start, at - start) is var space and >= 0)
            start = space + 1;
        if (stop < field.Length && field.LastIndexOf(' ', stop - 1, stop - (at + text.Length)) is var last and >= 0)
            stop = last;
        return (start > 0 ? "…" : "") + field[start..stop] + (stop < field.Length ? "…" : "");
    }
}
