using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Browser.Scale;

/// <summary>
/// A large graph added to the seed, for the page's scale tests: actors of every kind, and relations of the catalog's
/// types whose endpoints follow a power law (a few hubs, a long tail), mostly confirmed, some claimed, disputed or
/// denied, some told twice (two claims of one (from, type, to)), and a third of the actors tied to India or Pakistan
/// so alignment has something to colour. Written as Cypher with UNWIND over literal lists (no parameters), one
/// statement per kind of row, and applied in one transaction through the server's /admin/cypher. Fixed seed: the
/// same graph every time.
/// </summary>
public static class SyntheticGraph
{
    public const string Source = "fp-2025-ceasefire-baseline";
    private const int Rows = 2000;
    private static readonly string[] Kinds = ["STATE", "PERSON", "ORGANIZATION", "ARMED_GROUP", "ALLIANCE"];
    private static readonly string[] Statuses =
        ["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CLAIMED", "DISPUTED"];

    public static string ActorId(int i) => "syn-" + i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>The Cypher script adding <paramref name="actors"/> actors and <paramref name="relations"/> relations.</summary>
    public static string Script(int actors, int relations, int seed = 20251202)
    {
        var random = new Random(seed);
        var types = CatalogTypes();
        var signed = types.Where(t => t.Sign != 0).Select(t => t.Name).ToArray();
        var script = new StringBuilder();
        for (var start = 0; start < actors; start += Rows)
        {
            script.Append("UNWIND [");
            for (var i = start; i < Math.Min(actors, start + Rows); i++)
            {
                if (i > start) script.Append(',');
                script.Append(CultureInfo.InvariantCulture, $"{{id:'{ActorId(i)}',name:'Synthetic actor {i}',kind:'{Kinds[i % Kinds.Length]}'}}");
            }
            script.Append("] AS row CREATE (:Actor {id: row.id, name: row.name, kind: row.kind, aliases: []});\n");
        }

        // Endpoints by a power law over the actor index: actor i is picked with weight (i + 1)^-0.8.
        var cumulative = new double[actors];
        var total = 0.0;
        for (var i = 0; i < actors; i++) cumulative[i] = total += Math.Pow(i + 1, -0.8);
        int Pick()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return Math.Min(index < 0 ? ~index : index, actors - 1);
        }

        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var told = new List<(string From, string Type, string To)>();
        void Add(string from, string type, string to, int id)
        {
            var status = Statuses[random.Next(Statuses.Length)];
            var since = random.Next(5) == 0 ? "null" : $"date('2025-{4 + random.Next(2):D2}-{1 + random.Next(28):D2}')";
            var weight = (0.1 + random.Next(90) / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(type, out var list)) rows[type] = list = [];
            list.Add($"{{f:'{from}',t:'{to}',id:'syn-r{id:D7}',w:{weight},s:'{status}',d:{since},q:'synthetic claim {id}'}}");
            told.Add((from, type, to));
        }

        var tiesToPoles = actors / 3;
        for (var r = 0; r < relations; r++)
        {
            if (r < tiesToPoles)
            {
                // A third of the actors side with one pole or oppose the other.
                Add(ActorId(r * 3 % actors), signed[random.Next(signed.Length)], random.Next(2) == 0 ? "india" : "pakistan", r);
                continue;
            }
            if (told.Count > 0 && random.Next(20) == 0)
            {
                // The same relation told by a second claim.
                var (from, type, to) = told[random.Next(told.Count)];
                Add(from, type, to, r);
                continue;
            }
            int a, b;
            do
            {
                a = Pick();
                b = Pick();
            } while (a == b);
            Add(ActorId(a), types[random.Next(types.Count)].Name, ActorId(b), r);
        }

        foreach (var (type, list) in rows)
        {
            for (var start = 0; start < list.Count; start += Rows)
            {
                script.Append("UNWIND [").AppendJoin(',', list.Skip(start).Take(Rows)).Append("] AS row ")
                    .Append("MATCH (a:Actor {id: row.f}) MATCH (b:Actor {id: row.t}) ")
                    .Append(CultureInfo.InvariantCulture, $"CREATE (a)-[:{type} {{id: row.id, weight: row.w, status: row.s, claimedBy: [], since: row.d, quote: row.q, source: '{Source}'}}]->(b);\n");
            }
        }
        return script.ToString();
    }

    /// <summary>Applies the script to the running server (one transaction) through /admin/cypher with the API key.</summary>
    public static async Task ApplyAsync(HttpClient client, int actors, int relations)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/cypher")
        {
            Content = new StringContent(Script(actors, relations), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", InfluenceGraphFactory.ApiKey);
        request.Headers.Add("X-Script-Name", $"synthetic-{actors}-{relations}.cypher");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The synthetic graph was refused: {(int)response.StatusCode} {body}");
    }

    private sealed record CatalogType(string Name, int Sign);

    private static List<CatalogType> CatalogTypes()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "InfluenceGraph.Domain", "RelationTypes.json")));
        return [.. doc.RootElement.GetProperty("relationTypes").EnumerateArray()
            .Select(t => new CatalogType(t.GetProperty("name").GetString()!, t.GetProperty("sign").GetInt32()))];
    }
}
