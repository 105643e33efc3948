using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InfluenceGraph.GraphQL.AspNetCore;
using GraphQLParser.AST;

namespace InfluenceGraph.GraphQL.ConformanceHost;

/// <summary>
/// GraphQL.NET's schema-first builder with every field bound to the static data: object fields resolve through
/// <see cref="StaticResolver"/>, subscription fields stream their event arrays, abstract types resolve from the data's
/// "__typename", and an object type raises an error value (a failing list item) as the field error of that item.
/// </summary>
internal sealed class StaticSchemaBuilder(StaticResolver resolver) : SdlSchemaBuilder
{
    private ISchema? _schema;

    public override global::GraphQL.Types.Schema Build(string typeDefinitions)
    {
        var schema = base.Build(typeDefinitions);
        _schema = schema;
        return schema;
    }

    protected override FieldType ToSubscriptionFieldType(string parentTypeName, GraphQLFieldDefinition fieldDef)
    {
        var field = base.ToSubscriptionFieldType(parentTypeName, fieldDef);
        field.StreamResolver ??= new SourceStreamResolver<object>(context => new AsyncEnumerableObservable(resolver.Subscribe(context)));
        field.Resolver ??= new FuncFieldResolver<object>(resolver.ResolveEvent);
        return field;
    }

    protected override IObjectGraphType ToObjectGraphType(GraphQLObjectTypeDefinition astType, bool isExtensionType = false)
    {
        var type = (ObjectGraphType)base.ToObjectGraphType(astType, isExtensionType);
        // A failing list item arrives as its ExecutionError: raised here, it becomes a field error at the item's index.
        type.SkipTypeCheck = false;
        type.IsTypeOf = value => value is ExecutionError error ? throw error : true;
        foreach (var field in type.Fields)
            field.Resolver ??= new FuncFieldResolver<object>(resolver.Resolve);
        return type;
    }

    protected override InterfaceGraphType ToInterfaceType(GraphQLInterfaceTypeDefinition interfaceDef)
    {
        var type = base.ToInterfaceType(interfaceDef);
        type.ResolveType = ByTypeName;
        return type;
    }

    protected override UnionGraphType ToUnionType(GraphQLUnionTypeDefinition unionDef)
    {
        var type = base.ToUnionType(unionDef);
        type.ResolveType = ByTypeName;
        return type;
    }

    private IObjectGraphType? ByTypeName(object value) =>
        value is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string name
            ? _schema?.AllTypes[name] as IObjectGraphType
            : null;
}
