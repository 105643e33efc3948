using GraphQL;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>Argument reading and validation for the analysis fields; every message is here.</summary>
public static partial class InfluenceSchema
{
    // The limits schema.graphql's description of strongestPaths states (a test holds the two together).
    internal const int MaxStrongestPaths = 20;
    internal const int MaxStrongestPathLength = 6;

    private static string UnknownActor(string argument, string id) => $"Unknown actor '{id}' in '{argument}'.";

    private static string OutOfRange(string argument, int value, int min, int max) =>
        $"'{argument}' must be between {min} and {max}, not {value}.";

    private static string DatesOutOfOrder(DateOnly from, DateOnly to) =>
        $"'from' ({from:yyyy-MM-dd}) must not be after 'to' ({to:yyyy-MM-dd}).";

    private static string SamePoles(string id) => $"The two poles must differ, not both '{id}'.";

    private static string SameActors(string a, string b, string id) => $"'{a}' and '{b}' must be two different actors, not both '{id}'.";

    /// <summary>The actor id of argument <paramref name="name"/>, which must be a known actor (when given).</summary>
    private static string? KnownActor(IResolveFieldContext context, GraphSnapshot snapshot, string name) =>
        KnownActor(snapshot, name, Arguments.String(context, name));

    private static string? KnownActor(GraphSnapshot snapshot, string name, string? id) =>
        id is null || snapshot.ActorsById.ContainsKey(id) ? id : throw AppFailure.NotFound(UnknownActor(name, id));

    /// <summary>The filter of asOf, types, status, claimedBy and level.</summary>
    private static RelationFilter AnalysisFilter(IResolveFieldContext context, GraphSnapshot snapshot) =>
        Arguments.Filter(context) with
        {
            Narrative = snapshot.NarrativeOf(KnownActor(context, snapshot, "claimedBy")),
            Level = Arguments.String(context, "level") == "STATES" ? AnalysisLevel.States : AnalysisLevel.Everyone,
        };

    /// <summary>Whom an actor's metrics are read from at the filter's level: itself, or at state level its principal.</summary>
    private static string At(GraphSnapshot snapshot, RelationFilter filter, string actorId) =>
        filter.Level == AnalysisLevel.States ? snapshot.Principals.GetValueOrDefault(actorId, actorId) : actorId;

    /// <summary>The poles argument (default: Explorer:Poles), both known actors and distinct (at state level: their principals).</summary>
    private static (string Positive, string Negative) KnownPoles(IResolveFieldContext context, GraphSnapshot snapshot, RelationFilter? filter = null)
    {
        var (positive, negative) = Arguments.Poles(context);
        KnownActor(snapshot, "poles", positive);
        KnownActor(snapshot, "poles", negative);
        if (filter is not null)
            (positive, negative) = (At(snapshot, filter, positive), At(snapshot, filter, negative));
        return positive == negative ? throw AppFailure.InvalidInput(SamePoles(positive)) : (positive, negative);
    }

    /// <summary>A NarrativeInput value: { status, claimedBy, asOf, types }, each optional.</summary>
    private static RelationFilter NarrativeFilter(IResolveFieldContext context, GraphSnapshot snapshot, string name)
    {
        var input = Arguments.Input(context, name);
        var claimedBy = KnownActor(snapshot, $"{name}.claimedBy", input.GetValueOrDefault("claimedBy") as string);
        return new RelationFilter(
            input.GetValueOrDefault("asOf") as DateOnly?,
            Arguments.StringList(input.GetValueOrDefault("types")),
            Arguments.StringList(input.GetValueOrDefault("status")),
            snapshot.NarrativeOf(claimedBy)) { IncludeUndated = input.GetValueOrDefault("includeUndated") is true };
    }

    private static int BoundedInt(IResolveFieldContext context, string name, int fallback, int min, int max)
    {
        var value = Arguments.Int(context, name, fallback);
        return value < min || value > max ? throw AppFailure.InvalidInput(OutOfRange(name, value, min, max)) : value;
    }
}
