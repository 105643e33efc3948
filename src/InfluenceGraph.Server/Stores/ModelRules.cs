using InfluenceGraph.Domain;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Stores;

/// <summary>
/// The rules every stored record keeps (DESIGN.md's data model and the relation catalog), in one place: mutations
/// refuse a record that breaks one, scripts and the seed apply nothing that breaks one, and a store that already
/// holds such a record (older data, a Neo4j edited by hand) leaves it out of what it serves and reports it.
/// Each method answers the first rule broken, in words that name the field, or null.
/// </summary>
public sealed class ModelRules(RelationCatalog catalog)
{
    public const int MaxIdLength = 100;
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4_000;
    public const int MaxAliases = 50;
    public const int MaxClaimedBy = 20;

    /// <summary>The error class a script that breaks a rule fails with (as `cypher apply` prints it: FILE:LINE:COLUMN: ModelRuleBroken: ...).</summary>
    public const string RuleBroken = "ModelRuleBroken";

    /// <summary>How the problem of a repeated id goes on after "Another relation has the id 'x'".</summary>
    public const string RepeatedIdWords = "too (ids are unique";

    public RelationCatalog Catalog => catalog;

    public string? ActorProblem(Actor actor, Func<string, Actor?> findActor)
    {
        if (!IsSlug(actor.Id))
            return $"Actor id '{Clip(actor.Id)}' is not a lowercase slug (letters, digits and single hyphens, at most {MaxIdLength} characters, e.g. 'asim-munir').";
        if (string.IsNullOrWhiteSpace(actor.Name))
            return $"Actor '{actor.Id}': the name must not be empty.";
        if (actor.Name.Length > MaxNameLength)
            return $"Actor '{actor.Id}': the name is {actor.Name.Length} characters long; at most {MaxNameLength} are accepted.";
        if (!ActorKinds.All.Contains(actor.Kind))
            return $"Actor '{actor.Id}': kind '{Clip(actor.Kind)}' is not one of {string.Join(", ", ActorKinds.All)}.";
        if (actor.Aliases.Count > MaxAliases || actor.Aliases.Any(a => a.Length > MaxNameLength))
            return $"Actor '{actor.Id}': at most {MaxAliases} aliases of at most {MaxNameLength} characters each are accepted.";
        if (actor.Description is { Length: > MaxTextLength })
            return $"Actor '{actor.Id}': the description is {actor.Description.Length} characters long; at most {MaxTextLength} are accepted.";
        if (actor.Country is { } country && country != actor.Id && findActor(country) is not { Kind: ActorKinds.State })
            return $"Actor '{actor.Id}': country '{Clip(country)}' is not a state of the graph (give the id of a STATE actor, or none).";
        return null;
    }

    public string? RelationProblem(Relation relation, Func<string, Actor?> findActor, Func<string, Source?> findSource)
    {
        if (!IsRelationId(relation.Id))
            return $"Relation id '{Clip(relation.Id)}' may hold only letters, digits, '-', '_', '.' and ':', at most {MaxIdLength} characters.";
        if (!catalog.Contains(relation.Type))
            return $"Relation '{relation.Id}': type '{Clip(relation.Type)}' is not in the catalog; known types: {string.Join(", ", catalog.Types.Select(t => t.Name))}.";
        foreach (var (field, id) in new[] { ("from", relation.From), ("to", relation.To) })
            if (findActor(id) is null)
                return $"Relation '{relation.Id}': unknown actor '{Clip(id)}' in '{field}'.";
        if (!ClaimStatuses.All.Contains(relation.Status))
            return $"Relation '{relation.Id}': status '{Clip(relation.Status)}' is not one of {string.Join(", ", ClaimStatuses.All)}.";
        if (double.IsNaN(relation.Weight) || relation.Weight is <= 0 or > 1)
            return $"Relation '{relation.Id}': the weight must be a number greater than 0 and at most 1, not {relation.Weight}.";
        if (relation.ClaimedBy.Count > MaxClaimedBy || relation.ClaimedBy.Distinct(StringComparer.Ordinal).Count() != relation.ClaimedBy.Count)
            return $"Relation '{relation.Id}': claimedBy must name at most {MaxClaimedBy} actors, each once.";
        foreach (var claimant in relation.ClaimedBy)
            if (findActor(claimant) is null)
                return $"Relation '{relation.Id}': unknown actor '{Clip(claimant)}' in 'claimedBy'.";
        if (relation.Since is { } since && relation.Until is { } until && until < since)
            return $"Relation '{relation.Id}': 'until' ({until:yyyy-MM-dd}) is before 'since' ({since:yyyy-MM-dd}).";
        if (string.IsNullOrWhiteSpace(relation.Quote))
            return $"Relation '{relation.Id}' needs the source's own words in 'quote'.";
        if (relation.Quote.Length > MaxTextLength)
            return $"Relation '{relation.Id}': the quote is {relation.Quote.Length} characters long; at most {MaxTextLength} are accepted.";
        if (findSource(relation.Source) is null)
            return $"Relation '{relation.Id}': unknown source '{Clip(relation.Source)}'.";
        return null;
    }

    public static string? SourceProblem(Source source) =>
        string.IsNullOrWhiteSpace(source.Id) || source.Id.Length > MaxIdLength ? "A source needs an id of at most 100 characters."
        : source.Title.Length > MaxTextLength ? $"Source '{source.Id}': the title is too long."
        : null;

    /// <summary>Whether a source's address may be offered as a link: http or https only (never javascript:, data: or file:).</summary>
    public static bool IsLinkable(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static bool IsSlug(string id) =>
        id.Length is > 0 and <= MaxIdLength
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);

    public static bool IsRelationId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    // Quoting a 200,000-character value back would make the message the problem.
    private static string Clip(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
