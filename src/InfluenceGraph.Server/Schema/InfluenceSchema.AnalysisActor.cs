using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Server.Schema;

/// <summary>The Actor type's metric fields, with the narrative filter and their explanations.</summary>
public static partial class InfluenceSchema
{
    private static void BindActorAnalysis(SchemaBindings bind)
    {
        bind.FieldAsync("Actor", "leverage", static c => WithSnapshot(c, static (snapshot, c) =>
            Context(c).Memo(c, snapshot, (c, snapshot), static s => s.snapshot.LeverageAll(AnalysisFilter(s.c, s.snapshot)))
                .GetValueOrDefault(((Actor)c.Source!).Id)));
        bind.FieldAsync("Actor", "alignment", static c => WithSnapshot(c, static (snapshot, c) =>
            Context(c).Memo(c, snapshot, (c, snapshot), static s =>
                {
                    var (positive, negative) = KnownPoles(s.c, s.snapshot);
                    return s.snapshot.AlignmentAll(AnalysisFilter(s.c, s.snapshot), positive, negative);
                })
                .GetValueOrDefault(((Actor)c.Source!).Id)));
        bind.FieldAsync("Actor", "leverageBreakdown", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var relations = snapshot.MetricRelations(AnalysisFilter(c, snapshot));
            return LeverageAnalysis.Breakdown(((Actor)c.Source!).Id, snapshot.AllActorIds, relations, snapshot.Catalog);
        }));
        bind.FieldAsync("Actor", "alignmentBreakdown", static c => WithSnapshot(c, static (snapshot, c) =>
        {
            var (positive, negative) = KnownPoles(c, snapshot);
            var relations = snapshot.MetricRelations(AnalysisFilter(c, snapshot));
            return AlignmentAnalysis.Breakdown(((Actor)c.Source!).Id, snapshot.AllActorIds, relations, snapshot.Catalog, positive, negative);
        }));
    }
}
