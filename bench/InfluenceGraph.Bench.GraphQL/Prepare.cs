using System.Globalization;
using System.Text.Json;
using InfluenceGraph.Domain.Analysis;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// Writes what both sides share: the app's SDL (schema.graphql, from which GraphQL.NET builds the app's schema), and
/// each data set as the snapshot holds it (actors, relations, sources in snapshot order), with the graph query's
/// leverage and alignment, which the graphql-js side looks up instead of re-implementing the analysis (the app's are
/// cached per snapshot, so both sides look them up).
/// </summary>
internal static class Prepare
{
    public static async Task RunAsync(string output)
    {
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "schema.graphql"), InfluenceSchema.Sdl);
        foreach (var name in new[] { "seed", "synthetic" })
        {
            var store = await BenchData.OpenAsync(name);
            var snapshot = await store.GetSnapshotAsync(CancellationToken.None);
            await using var file = File.Create(Path.Combine(output, name + ".json"));
            await using var writer = new Utf8JsonWriter(file);
            Write(writer, snapshot, withMetrics: name == "seed");
            Console.WriteLine($"{name}: {snapshot.Actors.Count} actors, {snapshot.Relations.Count} relations, {snapshot.Sources.Count} sources");
        }
    }

    private static void Write(Utf8JsonWriter writer, GraphSnapshot snapshot, bool withMetrics)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("actors");
        foreach (var a in snapshot.Actors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", a.Id);
            writer.WriteString("name", a.Name);
            writer.WriteString("kind", a.Kind);
            writer.WriteStartArray("aliases");
            foreach (var alias in a.Aliases)
                writer.WriteStringValue(alias);
            writer.WriteEndArray();
            writer.WriteString("country", a.Country);
            writer.WriteString("description", a.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("relations");
        foreach (var r in snapshot.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("id", r.Id);
            writer.WriteString("type", r.Type);
            writer.WriteString("from", r.From);
            writer.WriteString("to", r.To);
            writer.WriteNumber("weight", r.Weight);
            writer.WriteString("status", r.Status);
            writer.WriteStartArray("claimedBy");
            foreach (var id in r.ClaimedBy)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
            writer.WriteString("since", Date(r.Since));
            writer.WriteString("until", Date(r.Until));
            writer.WriteString("quote", r.Quote);
            writer.WriteString("source", r.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sources");
        foreach (var s in snapshot.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("id", s.Id);
            writer.WriteString("title", s.Title);
            writer.WriteString("publisher", s.Publisher);
            writer.WriteString("published", Date(s.Published));
            writer.WriteString("url", s.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (withMetrics)
        {
            writer.WriteStartObject("leverage");
            foreach (var (id, value) in snapshot.LeverageAll(RelationFilter.None))
                writer.WriteNumber(id, value);
            writer.WriteEndObject();
            writer.WriteStartObject("alignment");
            foreach (var (id, value) in snapshot.AlignmentAll(RelationFilter.None, "india", "pakistan"))
            {
                if (value is { } v)
                    writer.WriteNumber(id, v);
                else
                    writer.WriteNull(id);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
