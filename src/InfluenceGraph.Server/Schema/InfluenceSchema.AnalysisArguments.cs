using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>Argument reading and validation for the analysis fields; every message is here.</summary>
public static partial class InfluenceSchema
{
    private const int MaxStrongestPaths = 20;
    private const int MaxStrongestPathLength = 6;

    private const string ClaimedByDescription =
        "Narrative: the relations as claimed by this actor. CONFIRMED relations count, and CLAIMED, DISPUTED or DENIED " +
        "ones whose claimedBy includes an actor of this actor's side: the actor itself, its state (its 'country') and " +
        "every actor whose country is the actor or its state. Claims made only by others (the adversary's among them) and " +
        "denied relations nobody on the side asserts are left out.";

    private const string AnalysisFilterArgs =
        "Only relations active on 'asOf', of the given 'types' and 'status', in the 'claimedBy' narrative count; " +
        "DENIED relations count only when asked for by 'status' or asserted by the 'claimedBy' side.";

    private static string UnknownActor(string argument, string id) => $"Unknown actor '{id}' in '{argument}'.";

    private static string OutOfRange(string argument, int value, int min, int max) =>
        $"'{argument}' must be between {min} and {max}, not {value}.";

    private static string DatesOutOfOrder(DateOnly from, DateOnly to) =>
        $"'from' ({from:yyyy-MM-dd}) must not be after 'to' ({to:yyyy-MM-dd}).";

    private static string SamePoles(string id) => $"The two poles must differ, not both '{id}'.";

    private static string SameActors(string a, string b, string id) => $"'{a}' and '{b}' must be two different actors, not both '{id}'.";

    /// <summary>The actor id of argument <paramref name="name"/>, which must be a known actor (when given).</summary>
    private static string? KnownActor(ResolveContext ctx, GraphSnapshot snapshot, string name) =>
        KnownActor(snapshot, name, Arguments.String(ctx, name));

    private static string? KnownActor(GraphSnapshot snapshot, string name, string? id) =>
        id is null || snapshot.ActorsById.ContainsKey(id) ? id : throw new GraphQLException(UnknownActor(name, id));

    /// <summary>The filter of asOf, types, status and claimedBy.</summary>
    private static RelationFilter AnalysisFilter(ResolveContext ctx, GraphSnapshot snapshot) =>
        Arguments.Filter(ctx) with { Narrative = snapshot.NarrativeOf(KnownActor(ctx, snapshot, "claimedBy")) };

    /// <summary>The poles argument (default India, Pakistan), both known actors and distinct.</summary>
    private static (string Positive, string Negative) KnownPoles(ResolveContext ctx, GraphSnapshot snapshot)
    {
        var (positive, negative) = Arguments.Poles(ctx);
        KnownActor(snapshot, "poles", positive);
        KnownActor(snapshot, "poles", negative);
        return positive == negative ? throw new GraphQLException(SamePoles(positive)) : (positive, negative);
    }

    /// <summary>A NarrativeInput value: { status, claimedBy, asOf, types }, each optional.</summary>
    private static RelationFilter NarrativeFilter(ResolveContext ctx, GraphSnapshot snapshot, string name)
    {
        var input = ctx.Arguments.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var claimedBy = KnownActor(snapshot, $"{name}.claimedBy", input.GetValueOrDefault("claimedBy") as string);
        return new RelationFilter(
            input.GetValueOrDefault("asOf") as DateOnly?,
            (input.GetValueOrDefault("types") as IEnumerable<object?>)?.OfType<string>().ToArray(),
            (input.GetValueOrDefault("status") as IEnumerable<object?>)?.OfType<string>().ToArray(),
            snapshot.NarrativeOf(claimedBy));
    }

    private static int BoundedInt(ResolveContext ctx, string name, int fallback, int min, int max)
    {
        var value = Arguments.Int(ctx, name, fallback);
        return value < min || value > max ? throw new GraphQLException(OutOfRange(name, value, min, max)) : value;
    }
}
