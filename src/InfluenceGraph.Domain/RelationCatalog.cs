using System.Text.Json;
using InfluenceGraph.Domain.Model;

namespace InfluenceGraph.Domain;

/// <summary>
/// The catalog of relation types (RelationTypes.json, embedded): the one place that says what each type means,
/// its alignment sign and its leverage factor.
/// </summary>
public sealed class RelationCatalog
{
    private static readonly Lazy<RelationCatalog> Embedded = new(LoadEmbedded);
    private readonly Dictionary<string, RelationType> _byName;

    public RelationCatalog(IEnumerable<RelationType> types)
    {
        Types = [.. types];
        _byName = new Dictionary<string, RelationType>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!_byName.TryAdd(type.Name, type))
                throw new InvalidDataException($"Relation type '{type.Name}' is listed twice in the catalog.");
        }
    }

    /// <summary>The catalog shipped with the application.</summary>
    public static RelationCatalog Default => Embedded.Value;

    public IReadOnlyList<RelationType> Types { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public RelationType? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The alignment sign of a type; an unknown type counts as neutral.</summary>
    public int SignOf(string name) => _byName.TryGetValue(name, out var t) ? t.Sign : 0;

    /// <summary>Whether a type is a third party's mediation (a tie for mediators, neutral for alignment).</summary>
    public bool IsMediation(string name) => _byName.TryGetValue(name, out var t) && t.Mediation;

    /// <summary>The leverage factor of a type; an unknown type gives no leverage.</summary>
    public double LeverageOf(string name) => _byName.TryGetValue(name, out var t) ? t.Leverage : 0;

    /// <summary>Reads a catalog in the RelationTypes.json shape: <c>{"relationTypes":[{name, description, sign, leverage, mediation?, cameo}]}</c>.</summary>
    public static RelationCatalog Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("relationTypes", out var list) || list.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("The relation catalog needs a 'relationTypes' array.");
        var types = new List<RelationType>();
        foreach (var item in list.EnumerateArray())
        {
            var name = Required(item, "name").GetString()!;
            var sign = Required(item, "sign").GetInt32();
            var leverage = Required(item, "leverage").GetDouble();
            if (sign is < -1 or > 1)
                throw new InvalidDataException($"Relation type '{name}': sign must be -1, 0 or 1, not {sign}.");
            if (leverage is < 0 or > 1)
                throw new InvalidDataException($"Relation type '{name}': leverage must be between 0 and 1, not {leverage}.");
            var cameo = item.TryGetProperty("cameo", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(e => e.GetString() ?? "").ToArray()
                : [];
            var mediation = item.TryGetProperty("mediation", out var m) && m.ValueKind == JsonValueKind.True;
            if (mediation && sign != 0)
                throw new InvalidDataException($"Relation type '{name}': a mediation is neutral for alignment, so its sign must be 0, not {sign}.");
            types.Add(new RelationType(name, Required(item, "description").GetString() ?? "", sign, leverage, cameo, mediation));
        }
        return new RelationCatalog(types);
    }

    private static JsonElement Required(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value)
            ? value
            : throw new InvalidDataException($"A relation type in the catalog lacks '{property}'.");

    private static RelationCatalog LoadEmbedded()
    {
        using var stream = typeof(RelationCatalog).Assembly.GetManifestResourceStream("InfluenceGraph.Domain.RelationTypes.json")
            ?? throw new InvalidOperationException("The relation catalog RelationTypes.json is not embedded in InfluenceGraph.Domain.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
