using InfluenceGraph.GraphQL.Language;

namespace InfluenceGraph.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip (spec 3.13.2-3), @deprecated, @specifiedBy, @oneOf.</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include", "Directs the executor to include this field or fragment only when the `if` argument is true.",
        [new InputValueDefinition("if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), false, null)],
        [DirectiveLocations.Field, DirectiveLocations.FragmentSpread, DirectiveLocations.InlineFragment], false);

    public static DirectiveDefinition Skip { get; } = new(
        "skip", "Directs the executor to skip this field or fragment when the `if` argument is true.",
        [new InputValueDefinition("if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), false, null)],
        [DirectiveLocations.Field, DirectiveLocations.FragmentSpread, DirectiveLocations.InlineFragment], false);

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated", "Marks an element of a GraphQL schema as no longer supported.",
        [new InputValueDefinition(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            BuiltInScalars.String, true, DefaultDeprecationReason)],
        [DirectiveLocations.FieldDefinition, DirectiveLocations.ArgumentDefinition, DirectiveLocations.InputFieldDefinition, DirectiveLocations.EnumValue, DirectiveLocations.DirectiveDefinition], false);

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy", "Exposes a URL that specifies the behavior of this scalar.",
        [new InputValueDefinition("url", "The URL that specifies the behavior of this scalar.", new NonNullType(BuiltInScalars.String), false, null)],
        [DirectiveLocations.Scalar], false);

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf", "Indicates exactly one field must be supplied and this field must not be `null`.",
        [], [DirectiveLocations.InputObject], false);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsBuiltIn(string name) => All.Any(d => d.Name == name);
}
