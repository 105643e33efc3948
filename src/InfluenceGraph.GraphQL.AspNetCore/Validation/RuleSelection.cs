using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.AspNetCore.Validation;

/// <summary>
/// The validation rules a document needs: all of the runner's document rules, less those that provably cannot report
/// anything on it, judged by one walk over its tree. A rule is left out only when the document lacks every node the
/// rule inspects (no fragment at all: the fragment rules; no directive: the directive rules; one operation: the
/// operation-name rules; no subscription: the single-root-field rule; only executable definitions: that rule), and
/// OverlappingFieldsCanBeMerged only when, with no fragment to merge, no selection set holds two fields of the same
/// response name (the spec's FieldsInSetCanMerge then has no pair to compare, at any depth). GraphQL.NET visits the
/// tree once for all rules, but each rule's visitor is called on every node, so each rule left out saves work per node.
/// </summary>
public static partial class RuleSelection
{
    [Flags]
    public enum Absent
    {
        None = 0,
        Fragments = 1,
        Directives = 2,
        SecondOperation = 4,
        Subscription = 8,
        NonExecutable = 16,
        SameResponseName = 32,
    }

    private const int Combinations = 64;

    /// <summary>The rules a full validation runs, in GraphQL.NET's order, then the two that GraphQL.NET 8 lacks.</summary>
    public static readonly IValidationRule[] All =
        [.. DocumentValidator.CoreRules, ExecutableDefinitionsRule.Instance, MaxIntrospectionDepthRule.Instance];

    private static readonly IValidationRule[] NoIntrospection = [NoIntrospectionValidationRule.Instance];

    // Per combination of absences, and with or without the rule that refuses introspection: built once each.
    private static readonly IValidationRule[]?[] Chosen = new IValidationRule[Combinations * 2][];

    /// <summary>The rules that read only the request (none, or the one that refuses introspection).</summary>
    public static IValidationRule[] RequestRules(bool allowIntrospection) => allowIntrospection ? [] : NoIntrospection;

    /// <summary>The rules a document not validated before needs: <see cref="For(Absent, bool)"/> of its absences.</summary>
    public static IValidationRule[] For(GraphQLDocument document, bool allowIntrospection) =>
        For(Absences(document), allowIntrospection);

    /// <summary>The document rules <paramref name="absent"/> leaves in, then the request rules.</summary>
    public static IValidationRule[] For(Absent absent, bool allowIntrospection)
    {
        var index = (int)absent * 2 + (allowIntrospection ? 0 : 1);
        return Chosen[index] ??= [.. All.Where(rule => !Redundant(rule, absent)), .. RequestRules(allowIntrospection)];
    }

    private static bool Redundant(IValidationRule rule, Absent absent) => rule switch
    {
        UniqueFragmentNames or KnownFragmentNames or NoUnusedFragments or PossibleFragmentSpreads or NoFragmentCycles
            or FragmentsOnCompositeTypes => absent.HasFlag(Absent.Fragments),
        KnownDirectivesInAllowedLocations or UniqueDirectivesPerLocation => absent.HasFlag(Absent.Directives),
        UniqueOperationNames or LoneAnonymousOperation => absent.HasFlag(Absent.SecondOperation),
        SingleRootFieldSubscriptions => absent.HasFlag(Absent.Subscription),
        ExecutableDefinitionsRule => absent.HasFlag(Absent.NonExecutable),
        OverlappingFieldsCanBeMerged => absent.HasFlag(Absent.Fragments | Absent.SameResponseName),
        _ => false,
    };
}
