using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Schema;

/// <summary>Actor, Relation and their small types (Evidence, Source, RelationType); the metric fields of Actor are in InfluenceSchema.AnalysisActor.</summary>
public static partial class InfluenceSchema
{
    private static void BindActor(SchemaBindings bind)
    {
        // Plain fields read the record directly: cheaper than GraphQL.NET's reflection-based default resolver.
        bind.Field("Actor", "id", static c => ((Actor)c.Source!).Id);
        bind.Field("Actor", "name", static c => ((Actor)c.Source!).Name);
        bind.Field("Actor", "kind", static c => ((Actor)c.Source!).Kind);
        bind.Field("Actor", "aliases", static c => ((Actor)c.Source!).Aliases);
        bind.Field("Actor", "country", static c => ((Actor)c.Source!).Country);
        bind.Field("Actor", "description", static c => ((Actor)c.Source!).Description);
        bind.FieldAsync("Actor", "relations", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var own = snapshot.RelationsOf(((Actor)c.Source!).Id);
            var filter = Arguments.Filter(c);
            return Bounded(c, filter == RelationFilter.None ? own : filter.Apply(own).ToArray(), "Actor.relations", "Actor.relationsPage(first, after)");
        }));
        BindActorAnalysis(bind);
    }

    private static void BindRelation(SchemaBindings bind)
    {
        bind.Field("Relation", "id", static c => ((Relation)c.Source!).Id);
        bind.Field("Relation", "type", static c => ((Relation)c.Source!).Type);
        bind.FieldAsync("Relation", "from", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((Relation)c.Source!).From)));
        bind.FieldAsync("Relation", "to", static c => WithSnapshot(c, static (snapshot, c) => ActorOrThrow(snapshot, ((Relation)c.Source!).To)));
        bind.Field("Relation", "weight", static c => ((Relation)c.Source!).Weight);
        bind.Field("Relation", "status", static c => ((Relation)c.Source!).Status);
        bind.FieldAsync("Relation", "claimedBy", static c => WithSnapshot(c, static (snapshot, c) => KnownActors(snapshot, ((Relation)c.Source!).ClaimedBy)));
        bind.Field("Relation", "since", static c => ((Relation)c.Source!).Since);
        bind.Field("Relation", "until", static c => ((Relation)c.Source!).Until);
        bind.Field("Relation", "evidence", static c =>
        {
            var relation = (Relation)c.Source!;
            return new[] { new EvidenceView(relation.Quote, relation.Source) };
        });

        bind.Field("Evidence", "quote", static c => ((EvidenceView)c.Source!).Quote);
        bind.Field("Evidence", "sourceId", static c => ((EvidenceView)c.Source!).SourceId);
        bind.FieldAsync("Evidence", "source", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var id = ((EvidenceView)c.Source!).SourceId;
            return snapshot.SourcesById.GetValueOrDefault(id) ?? new Source(id, id, "", null, null);
        }));

        // Every relation of the explorer's graph asks for its source's five fields: direct reads, not GraphQL.NET's
        // default resolver (a lookup by source type and field name in a shared dictionary for each of them).
        bind.Field("Source", "id", static c => ((Source)c.Source!).Id);
        bind.Field("Source", "title", static c => ((Source)c.Source!).Title);
        bind.Field("Source", "publisher", static c => ((Source)c.Source!).Publisher);
        bind.Field("Source", "published", static c => ((Source)c.Source!).Published);
        bind.Field("Source", "url", static c => ((Source)c.Source!).Url);
    }
}
