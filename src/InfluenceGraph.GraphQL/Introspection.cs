using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL;

/// <summary>The introspection types of spec 4.2 (__Schema, __Type, ...), defined with the same builder as user types.</summary>
internal static class Introspection
{
    public static void Define(SchemaBuilder b)
    {
        b.Object("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.", t =>
        {
            t.Field("description", "String").Resolve(c => c.SourceAs<Schema>().Description);
            t.Field("types", "[__Type!]!", "A list of all types supported by this server.").Resolve(c => c.SourceAs<Schema>().Types);
            t.Field("queryType", "__Type!", "The type that query operations will be rooted at.").Resolve(c => c.SourceAs<Schema>().QueryType);
            t.Field("mutationType", "__Type", "If this server supports mutation, the type that mutation operations will be rooted at.").Resolve(c => c.SourceAs<Schema>().MutationType);
            t.Field("subscriptionType", "__Type", "If this server support subscription, the type that subscription operations will be rooted at.").Resolve(c => c.SourceAs<Schema>().SubscriptionType);
            t.Field("directives", "[__Directive!]!", "A list of all directives supported by this server.").Resolve(c => c.SourceAs<Schema>().Directives);
        });
        b.Object("__Type", "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.", t =>
        {
            t.Field("kind", "__TypeKind!").Resolve(c => KindName(c.SourceAs<GraphType>().Kind));
            t.Field("name", "String").Resolve(c => (c.Source as NamedType)?.Name);
            t.Field("description", "String").Resolve(c => (c.Source as NamedType)?.Description);
            t.Field("specifiedByURL", "String").Resolve(c => (c.Source as ScalarType)?.SpecifiedByUrl);
            t.Field("fields", "[__Field!]").Argument("includeDeprecated", "Boolean", null, false)
                .Resolve(c => (c.Source as FieldsType)?.FieldList.Where(f => IncludeDeprecated(c) || !f.IsDeprecated).ToList());
            t.Field("interfaces", "[__Type!]").Resolve(c => (c.Source as FieldsType)?.Interfaces);
            t.Field("possibleTypes", "[__Type!]").Resolve(c => c.Source is NamedType { IsAbstract: true } n ? c.Schema.PossibleTypes(n) : null);
            t.Field("enumValues", "[__EnumValue!]").Argument("includeDeprecated", "Boolean", null, false)
                .Resolve(c => (c.Source as EnumType)?.Values.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList());
            t.Field("inputFields", "[__InputValue!]").Argument("includeDeprecated", "Boolean", null, false)
                .Resolve(c => (c.Source as InputObjectType)?.FieldList.Where(v => IncludeDeprecated(c) || !v.IsDeprecated).ToList());
            t.Field("ofType", "__Type").Resolve(c => c.Source switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null });
            t.Field("isOneOf", "Boolean").Resolve(c => c.Source is InputObjectType input ? input.IsOneOf : null);
        });
        b.Object("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.", t =>
        {
            t.Field("name", "String!").Resolve(c => c.SourceAs<FieldDefinition>().Name);
            t.Field("description", "String").Resolve(c => c.SourceAs<FieldDefinition>().Description);
            t.Field("args", "[__InputValue!]!").Argument("includeDeprecated", "Boolean", null, false)
                .Resolve(c => c.SourceAs<FieldDefinition>().Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
            t.Field("type", "__Type!").Resolve(c => c.SourceAs<FieldDefinition>().Type);
            t.Field("isDeprecated", "Boolean!").Resolve(c => c.SourceAs<FieldDefinition>().IsDeprecated);
            t.Field("deprecationReason", "String").Resolve(c => c.SourceAs<FieldDefinition>().DeprecationReason);
        });
        b.Object("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.", t =>
        {
            t.Field("name", "String!").Resolve(c => c.SourceAs<InputValueDefinition>().Name);
            t.Field("description", "String").Resolve(c => c.SourceAs<InputValueDefinition>().Description);
            t.Field("type", "__Type!").Resolve(c => c.SourceAs<InputValueDefinition>().Type);
            t.Field("defaultValue", "String", "A GraphQL-formatted string representing the default value for this input value.")
                .Resolve(c => c.SourceAs<InputValueDefinition>() is { HasDefaultValue: true } v ? DefaultValues.ToLiteral(v.DefaultValue, v.Type) : null);
            t.Field("isDeprecated", "Boolean!").Resolve(c => c.SourceAs<InputValueDefinition>().IsDeprecated);
            t.Field("deprecationReason", "String").Resolve(c => c.SourceAs<InputValueDefinition>().DeprecationReason);
        });
        b.Object("__EnumValue", "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.", t =>
        {
            t.Field("name", "String!").Resolve(c => c.SourceAs<EnumValueDefinition>().Name);
            t.Field("description", "String").Resolve(c => c.SourceAs<EnumValueDefinition>().Description);
            t.Field("isDeprecated", "Boolean!").Resolve(c => c.SourceAs<EnumValueDefinition>().IsDeprecated);
            t.Field("deprecationReason", "String").Resolve(c => c.SourceAs<EnumValueDefinition>().DeprecationReason);
        });
        b.Object("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.", t =>
        {
            t.Field("name", "String!").Resolve(c => c.SourceAs<DirectiveDefinition>().Name);
            t.Field("description", "String").Resolve(c => c.SourceAs<DirectiveDefinition>().Description);
            t.Field("isRepeatable", "Boolean!").Resolve(c => c.SourceAs<DirectiveDefinition>().IsRepeatable);
            t.Field("locations", "[__DirectiveLocation!]!").Resolve(c => c.SourceAs<DirectiveDefinition>().Locations);
            t.Field("args", "[__InputValue!]!").Argument("includeDeprecated", "Boolean", null, false)
                .Resolve(c => c.SourceAs<DirectiveDefinition>().Arguments.Where(a => IncludeDeprecated(c) || !a.IsDeprecated).ToList());
        });
        b.Enum("__TypeKind", "An enum describing what kind of type a given `__Type` is.", e => e
            .Value("SCALAR", "Indicates this type is a scalar.")
            .Value("OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
            .Value("INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
            .Value("UNION", "Indicates this type is a union. `possibleTypes` is a valid field.")
            .Value("ENUM", "Indicates this type is an enum. `enumValues` is a valid field.")
            .Value("INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field.")
            .Value("LIST", "Indicates this type is a list. `ofType` is a valid field.")
            .Value("NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."));
        b.Enum("__DirectiveLocation", "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.", e =>
        {
            foreach (var location in DirectiveLocations.All)
            {
                e.Value(location, LocationDescription(location));
            }
        });
    }

    private static bool IncludeDeprecated(ResolveContext context) => context.GetArgument<bool>("includeDeprecated");

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.NonNull => "NON_NULL",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static string LocationDescription(string location) => location switch
    {
        DirectiveLocations.Query => "Location adjacent to a query operation.",
        DirectiveLocations.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocations.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocations.Field => "Location adjacent to a field.",
        DirectiveLocations.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocations.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocations.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocations.VariableDefinition => "Location adjacent to a variable definition.",
        DirectiveLocations.Schema => "Location adjacent to a schema definition.",
        DirectiveLocations.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocations.Object => "Location adjacent to an object type definition.",
        DirectiveLocations.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocations.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocations.Interface => "Location adjacent to an interface definition.",
        DirectiveLocations.Union => "Location adjacent to a union definition.",
        DirectiveLocations.Enum => "Location adjacent to an enum definition.",
        DirectiveLocations.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocations.InputObject => "Location adjacent to an input object type definition.",
        DirectiveLocations.InputFieldDefinition => "Location adjacent to an input object field definition.",
        _ => "Location adjacent to a directive definition.",
    };
}
