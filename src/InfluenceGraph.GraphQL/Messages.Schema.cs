namespace InfluenceGraph.GraphQL;

internal static partial class Messages
{
    public const string QueryTypeMissing = "Query root type must be provided.";

    public static string DuplicateType(string name) => $"Schema must contain uniquely named types but contains multiple types named \"{name}\".";

    public static string InvalidTypeName(string name) => $"Type name \"{name}\" is not a valid GraphQL name or starts with the reserved \"__\".";

    public static string InvalidName(string coordinate) => $"Name of \"{coordinate}\" is not a valid GraphQL name or starts with the reserved \"__\".";

    public static string EmptyEnum(string name) => $"Enum type {name} must define one or more values.";

    public static string TypeWithoutFields(string name) => $"Type {name} must define one or more fields.";

    public static string UnionWithoutMembers(string name) => $"Union type {name} must define one or more member types.";

    public static string RootTypeNotObject(string operation, string name) => $"The {operation} root type \"{name}\" must be an object type defined in the schema.";

    public static string ImplementsNonInterface(string type, string name) => $"Type {type} must only implement Interface types, it cannot implement \"{name}\".";

    public static string UnionMemberNotObject(string union, string name) => $"Union type {union} can only include Object types, it cannot include \"{name}\".";

    public static string FieldTypeNotOutput(string coordinate, string type) => $"The type of {coordinate} must be Output Type but got: {type}.";

    public static string InputTypeNotInput(string coordinate, string type) => $"The type of {coordinate} must be Input Type but got: {type}.";

    public static string UnknownTypeReference(string name, string coordinate) => $"Unknown type \"{name}\" referenced by {coordinate}.";

    public static string BadTypeNotation(string coordinate, string notation, string detail) => $"Type reference \"{notation}\" of {coordinate} is not valid GraphQL: {detail}";

    public static string OneOfFieldMustBeNullable(string type, string field) => $"OneOf input field {type}.{field} must be nullable and have no default value.";

    public static string MissingTransitiveInterface(string type, string missing, string via) =>
        $"Type {type} cannot implement {via} because it would create a circular reference or {type} must also implement {missing}.";

    public static string InterfaceFieldMissing(string iface, string field, string type) => $"Interface field {iface}.{field} expected but {type} does not provide it.";

    public static string InterfaceFieldTypeMismatch(string iface, string field, string expected, string type, string actual) =>
        $"Interface field {iface}.{field} expects type {expected} but {type}.{field} is type {actual}.";

    public static string InterfaceArgumentMismatch(string iface, string field, string argument, string type) =>
        $"Interface field argument {iface}.{field}({argument}:) expected but {type}.{field} does not provide it with the same type.";

    public static string InterfaceExtraRequiredArgument(string type, string field, string argument, string iface) =>
        $"Argument \"{type}.{field}({argument}:)\" must not be required type because it is not provided by interface {iface}.{field}.";
}
