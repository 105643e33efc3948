using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// GraphQL.NET's schema-first <see cref="SchemaBuilder"/>, building schemas whose introspection answers what the
/// GraphQL spec (October 2021) and graphql-js's introspection query ask: GraphQL.NET's experimental features
/// <c>RepeatableDirectives</c> (<c>__Directive.isRepeatable</c>) and <c>DeprecationOfInputValues</c>
/// (<c>includeDeprecated</c> on arguments and input fields, <c>__InputValue.isDeprecated</c>) are switched on, and
/// two members GraphQL.NET 8 does not define are added: <c>__Type.specifiedByURL</c> (spec 4.5.2.1; no scalar of ours
/// names a specification, so it answers null) and <c>includeDeprecated</c> on <c>__Directive.args</c> (September 2025
/// edition, 4.5.5). Without them the introspection query of graphql-js, and of the tools built on it, is refused whole.
/// </summary>
public class SdlSchemaBuilder : SchemaBuilder
{
    protected override global::GraphQL.Types.Schema CreateSchema()
    {
        var schema = new IntrospectionCompleteSchema(ServiceProvider, RunConfigurations);
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        return schema;
    }

    private sealed class IntrospectionCompleteSchema(IServiceProvider services, bool runConfigurations)
        : global::GraphQL.Types.Schema(services, runConfigurations)
    {
        protected override void OnBeforeInitializeType(IGraphType graphType)
        {
            if (graphType is __Type type && type.GetField("specifiedByURL") is null)
            {
                type.Field<StringGraphType>("specifiedByURL")
                    .Description("`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.")
                    .Resolve(_ => null);
            }
            if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
            {
                args.Arguments ??= [];
                args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
                args.Resolver = new FuncFieldResolver<object>(context =>
                {
                    var includeDeprecated = context.GetArgument("includeDeprecated", false);
                    return ((Directive)context.Source!).Arguments?
                        .Where(a => includeDeprecated || string.IsNullOrWhiteSpace(a.DeprecationReason)).ToArray() ?? [];
                });
            }
        }
    }
}
