namespace InfluenceGraph.GraphQL;

internal static partial class Messages
{
    public static string NotExecutable(string? name) => name is null ? "The schema definition is not executable." : $"The \"{name}\" definition is not executable.";

    public static string DuplicateOperationName(string name) => $"There can be only one operation named \"{name}\".";

    public const string AnonymousOperationNotAlone = "This anonymous operation must be the only defined operation.";

    public static string SubscriptionSingleField(string? name) => $"{SubscriptionName(name)} must select only one top level field.";

    public static string SubscriptionIntrospectionField(string? name) => $"{SubscriptionName(name)} must not select an introspection top level field.";

    public static string SubscriptionConditionalRoot(string? name) => $"{SubscriptionName(name)} must not use `@skip` or `@include` directives in the top level selection.";

    public static string OperationTypeNotSupported(string operation) => $"The {operation} operation is not supported by the schema.";

    public static string UnknownType(string name) => $"Unknown type \"{name}\".";

    public static string FragmentOnNonComposite(string? fragment, string type) => fragment is null
        ? $"Fragment cannot condition on non composite type \"{type}\"."
        : $"Fragment \"{fragment}\" cannot condition on non composite type \"{type}\".";

    public static string VariableNotInputType(string name, string type) => $"Variable \"${name}\" cannot be non-input type \"{type}\".";

    public static string LeafWithSelection(string field, string type) => $"Field \"{field}\" must not have a selection since type \"{type}\" has no subfields.";

    public static string CompositeWithoutSelection(string field, string type) => $"Field \"{field}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{field} {{ ... }}\"?";

    public static string UnknownField(string field, string type) => $"Cannot query field \"{field}\" on type \"{type}\".";

    public static string DuplicateFragmentName(string name) => $"There can be only one fragment named \"{name}\".";

    public static string UnknownFragment(string name) => $"Unknown fragment \"{name}\".";

    public static string UnusedFragment(string name) => $"Fragment \"{name}\" is never used.";

    public static string ImpossibleSpread(string? fragment, string parent, string type) => fragment is null
        ? $"Fragment cannot be spread here as objects of type \"{parent}\" can never be of type \"{type}\"."
        : $"Fragment \"{fragment}\" cannot be spread here as objects of type \"{parent}\" can never be of type \"{type}\".";

    public static string FragmentCycle(string name, IReadOnlyList<string> via) => via.Count == 0
        ? $"Cannot spread fragment \"{name}\" within itself."
        : $"Cannot spread fragment \"{name}\" within itself via {string.Join(", ", via.Select(v => $"\"{v}\""))}.";

    public static string DuplicateVariable(string name) => $"There can be only one variable named \"${name}\".";

    public static string UndefinedVariable(string name, string? operation) => operation is null
        ? $"Variable \"${name}\" is not defined."
        : $"Variable \"${name}\" is not defined by operation \"{operation}\".";

    public static string UnusedVariable(string name, string? operation) => operation is null
        ? $"Variable \"${name}\" is never used."
        : $"Variable \"${name}\" is never used in operation \"{operation}\".";

    public static string UnknownDirective(string name) => $"Unknown directive \"@{name}\".";

    public static string MisplacedDirective(string name, string location) => $"Directive \"@{name}\" may not be used on {location}.";

    public static string DuplicateDirective(string name) => $"The directive \"@{name}\" can only be used once at this location.";

    public static string UnknownFieldArgument(string argument, string parent, string field) => $"Unknown argument \"{argument}\" on field \"{parent}.{field}\".";

    public static string UnknownDirectiveArgument(string argument, string directive) => $"Unknown argument \"{argument}\" on directive \"@{directive}\".";

    public static string DuplicateArgument(string name) => $"There can be only one argument named \"{name}\".";

    public static string MissingFieldArgument(string parent, string field, string argument, string type) =>
        $"Argument \"{parent}.{field}({argument}:)\" of type \"{type}\" is required, but it was not provided.";

    public static string MissingDirectiveArgument(string directive, string argument, string type) =>
        $"Argument \"@{directive}({argument}:)\" of type \"{type}\" is required, but it was not provided.";

    public static string VariableBadPosition(string name, string variableType, string expectedType) =>
        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{expectedType}\".";

    public static string DuplicateInputField(string name) => $"There can be only one input field named \"{name}\".";

    public static string ExpectedValueOfType(string type, string found) => $"Expected value of type \"{type}\", found {found}.";

    public static string ExpectedValueOfTypeDetail(string type, string found, string detail) => $"Expected value of type \"{type}\", found {found}; {detail}";

    public static string MissingInputField(string type, string field, string found) =>
        $"Expected value of type \"{type}\" to include required field \"{field}\", found: {found}.";

    public static string UnknownInputField(string type, string field, string found) =>
        $"Expected value of type \"{type}\" not to include unknown field \"{field}\", found: {found}.";

    public static string OneOfLiteral(string type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    public static string OneOfVariableNullable(string variable, string type) =>
        $"Variable \"${variable}\" must be non-nullable to be used for OneOf Input Object \"{type}\".";

    public static string IdLiteral(string value) => $"ID cannot represent a non-string and non-integer value: {value}";

    public const string IntrospectionTooDeep = "Maximum introspection depth exceeded";

    public static string FieldsConflict(string key, string reason) =>
        $"Fields \"{key}\" conflict because {reason}. Use different aliases on the fields to fetch both if this was intentional.";

    private static string SubscriptionName(string? name) => name is null ? "Anonymous Subscription" : $"Subscription \"{name}\"";
}
