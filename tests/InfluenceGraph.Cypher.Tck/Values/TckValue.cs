namespace InfluenceGraph.Cypher.Tck.Values;

/// <summary>
/// A value as the TCK writes it in result and parameter tables (STEPS.md section 4). Equality follows the tck-api:
/// nodes by label set and properties, relationships by type and properties, integers never equal floats.
/// Two values are equal exactly when their <see cref="Canonical"/> texts are equal.
/// </summary>
public abstract record TckValue
{
    /// <summary>A text that is equal for equal values; lists are sorted first when <paramref name="ignoreListOrder"/>.</summary>
    public abstract string Canonical(bool ignoreListOrder = false);
}

public sealed record TckNull : TckValue
{
    public static TckNull Instance { get; } = new();
    public override string Canonical(bool ignoreListOrder = false) => "null";
}

public sealed record TckBool(bool Value) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) => Value ? "true" : "false";
}

public sealed record TckInteger(long Value) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record TckFloat(double Value) : TckValue
{
    // "R" round-trips, so equal doubles print alike; -0.0 == 0.0 under Double equality, so both print as 0.
    public override string Canonical(bool ignoreListOrder = false) =>
        double.IsNaN(Value) ? "NaN" : "F" + (Value == 0 ? 0.0 : Value).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record TckString(string Value) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) => "'" + Value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}

public sealed record TckList(IReadOnlyList<TckValue> Items) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false)
    {
        var items = Items.Select(i => i.Canonical(ignoreListOrder));
        if (ignoreListOrder) items = items.Order(StringComparer.Ordinal);
        return "[" + string.Join(", ", items) + "]";
    }
}

public sealed record TckMap(IReadOnlyDictionary<string, TckValue> Entries) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) =>
        "{" + string.Join(", ", Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => "`" + e.Key + "`: " + e.Value.Canonical(ignoreListOrder))) + "}";
}

public sealed record TckNode(IReadOnlyList<string> Labels, TckMap Properties) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) =>
        "(" + string.Concat(Labels.Distinct().Order(StringComparer.Ordinal).Select(l => ":`" + l + "`")) + " " + Properties.Canonical(ignoreListOrder) + ")";
}

public sealed record TckRelationship(string Type, TckMap Properties) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) => "[:`" + Type + "` " + Properties.Canonical(ignoreListOrder) + "]";
}

/// <summary>One step of a path: the relationship, whether it points along the path, and the node it reaches.</summary>
public sealed record TckPathStep(TckRelationship Relationship, bool Forward, TckNode Node);

public sealed record TckPath(TckNode Start, IReadOnlyList<TckPathStep> Steps) : TckValue
{
    public override string Canonical(bool ignoreListOrder = false) =>
        "<" + Start.Canonical(ignoreListOrder) + string.Concat(Steps.Select(s =>
            (s.Forward ? "-" : "<-") + s.Relationship.Canonical(ignoreListOrder) + (s.Forward ? "->" : "-") + s.Node.Canonical(ignoreListOrder))) + ">";
}
