using GraphQL;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>The writes: each needs the API key, and reads after it in the same request see the new graph.</summary>
public static partial class InfluenceSchema
{
    private static void BindMutation(SchemaBindings bind)
    {
        bind.FieldAsync("Mutation", "upsertActor", static c => Write(c, async (store, input, ct) => await store.UpsertActorAsync(ToActorInput(input), ct)));
        bind.FieldAsync("Mutation", "addRelation", static c => Write(c, async (store, input, ct) => await store.AddRelationAsync(ToRelationInput(input), ct)));
        bind.FieldAsync("Mutation", "removeRelation", static c => Write(c, async (store, _, ct) =>
        {
            await store.RemoveRelationAsync(Arguments.String(c, "id")!, ct);
            return true;
        }));
    }

    private static async ValueTask<object?> Write(IResolveFieldContext context,
        Func<InfluenceStore, IReadOnlyDictionary<string, object?>, CancellationToken, Task<object>> write)
    {
        var request = Context(context);
        request.RequireWriteAccess();
        var result = await write(request.Store, Arguments.Input(context, "input"), context.CancellationToken);
        request.Refresh();
        return result;
    }

    private static ActorInput ToActorInput(IReadOnlyDictionary<string, object?> input) => new(
        (string)input["id"]!, (string)input["name"]!, (string)input["kind"]!,
        Arguments.StringList(input.GetValueOrDefault("aliases")) ?? [], input.GetValueOrDefault("country") as string, input.GetValueOrDefault("description") as string);

    private static RelationInput ToRelationInput(IReadOnlyDictionary<string, object?> input) => new(
        input.GetValueOrDefault("id") as string, (string)input["type"]!, (string)input["from"]!, (string)input["to"]!,
        input.GetValueOrDefault("weight") switch { double d => d, int i => i, _ => 0.5 },
        input.GetValueOrDefault("status") as string ?? "CONFIRMED",
        Arguments.StringList(input.GetValueOrDefault("claimedBy")) ?? [],
        input.GetValueOrDefault("since") as DateOnly?, input.GetValueOrDefault("until") as DateOnly?,
        (string)input["quote"]!, (string)input["source"]!);
}
