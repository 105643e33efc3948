using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests;

/// <summary>Small schemas on GraphQL.NET for the runner's tests: rows to count, a slow field, a counter of resolver calls.</summary>
internal static class TestSchemas
{
    public const string RowsSdl = """
        type Row { n: Int! next: Row rows(first: Int): [Row!]! }
        type Query { rows(first: Int): [Row!]! row: Row slow: Int calls: Int pick(ids: [ID!]): Int }
        type Mutation { touch: Int }
        """;

    /// <summary>Rows counted from zero, each with a next row and rows of its own; slow waits for its token.</summary>
    public static ISchema Rows(Action? onResolve = null)
    {
        var builder = new SdlSchemaBuilder();
        object RowsOf(IResolveFieldContext c)
        {
            onResolve?.Invoke();
            return Enumerable.Range(0, c.GetArgument<int?>("first") ?? 3).Select(n => new Row(n)).ToList();
        }
        builder.Types.For("Query").FieldFor("rows").Resolver = new FuncFieldResolver<object>(RowsOf);
        builder.Types.For("Query").FieldFor("row").Resolver = new FuncFieldResolver<object>(_ => new Row(0));
        builder.Types.For("Query").FieldFor("slow").Resolver = new FuncFieldResolver<object>(async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return 1;
        });
        builder.Types.For("Row").FieldFor("rows").Resolver = new FuncFieldResolver<object>(RowsOf);
        builder.Types.For("Row").FieldFor("next").Resolver = new FuncFieldResolver<object>(c => new Row(((Row)c.Source!).N + 1));
        builder.Types.For("Mutation").FieldFor("touch").Resolver = new FuncFieldResolver<object>(_ => 1);
        var schema = builder.Build(RowsSdl);
        schema.Initialize();
        return schema;
    }

    public sealed record Row(int N);
}
