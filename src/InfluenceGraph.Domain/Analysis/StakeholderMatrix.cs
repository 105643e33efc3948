namespace InfluenceGraph.Domain.Analysis;

/// <summary>One actor's place on the alignment-leverage grid.</summary>
public sealed record MatrixPoint(string Actor, double? Alignment, double Leverage, string Quadrant);

/// <summary>
/// The stakeholder grid (after Mendelow's power-interest grid and ODI's alignment-interest-influence matrix):
/// alignment on the x axis, leverage on the y axis. An actor is "Unaligned" when it has no alignment or
/// |alignment| &lt; <see cref="AlignedAt"/>; otherwise an ally (alignment &gt; 0, the first pole's side) or an
/// opponent (&lt; 0), "Key" when its leverage is at least <see cref="KeyAt"/> (of the top actor's 1), else "Minor".
/// </summary>
public static class StakeholderMatrix
{
    public const double AlignedAt = 0.1;
    public const double KeyAt = 0.25;

    public const string KeyAlly = "Key ally";
    public const string KeyOpponent = "Key opponent";
    public const string MinorAlly = "Minor ally";
    public const string MinorOpponent = "Minor opponent";
    public const string Unaligned = "Unaligned";

    public static string Quadrant(double? alignment, double leverage) => alignment switch
    {
        null => Unaligned,
        var a when Math.Abs(a.Value) < AlignedAt => Unaligned,
        > 0 => leverage >= KeyAt ? KeyAlly : MinorAlly,
        _ => leverage >= KeyAt ? KeyOpponent : MinorOpponent,
    };

    public static IReadOnlyList<MatrixPoint> Compute(
        IEnumerable<string> actorIds, IReadOnlyDictionary<string, double> leverage, IReadOnlyDictionary<string, double?> alignment) =>
        [.. actorIds.Select(id =>
        {
            var l = leverage.GetValueOrDefault(id);
            var a = alignment.GetValueOrDefault(id);
            return new MatrixPoint(id, a, l, Quadrant(a, l));
        }).OrderByDescending(p => p.Leverage).ThenBy(p => p.Actor, StringComparer.Ordinal)];
}
