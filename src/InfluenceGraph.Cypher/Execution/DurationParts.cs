namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Collects duration components (years ... nanoseconds, possibly fractional) and folds them into months, days and
/// seconds: a fraction of a month becomes seconds of an average month, a fraction of a day 86,400ths of it (Neo4j).
/// </summary>
internal sealed class DurationParts
{
    private decimal _months;
    private decimal _days;
    private decimal _seconds;

    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds",
    };

    public void Add(string key, double value) => Add(key, (decimal)value);

    public void Add(string key, decimal value)
    {
        switch (key.ToLowerInvariant())
        {
            case "years": _months += value * 12; break;
            case "quarters": _months += value * 3; break;
            case "months": _months += value; break;
            case "weeks": _days += value * 7; break;
            case "days": _days += value; break;
            case "hours": _seconds += value * 3600; break;
            case "minutes": _seconds += value * 60; break;
            case "seconds": _seconds += value; break;
            case "milliseconds": _seconds += value / 1_000m; break;
            case "microseconds": _seconds += value / 1_000_000m; break;
            case "nanoseconds": _seconds += value / 1_000_000_000m; break;
            default: throw new ArgumentOutOfRangeException(nameof(key), key, "not a duration component");
        }
    }

    public CypherDuration ToDuration()
    {
        var months = decimal.Truncate(_months);
        // A month's fraction becomes whole days first, then seconds (0.75 months is P22DT19H51M49.5S).
        var monthSeconds = (_months - months) * (decimal)TemporalMath.SecondsPerMonth;
        var days = _days + decimal.Truncate(monthSeconds / TemporalMath.SecondsPerDay);
        var seconds = _seconds + monthSeconds % TemporalMath.SecondsPerDay;
        var wholeDays = decimal.Truncate(days);
        seconds += (days - wholeDays) * TemporalMath.SecondsPerDay;
        var totalNanos = decimal.Round(seconds * TemporalMath.NanosPerSecond, 0, MidpointRounding.ToZero);
        return TemporalMath.Duration((long)months, (long)wholeDays, (Int128)totalNanos);
    }
}
