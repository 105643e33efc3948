namespace InfluenceGraph.GraphQL;

/// <summary>Every error message of the engine, in one place; wording follows graphql-js where it has one.</summary>
internal static partial class Messages
{
    public static string IntNonInteger(string value) => $"Int cannot represent non-integer value: {value}";

    public static string IntNot32Bit(string value) => $"Int cannot represent non 32-bit signed integer value: {value}";

    public static string FloatNonNumeric(string value) => $"Float cannot represent non numeric value: {value}";

    public static string StringCannotRepresent(string value) => $"String cannot represent value: {value}";

    public static string StringNonString(string value) => $"String cannot represent a non string value: {value}";

    public static string BooleanNonBoolean(string value) => $"Boolean cannot represent a non boolean value: {value}";

    public static string IdCannotRepresent(string value) => $"ID cannot represent value: {value}";

    public static string EnumCannotRepresent(string type, string value) => $"Enum \"{type}\" cannot represent value: {value}";

    public static string EnumNonEnumValue(string type, string value) => $"Enum \"{type}\" cannot represent non-enum value: {value}.";

    public static string EnumNonStringValue(string type, string value) => $"Enum \"{type}\" cannot represent non-string value: {value}.";

    public static string ValueNotInEnum(string value, string type) => $"Value {value} does not exist in \"{type}\" enum.";
}
