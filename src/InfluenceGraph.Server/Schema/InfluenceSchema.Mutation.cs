using InfluenceGraph.GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

public static partial class InfluenceSchema
{
    private static void AddMutation(SchemaBuilder builder)
    {
        builder.InputObject("ActorInput", "An actor to create, or to replace by id.", t => t
            .Field("id", "ID!", "Lowercase slug, e.g. \"asim-munir\".")
            .Field("name", "String!")
            .Field("kind", "ActorKind!")
            .Field("aliases", "[String!]", defaultValue: null)
            .Field("country", "String")
            .Field("description", "String"));
        builder.InputObject("RelationInput", "A sourced claim to add.", t => t
            .Field("id", "ID", "Generated when left out.")
            .Field("type", "String!", "A relation type of the catalog.")
            .Field("from", "ID!")
            .Field("to", "ID!")
            .Field("weight", "Float", "In (0, 1]; default 0.5.", defaultValue: 0.5)
            .Field("status", "ClaimStatus", "Default CONFIRMED.", defaultValue: "CONFIRMED")
            .Field("claimedBy", "[ID!]", "Ids of the actors who assert it.")
            .Field("since", "Date")
            .Field("until", "Date")
            .Field("quote", "String!", "The source's own words.")
            .Field("source", "ID!", "A Source id (see sources)."));

        builder.Object("Mutation", "Writes need the API key: 'Authorization: Bearer <key>'.", t =>
        {
            t.Field("upsertActor", "Actor!", "Creates the actor, or replaces the fields of the actor with that id.")
                .Argument("input", "ActorInput!")
                .ResolveAsync(ctx => Write(ctx, async (store, input, ct) => await store.UpsertActorAsync(ToActorInput(input), ct)));
            t.Field("addRelation", "Relation!", "Adds one sourced claim between two existing actors.")
                .Argument("input", "RelationInput!")
                .ResolveAsync(ctx => Write(ctx, async (store, input, ct) => await store.AddRelationAsync(ToRelationInput(input), ct)));
            t.Field("removeRelation", "Boolean!", "Removes the relation with that id; an unknown id is an error.")
                .Argument("id", "ID!")
                .ResolveAsync(ctx => Write(ctx, async (store, _, ct) =>
                {
                    await store.RemoveRelationAsync(Arguments.String(ctx, "id")!, ct);
                    return true;
                }));
        });
    }

    private static async ValueTask<object?> Write(ResolveContext ctx,
        Func<InfluenceStore, IReadOnlyDictionary<string, object?>, CancellationToken, Task<object>> write)
    {
        var request = Context(ctx);
        request.RequireWriteAccess();
        var input = ctx.Arguments.GetValueOrDefault("input") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        try
        {
            var result = await write(request.Store, input, ctx.CancellationToken);
            request.Refresh();
            return result;
        }
        catch (InvalidInputException e)
        {
            throw new GraphQLException(e.Message, new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }
    }

    private static ActorInput ToActorInput(IReadOnlyDictionary<string, object?> input) => new(
        (string)input["id"]!, (string)input["name"]!, (string)input["kind"]!,
        StringList(input, "aliases"), input.GetValueOrDefault("country") as string, input.GetValueOrDefault("description") as string);

    private static RelationInput ToRelationInput(IReadOnlyDictionary<string, object?> input) => new(
        input.GetValueOrDefault("id") as string, (string)input["type"]!, (string)input["from"]!, (string)input["to"]!,
        input.GetValueOrDefault("weight") switch { double d => d, int i => i, _ => 0.5 },
        input.GetValueOrDefault("status") as string ?? "CONFIRMED",
        StringList(input, "claimedBy"),
        input.GetValueOrDefault("since") as DateOnly?, input.GetValueOrDefault("until") as DateOnly?,
        (string)input["quote"]!, (string)input["source"]!);

    private static IReadOnlyList<string> StringList(IReadOnlyDictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];
}
