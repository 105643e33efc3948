using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InfluenceGraph.Bench.Cypher;

/// <summary>
/// The benchmark's graph: actors (id, name, kind) and relations (type among 20, weight, status) whose endpoints are
/// drawn from a power law (Chung-Lu style: actor i is picked with weight (i+1)^-0.7, sources and targets through
/// different shuffles so the biggest senders are not the biggest receivers). Fixed seed: the same files every time.
/// </summary>
internal static class SyntheticGraph
{
    public const int Seed = 20251122;

    public static readonly string[] Kinds = ["state", "organisation", "person", "party", "media", "company"];

    public static readonly string[] Types =
    [
        "ALLY_OF", "OPPOSES", "FUNDS", "SANCTIONS", "TRADES_WITH", "ADVISES", "MEMBER_OF", "CRITICISES", "SUPPORTS", "NEGOTIATES_WITH",
        "OWNS", "EMPLOYS", "LOBBIES", "REPORTS_ON", "THREATENS", "ARMS", "HOSTS", "MEDIATES", "COMPETES_WITH", "INFLUENCES",
    ];

    private static readonly string[] Statuses = ["confirmed", "confirmed", "confirmed", "confirmed", "confirmed", "confirmed", "confirmed", "reported", "reported", "contested"];

    public static (int Actors, int Relations) SizeOf(string size) => size switch
    {
        "small" => (10_000, 100_000),
        "large" => (100_000, 1_000_000),
        _ => throw new ArgumentException($"Unknown size '{size}' (small or large)"),
    };

    public static string ActorId(int i) => "a" + i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Writes actors.csv, relations.csv and params.json into <paramref name="directory"/>.</summary>
    public static void Write(string size, string directory)
    {
        var (actors, relations) = SizeOf(size);
        Directory.CreateDirectory(directory);
        var random = new Random(Seed);
        using (var writer = new StreamWriter(Path.Combine(directory, "actors.csv"), false, new UTF8Encoding(false)))
        {
            writer.Write("id,name,kind\n");
            for (var i = 0; i < actors; i++)
                writer.Write($"{ActorId(i)},Actor {i},{Kinds[random.Next(Kinds.Length)]}\n");
        }
        var actorWeights = Cumulative(actors, 0.7);
        var typeWeights = Cumulative(Types.Length, 1.0);
        var sources = Shuffle(actors, random);
        var targets = Shuffle(actors, random);
        using (var writer = new StreamWriter(Path.Combine(directory, "relations.csv"), false, new UTF8Encoding(false)))
        {
            writer.Write("from,to,type,weight,status\n");
            for (var r = 0; r < relations; r++)
            {
                int from, to;
                do
                {
                    from = sources[Pick(actorWeights, random)];
                    to = targets[Pick(actorWeights, random)];
                } while (from == to);
                var type = Types[Pick(typeWeights, random)];
                var weight = Math.Round(random.NextDouble() * 2 - 1, 2).ToString("0.0#", CultureInfo.InvariantCulture);
                writer.Write($"{ActorId(from)},{ActorId(to)},{type},{weight},{Statuses[random.Next(Statuses.Length)]}\n");
            }
        }
        var queries = new Random(Seed + 1);
        string AnyActor() => ActorId(queries.Next(actors));
        var parameters = new Dictionary<string, object>
        {
            ["pointIds"] = Enumerable.Range(0, 1000).Select(_ => AnyActor()).ToList(),
            ["hopIds"] = Enumerable.Range(0, 1000).Select(_ => AnyActor()).ToList(),
            ["twoHopIds"] = Enumerable.Range(0, 300).Select(_ => AnyActor()).ToList(),
            ["pairs"] = Enumerable.Range(0, 200).Select(_ => new[] { AnyActor(), AnyActor() }).ToList(),
        };
        File.WriteAllText(Path.Combine(directory, "params.json"), JsonSerializer.Serialize(parameters));
    }

    private static double[] Cumulative(int count, double exponent)
    {
        var sums = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++) sums[i] = total += Math.Pow(i + 1, -exponent);
        for (var i = 0; i < count; i++) sums[i] /= total;
        return sums;
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static int[] Shuffle(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }
}
