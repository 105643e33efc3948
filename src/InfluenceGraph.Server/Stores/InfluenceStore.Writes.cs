using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Failures;

namespace InfluenceGraph.Server.Stores;

public sealed partial class InfluenceStore
{
    private const int MaxTextLength = 4_000;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public async Task<Actor> UpsertActorAsync(ActorInput input, CancellationToken cancellationToken)
    {
        if (!IsSlug(input.Id))
            throw AppFailure.InvalidInput($"Actor id '{input.Id}' is not a lowercase slug (letters, digits and single hyphens, e.g. 'asim-munir').");
        if (string.IsNullOrWhiteSpace(input.Name))
            throw AppFailure.InvalidInput("Actor name must not be empty.");
        if (!ActorKinds.All.Contains(input.Kind))
            throw AppFailure.InvalidInput($"Actor kind '{input.Kind}' is not one of {string.Join(", ", ActorKinds.All)}.");
        CheckLength("description", input.Description);

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
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

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
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
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
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

    private void Validate(RelationInput input, string id, GraphSnapshot snapshot)
    {
        if (!catalog.Contains(input.Type))
            throw AppFailure.InvalidInput($"Relation type '{input.Type}' is not in the catalog; known types: {string.Join(", ", catalog.Types.Select(t => t.Name))}.");
        foreach (var (field, actor) in new[] { ("from", input.From), ("to", input.To) }.Concat(input.ClaimedBy.Select(c => ("claimedBy", c))))
            if (!snapshot.ActorsById.ContainsKey(actor))
                throw AppFailure.InvalidInput($"Unknown actor '{actor}' in '{field}'.");
        if (!snapshot.SourcesById.ContainsKey(input.Source))
            throw AppFailure.InvalidInput($"Unknown source '{input.Source}'; known sources: {string.Join(", ", snapshot.SourcesById.Keys)}.");
        if (!ClaimStatuses.All.Contains(input.Status))
            throw AppFailure.InvalidInput($"Status '{input.Status}' is not one of {string.Join(", ", ClaimStatuses.All)}.");
        if (input.Weight is <= 0 or > 1 || double.IsNaN(input.Weight))
            throw AppFailure.InvalidInput($"Weight must be greater than 0 and at most 1, not {input.Weight}.");
        if (input.Since is { } since && input.Until is { } until && until < since)
            throw AppFailure.InvalidInput($"'until' ({until:yyyy-MM-dd}) is before 'since' ({since:yyyy-MM-dd}).");
        if (string.IsNullOrWhiteSpace(input.Quote))
            throw AppFailure.InvalidInput("A relation needs the source's own words in 'quote'.");
        if (id.Length > 100)
            throw AppFailure.InvalidInput("Relation id must be at most 100 characters.");
        CheckLength("quote", input.Quote);
    }

    private static void CheckLength(string field, string? value)
    {
        if (value is { Length: > MaxTextLength })
            throw AppFailure.InvalidInput($"'{field}' is {value.Length} characters long; at most {MaxTextLength} are accepted.");
    }

    private static bool IsSlug(string id) =>
        id.Length is > 0 and <= 100
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && id[0] != '-' && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal);
}
