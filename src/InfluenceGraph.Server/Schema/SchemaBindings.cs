using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using GraphQLParser;
using GraphQLParser.AST;

namespace InfluenceGraph.Server.Schema;

/// <summary>
/// Binds resolvers to the fields of schema.graphql by type and field name, through GraphQL.NET's schema-first
/// <see cref="SchemaBuilder"/>, and checks that every binding names a field the SDL declares: a typo in a binding
/// fails at start-up instead of leaving a field on its default resolver.
/// </summary>
internal sealed class SchemaBindings(SchemaBuilder builder)
{
    private readonly List<(string Type, string Field)> _bound = [];

    /// <summary>A resolver that answers at once (most fields: they read the request's loaded snapshot).</summary>
    public void Field(string type, string field, Func<IResolveFieldContext, object?> resolve)
    {
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object>(resolve);
        _bound.Add((type, field));
    }

    /// <summary>A resolver that may have to wait (for the snapshot's first load, or for a write).</summary>
    public void FieldAsync(string type, string field, Func<IResolveFieldContext, ValueTask<object?>> resolve)
    {
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object>(resolve);
        _bound.Add((type, field));
    }

    /// <summary>A subscription field: its source stream, and each event as the field's value.</summary>
    public void Stream(string type, string field, Func<IResolveFieldContext, IObservable<object?>> stream)
    {
        var config = builder.Types.For(type).FieldFor(field);
        config.StreamResolver = new SourceStreamResolver<object>(stream);
        config.Resolver = new FuncFieldResolver<object>(context => context.Source);
        _bound.Add((type, field));
    }

    /// <summary>Throws when a binding names a type or field that <paramref name="sdl"/> does not declare.</summary>
    public void CheckAgainst(string sdl)
    {
        var declared = new HashSet<(string, string)>();
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            if (definition is GraphQLObjectTypeDefinition type && type.Fields is { } fields)
                foreach (var field in fields)
                    declared.Add((type.Name.StringValue, field.Name.StringValue));
        }
        var unknown = _bound.Where(b => !declared.Contains(b)).Select(b => $"{b.Type}.{b.Field}").ToArray();
        if (unknown.Length > 0)
            throw new InvalidOperationException($"Resolvers are bound to fields that schema.graphql does not declare: {string.Join(", ", unknown)}.");
    }
}
