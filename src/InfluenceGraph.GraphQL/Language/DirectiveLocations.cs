namespace InfluenceGraph.GraphQL.Language;

/// <summary>ExecutableDirectiveLocation and TypeSystemDirectiveLocation (spec 3.13).</summary>
public static class DirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";
    public const string Schema = "SCHEMA";
    public const string Scalar = "SCALAR";
    public const string Object = "OBJECT";
    public const string FieldDefinition = "FIELD_DEFINITION";
    public const string ArgumentDefinition = "ARGUMENT_DEFINITION";
    public const string Interface = "INTERFACE";
    public const string Union = "UNION";
    public const string Enum = "ENUM";
    public const string EnumValue = "ENUM_VALUE";
    public const string InputObject = "INPUT_OBJECT";
    public const string InputFieldDefinition = "INPUT_FIELD_DEFINITION";

    // Not in the Sept 2025 edition's list, but graphql-js 16.9+ and 17 accept @deprecated on directive definitions.
    public const string DirectiveDefinition = "DIRECTIVE_DEFINITION";

    public static IReadOnlyList<string> All { get; } =
    [
        Query, Mutation, Subscription, Field, FragmentDefinition, FragmentSpread, InlineFragment, VariableDefinition,
        Schema, Scalar, Object, FieldDefinition, ArgumentDefinition, Interface, Union, Enum, EnumValue, InputObject, InputFieldDefinition, DirectiveDefinition,
    ];

    public static bool IsKnown(string name) => All.Contains(name);
}
