using InfluenceGraph.Domain.Model;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

public sealed partial class InfluenceStore
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public async Task<Actor> UpsertActorAsync(ActorInput input, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var candidate = new Actor(input.Id, input.Name.Trim(), input.Kind, input.Aliases, input.Country, input.Description);
        if (_rules.ActorProblem(candidate, id => snapshot.ActorsById.GetValueOrDefault(id)) is { } problem)
            throw AppFailure.InvalidInput(problem);

        await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = await runner.WriteAsync(GraphQueries.UpsertActor, new Dictionary<string, object?>
            {
                ["id"] = input.Id,
                ["name"] = input.Name.Trim(),
                ["kind"] = input.Kind,
                ["aliases"] = input.Aliases.ToArray(),
                ["country"] = input.Country,
                ["description"] = input.Description,
            }, cancellationToken).ConfigureAwait(false);
            var actor = RecordMapping.ToActor(rows[0]["actor"]);
            Publish(s => s.WithActor(actor), GraphChange.ActorUpserted, [input.Id], $"Actor {input.Id} created or updated");
            return actor;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<Relation> AddRelationAsync(RelationInput input, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var id = string.IsNullOrWhiteSpace(input.Id) ? $"rel-{Guid.NewGuid():N}"[..16] : input.Id;
        Validate(input, id, snapshot);

        await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The snapshot holds every relation id (the app's writes keep it current, scripts reload it), so the
            // check needs no scan of the store.
            if ((await GetSnapshotAsync(cancellationToken).ConfigureAwait(false)).RelationsById.ContainsKey(id))
                throw AppFailure.InvalidInput($"A relation with id '{id}' already exists.");

            var props = new Dictionary<string, object?>
            {
                ["id"] = id,
                ["weight"] = input.Weight,
                ["status"] = input.Status,
                ["claimedBy"] = input.ClaimedBy.ToArray(),
                ["quote"] = input.Quote,
                ["source"] = input.Source,
            };
            if (input.Since is { } since)
                props["since"] = since;
            if (input.Until is { } until)
                props["until"] = until;
            var rows = await runner.WriteAsync(GraphQueries.AddRelation, new Dictionary<string, object?>
            {
                ["from"] = input.From,
                ["to"] = input.To,
                ["type"] = input.Type,
                ["props"] = props,
            }, cancellationToken).ConfigureAwait(false);
            var relation = RecordMapping.ToRelation(rows[0]["relation"]);
            Publish(s => s.WithRelation(relation), GraphChange.RelationAdded, [id, input.From, input.To], $"{input.From} {input.Type} {input.To} added ({id})");
            return relation;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task RemoveRelationAsync(string id, CancellationToken cancellationToken)
    {
        await EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Matched from its endpoints (found through the actor index) rather than by scanning every relation.
            var snapshot = await GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
            if (!snapshot.RelationsById.TryGetValue(id, out var known))
                throw AppFailure.NotFound($"There is no relation with id '{id}'.");
            var rows = await runner.WriteAsync(GraphQueries.RemoveRelation,
                new Dictionary<string, object?> { ["id"] = id, ["from"] = known.From, ["to"] = known.To }, cancellationToken).ConfigureAwait(false);
            if (RecordMapping.ToLong(rows[0]["removed"]) == 0)
                throw AppFailure.NotFound($"There is no relation with id '{id}'.");
            Publish(s => s.WithoutRelation(id), GraphChange.RelationRemoved, [id], $"Relation {id} removed");
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Takes the write turn, giving the request's GraphQL execution turn back first: writes are bounded by their own
    /// gate (one at a time), and a write waiting for it, or for the store's disk, must not hold one of the few execution
    /// turns (one per core) that readers need; with four writers on two cores the readers would otherwise stall behind
    /// them whenever the store writes slowly.
    /// </summary>
    private Task EnterWriteAsync(CancellationToken cancellationToken)
    {
        ExecutionGate.Leave();
        return _writeGate.WaitAsync(cancellationToken);
    }

    private void Validate(RelationInput input, string id, GraphSnapshot snapshot)
    {
        var candidate = new Relation(id, input.Type, input.From, input.To, input.Weight, input.Status, input.ClaimedBy,
            input.Since, input.Until, input.Quote, input.Source);
        if (_rules.RelationProblem(candidate, a => snapshot.ActorsById.GetValueOrDefault(a), s => snapshot.SourcesById.GetValueOrDefault(s)) is { } problem)
            throw AppFailure.InvalidInput(problem);
    }
}
