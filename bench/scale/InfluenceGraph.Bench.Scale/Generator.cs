using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InfluenceGraph.Bench.Scale;

/// <summary>The three graph sizes the scale benchmark measures (issue 12), added to the seed.</summary>
public sealed record GraphSize(string Name, int Actors, int Relations)
{
    public static readonly GraphSize[] All =
    [
        new("small", 500, 5_000),
        new("medium", 5_000, 20_000),
        new("large", 100_000, 1_000_000),
    ];

    public static GraphSize Parse(string name) =>
        All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"unknown size '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");

    public string Label => $"{Actors:N0} actors / {Relations:N0} relations";
}

/// <summary>
/// Where the generated actors are: ids are <c>sc-NNNNNN</c> (a slug), and the kinds come in index ranges, states first,
/// then alliances, armed groups, organisations and persons. The HTTP bench reads it back to make valid writes.
/// </summary>
public sealed record Manifest(
    string Size, int Actors, int Relations, int Seed, int States, int Alliances, int ArmedGroups, int Organizations,
    int Sources, string[] Files, string[] PoleIds)
{
    public const string FileName = "manifest.json";

    public static string ActorId(int i) => "sc-" + i.ToString("D6", CultureInfo.InvariantCulture);

    public static string SourceId(int i) => "scale-source-" + i.ToString("D4", CultureInfo.InvariantCulture);

    public string KindOf(int i) =>
        i < States ? "STATE"
        : i < States + Alliances ? "ALLIANCE"
        : i < States + Alliances + ArmedGroups ? "ARMED_GROUP"
        : i < States + Alliances + ArmedGroups + Organizations ? "ORGANIZATION"
        : "PERSON";

    public static Manifest Read(string directory) =>
        JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(directory, FileName)), Json.Options)!;
}

/// <summary>
/// Writes a synthetic crisis graph as Cypher scripts that `cypher apply` takes, every record valid under the app's
/// model rules (src/InfluenceGraph.Server/Stores/ModelRules.cs): slug ids, the five kinds, a person's or body's
/// country the id of a STATE actor, relation types from the catalog (RelationTypes.json), weights in (0, 1], the four
/// statuses with their claimants (known actors, at most 20, each once), since before until, a quote, a source that
/// exists (the script creates its Source nodes). Relations link the generated actors by a power law (Chung-Lu: a few
/// hubs with thousands of claims, a long tail), some of them parallel claims of one (from, type, to) by another
/// source, and a share tied to the seed's poles (india, pakistan) so alignment has something to spread.
/// Deterministic: the same size and seed give the same bytes.
///
/// Statements are UNWIND over parameter-free literal lists, in batches of <see cref="Batch"/> rows; each file is one
/// transaction of `cypher apply`, so relations are split over files of <see cref="RelationsPerFile"/>.
/// </summary>
public sealed class Generator(GraphSize size, int seed, int batch, int relationsPerFile, bool dynamicTypes)
{
    public int Batch => batch;

    public int RelationsPerFile => relationsPerFile;

    private static readonly string[] Statuses = ["CONFIRMED", "CLAIMED", "DISPUTED", "DENIED"];
    private static readonly double[] StatusShare = [0.72, 0.15, 0.09, 0.04];
    private static readonly string[] Poles = ["india", "pakistan"];
    private static readonly string[] PoleNames = ["India", "Pakistan"];

    // How often each catalog type is drawn (types of the catalog not named here get 1; a name here that the
    // catalog lacks stops the generator).
    private static readonly Dictionary<string, double> TypeWeights = new(StringComparer.Ordinal)
    {
        ["SUPPORTS"] = 14, ["ACCUSES"] = 10, ["COOPERATES_WITH"] = 10, ["CRITICIZES"] = 9, ["ATTACKS"] = 6,
        ["THREATENS"] = 5, ["URGES_RESTRAINT"] = 5, ["PRAISES"] = 5, ["AFFILIATED_WITH"] = 4, ["MEMBER_OF"] = 2,
        ["OPPOSES"] = 4, ["MEDIATES"] = 3, ["SUPPLIES_ARMS_TO"] = 3, ["SANCTIONS"] = 3, ["ADVISES"] = 3,
        ["INVESTS_IN"] = 3, ["NEGOTIATES_WITH"] = 3, ["OFFERS_MEDIATION"] = 2, ["LEADS"] = 1, ["COERCES"] = 2,
        ["AGREES_CEASEFIRE_WITH"] = 1,
    };

    private static readonly string[] Syllables =
        ["ka", "ri", "vo", "sta", "mel", "dor", "an", "te", "lu", "bra", "zen", "qui", "mar", "ol", "sen", "tha", "ru",
         "vel", "is", "ko", "na", "pra", "gil", "dez", "hu", "yor", "fa", "lin", "cor", "eb", "sha", "mi", "tor", "ven"];
    private static readonly string[] Publishers =
        ["Regional Security Review", "The Daily Ledger", "Strategic Affairs Quarterly", "Border Monitor", "Policy Wire",
         "Crisis Desk", "South Asia Brief", "Global Affairs Weekly"];
    private static readonly string[] Verbs =
        ["publicly stood with", "was reported to have pressed", "said it had warned", "accused in a statement",
         "held talks with", "was seen by officials as backing", "issued a sharp rebuke of", "quietly reached out to"];

    public Manifest Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var old in Directory.GetFiles(directory, "*.cypher"))
            File.Delete(old);
        var random = new Random(seed);
        var catalog = CatalogTypes();
        var (typeNames, typeCumulative) = TypeTable(catalog);
        var signed = catalog.Where(t => t.Sign != 0).Select(t => t.Name).ToArray();

        var n = size.Actors;
        var states = Math.Max(8, n * 3 / 100);
        var alliances = Math.Max(2, n / 200);
        var armed = n / 10;
        var organizations = n * 3 / 10;
        var sources = Math.Max(12, size.Relations / 2500);
        var files = new List<string>();

        // Sources, then actors (states first: a country names a state).
        var sourceFile = "100_sources.cypher";
        using (var w = Open(directory, sourceFile))
        {
            w.Write("// Synthetic sources for the scale benchmark (bench/scale).\n");
            w.Write("UNWIND [");
            for (var i = 0; i < sources; i++)
            {
                if (i > 0) w.Write(',');
                var published = new DateOnly(2025, 4, 23).AddDays(random.Next(60));
                w.Write(Inv($"{{id:'{Manifest.SourceId(i)}',title:'{Escape(Title(random, i))}',publisher:'{Escape(Publishers[i % Publishers.Length])}',published:date('{published:yyyy-MM-dd}'),url:'https://example.org/scale/{i:D4}'}}"));
            }
            w.Write("] AS row\nCREATE (:Source {id: row.id, title: row.title, publisher: row.publisher, published: row.published, url: row.url});\n");
        }
        files.Add(sourceFile);

        var manifest = new Manifest(size.Name, n, size.Relations, seed, states, alliances, armed, organizations, sources, [], Poles);
        var names = new string[n];
        var actorFile = "110_actors.cypher";
        using (var w = Open(directory, actorFile))
        {
            w.Write("// Synthetic actors for the scale benchmark (bench/scale): states, alliances, armed groups, bodies, persons.\n");
            for (var start = 0; start < n; start += batch)
            {
                w.Write("UNWIND [");
                for (var i = start; i < Math.Min(n, start + batch); i++)
                {
                    if (i > start) w.Write(',');
                    var kind = manifest.KindOf(i);
                    var name = names[i] = ActorName(random, kind, i, names, states);
                    var country = kind switch
                    {
                        "PERSON" when random.NextDouble() < 0.85 => CountryOf(random, states),
                        "ORGANIZATION" when random.NextDouble() < 0.7 => CountryOf(random, states),
                        "ARMED_GROUP" when random.NextDouble() < 0.4 => CountryOf(random, states),
                        _ => null,
                    };
                    var aliases = random.Next(3) switch
                    {
                        0 => "[]",
                        1 => $"['{Escape(Word(random, 2))}']",
                        _ => $"['{Escape(Word(random, 2))}','{Escape(Word(random, 3))}']",
                    };
                    var description = $"Synthetic {kind.ToLowerInvariant().Replace('_', ' ')} number {i}, generated for the scale benchmark.";
                    w.Write(Inv($"{{id:'{Manifest.ActorId(i)}',name:'{Escape(name)}',kind:'{kind}',aliases:{aliases},country:{(country is null ? "null" : $"'{country}'")},description:'{Escape(description)}'}}"));
                }
                w.Write("] AS row\nCREATE (a:Actor {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases, description: row.description})\nSET a.country = row.country;\n");
            }
        }
        files.Add(actorFile);

        // Chung-Lu endpoints: actor i drawn with weight (rank(i) + 1)^-0.75 over a shuffled rank, states three times
        // as likely (they gather most claims in real crisis data).
        var rank = Enumerable.Range(0, n).ToArray();
        random.Shuffle(rank);
        var cumulative = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
            cumulative[i] = total += Math.Pow(rank[i] + 1, -0.75) * (i < states ? 3 : 1);
        int Pick()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return Math.Min(index < 0 ? ~index : index, n - 1);
        }
        string IdOf(int i) => i < 0 ? Poles[-i - 1] : Manifest.ActorId(i);

        var told = new List<(int From, int Type, int To)>();
        var file = (StreamWriter?)null;
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var inBatch = 0;
        void Flush()
        {
            if (inBatch == 0) return;
            if (dynamicTypes)
            {
                file!.Write("UNWIND [");
                file.Write(string.Join(',', rows.Values.SelectMany(v => v)));
                file.Write("] AS row\nMATCH (a:Actor {id: row.f})\nMATCH (b:Actor {id: row.t})\n" +
                    "CREATE (a)-[:$(row.y) {id: row.id, weight: row.w, status: row.s, claimedBy: row.c, since: row.d, until: row.u, quote: row.q, source: row.src}]->(b);\n");
            }
            else
            {
                foreach (var (type, list) in rows.OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    if (list.Count == 0) continue;
                    file!.Write("UNWIND [");
                    file.Write(string.Join(',', list));
                    file.Write($"] AS row\nMATCH (a:Actor {{id: row.f}})\nMATCH (b:Actor {{id: row.t}})\n" +
                        $"CREATE (a)-[:{type} {{id: row.id, weight: row.w, status: row.s, claimedBy: row.c, since: row.d, until: row.u, quote: row.q, source: row.src}}]->(b);\n");
                    list.Clear();
                }
            }
            rows.Clear();
            inBatch = 0;
        }

        for (var r = 0; r < size.Relations; r++)
        {
            if (r % relationsPerFile == 0)
            {
                Flush();
                file?.Dispose();
                var name = Inv($"120_relations_{r / relationsPerFile + 1:D3}.cypher");
                files.Add(name);
                file = Open(directory, name);
                file.Write(Inv($"// Synthetic relations {r + 1}-{Math.Min(size.Relations, r + relationsPerFile)} for the scale benchmark (bench/scale).\n"));
            }
            int from, to, type;
            if (told.Count > 0 && random.NextDouble() < 0.05)
            {
                // The same relation told again, by another source.
                (from, type, to) = told[random.Next(told.Count)];
            }
            else if (random.NextDouble() < 0.03)
            {
                from = Pick();
                to = -1 - random.Next(Poles.Length);
                type = Array.IndexOf(typeNames, signed[random.Next(signed.Length)]);
            }
            else
            {
                from = Pick();
                do to = Pick(); while (to == from);
                type = DrawCumulative(random, typeCumulative);
                var toKind = manifest.KindOf(to);
                if (toKind == "ALLIANCE" && random.NextDouble() < 0.5)
                    type = Array.IndexOf(typeNames, "MEMBER_OF");
                else if (manifest.KindOf(from) == "PERSON" && toKind is "STATE" or "ORGANIZATION" && random.NextDouble() < 0.1)
                    type = Array.IndexOf(typeNames, random.Next(2) == 0 ? "LEADS" : "ADVISES");
            }
            told.Add((from, type, to));

            var status = Statuses[DrawShare(random, StatusShare)];
            var claimants = new List<string>();
            if (status != "CONFIRMED")
            {
                if (random.NextDouble() < 0.7) claimants.Add(IdOf(from));
                if (claimants.Count == 0 || random.NextDouble() < 0.3)
                {
                    var other = IdOf(Pick());
                    if (!claimants.Contains(other)) claimants.Add(other);
                }
            }
            string since = "null", until = "null";
            if (random.NextDouble() < 0.85)
            {
                var day = random.NextDouble() < 0.6
                    ? new DateOnly(2025, 4, 22).AddDays(random.Next(40))
                    : new DateOnly(2015, 1, 1).AddDays(random.Next(3_760));
                since = $"date('{day:yyyy-MM-dd}')";
                if (random.NextDouble() < 0.3)
                    until = $"date('{day.AddDays(random.Next(400)):yyyy-MM-dd}')";
            }
            var weight = ((5 + random.Next(96)) / 100.0).ToString("0.00", CultureInfo.InvariantCulture);
            var source = Manifest.SourceId(Math.Min(sources - 1, (int)(sources * Math.Pow(random.NextDouble(), 2))));
            var fromName = from < 0 ? PoleNames[-from - 1] : names[from];
            var toName = to < 0 ? PoleNames[-to - 1] : names[to];
            var quote = $"{fromName} {Verbs[random.Next(Verbs.Length)]} {toName}, according to people familiar with the matter (claim {r}).";
            var typeName = typeNames[type];
            var claimedBy = "[" + string.Join(',', claimants.Select(c => $"'{c}'")) + "]";
            var row = Inv($"{{f:'{IdOf(from)}',t:'{IdOf(to)}',{(dynamicTypes ? $"y:'{typeName}'," : "")}id:'sc-r{r:D7}',w:{weight},s:'{status}',c:{claimedBy},d:{since},u:{until},q:'{Escape(quote)}',src:'{source}'}}");
            if (!rows.TryGetValue(typeName, out var list)) rows[typeName] = list = [];
            list.Add(row);
            if (++inBatch == batch) Flush();
        }
        Flush();
        file?.Dispose();

        manifest = manifest with { Files = [.. files] };
        File.WriteAllText(Path.Combine(directory, Manifest.FileName), JsonSerializer.Serialize(manifest, Json.Options));
        return manifest;
    }

    private static StreamWriter Open(string directory, string name) =>
        new(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 20);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string CountryOf(Random random, int states) =>
        random.NextDouble() < 0.1 ? Poles[random.Next(Poles.Length)] : Manifest.ActorId(random.Next(states));

    private static string Word(Random random, int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++) sb.Append(Syllables[random.Next(Syllables.Length)]);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static string ActorName(Random random, string kind, int i, string[] names, int states) => kind switch
    {
        "STATE" => Word(random, 3) + (random.Next(4) == 0 ? " Republic" : "ia"),
        "ALLIANCE" => $"{Word(random, 2)} Pact",
        "ARMED_GROUP" => $"{Word(random, 2)} {(random.Next(2) == 0 ? "Front" : "Brigade")}",
        "ORGANIZATION" => random.Next(3) switch
        {
            0 => $"Ministry of {Word(random, 2)} Affairs",
            1 => $"{Word(random, 2)} Party",
            _ => $"{names[random.Next(states)]} Army",
        },
        _ => $"{Word(random, 2)} {Word(random, 3)}",
    } + (i % 7 == 0 ? $" {i}" : "");

    private static string Title(Random random, int i) =>
        $"Synthetic report {i + 1}: {Word(random, 3)} and the {Word(random, 2)} crisis";

    private static string Escape(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);

    /// <summary>An index drawn from a cumulative table (its last entry the total).</summary>
    private static int DrawCumulative(Random random, double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    /// <summary>An index drawn by its share.</summary>
    private static int DrawShare(Random random, double[] shares)
    {
        var x = random.NextDouble() * shares.Sum();
        for (var i = 0; i < shares.Length; i++)
            if ((x -= shares[i]) < 0) return i;
        return shares.Length - 1;
    }

    private static (string[] Names, double[] Cumulative) TypeTable(IReadOnlyList<(string Name, int Sign)> catalog)
    {
        foreach (var name in TypeWeights.Keys)
            if (catalog.All(t => t.Name != name))
                throw new InvalidOperationException($"relation type {name} is not in the catalog (RelationTypes.json)");
        var names = catalog.Select(t => t.Name).ToArray();
        var cumulative = new double[names.Length];
        var total = 0.0;
        for (var i = 0; i < names.Length; i++)
            cumulative[i] = total += TypeWeights.GetValueOrDefault(names[i], 1);
        return (names, cumulative);
    }

    /// <summary>The catalog's types with their alignment sign, from the RelationTypes.json copied beside the program.</summary>
    public static IReadOnlyList<(string Name, int Sign)> CatalogTypes()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RelationTypes.json")));
        return [.. doc.RootElement.GetProperty("relationTypes").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString()!, t.GetProperty("sign").GetInt32()))];
    }
}
