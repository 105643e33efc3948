using System.Globalization;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// date.truncate, localtime.truncate, time.truncate, localdatetime.truncate, datetime.truncate(unit, value [, map])
/// (Neo4j manual, "Truncating temporal values"): the value cut down to the unit, then the map's fields fill in.
/// </summary>
internal static partial class Temporal
{
    private static object? Truncate(string type, object?[] args, SourcePos pos)
    {
        if (args.Length is < 2 or > 3) throw Errors.ArityAtRuntime(type + ".truncate", 3, args.Length, pos);
        if (args[0] is null || args[1] is null) return null;
        var unit = args[0] as string ?? throw Errors.ArgumentTypeMismatch("String", args[0], pos);
        var fields = args.Length == 3 && args[2] is IReadOnlyDictionary<string, object?> m ? m : new Dictionary<string, object?>();
        var point = PointOf(args[1]!, pos);
        var wantsDate = type is "date" or "localdatetime" or "datetime";
        var date = point.Date is { } d ? TruncateDate(d, unit, pos) : wantsDate ? throw Errors.ArgumentTypeMismatch("a temporal value with a date", args[1], pos) : default;
        var nanos = TruncateTime(point.Nanos ?? 0, unit, pos);
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (wantsDate) map["date"] = date;
        if (type != "date") map["time"] = new CypherLocalTime(nanos);
        if (type is "time" or "datetime")
        {
            var sourceZone = args[1] switch
            {
                CypherDateTime { Zone: { } zone } => zone,
                CypherDateTime dt => TemporalText.Offset(dt.OffsetSeconds),
                CypherTime t => TemporalText.Offset(t.OffsetSeconds),
                _ => null,
            };
            if (sourceZone is not null) map["timezone"] = sourceZone;
        }
        foreach (var (key, value) in fields) map[key] = value;
        return type == "date" ? DateOfMap(map, pos) : Call(type, [map], pos, default);
    }

    private static DateOnly TruncateDate(DateOnly date, string unit, SourcePos pos)
    {
        int Floor(int year, int size) => (int)Math.Floor(year / (double)size) * size;
        switch (unit.ToLowerInvariant())
        {
            case "millennium": return new DateOnly(Math.Max(1, Floor(date.Year, 1000)), 1, 1);
            case "century": return new DateOnly(Math.Max(1, Floor(date.Year, 100)), 1, 1);
            case "decade": return new DateOnly(Math.Max(1, Floor(date.Year, 10)), 1, 1);
            case "year": return new DateOnly(date.Year, 1, 1);
            case "weekyear":
                return DateOnly.FromDateTime(ISOWeek.GetYearStart(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue))));
            case "quarter": return new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
            case "month": return new DateOnly(date.Year, date.Month, 1);
            case "week": return date.AddDays(1 - IsoDayOfWeek(date));
            case "day" or "hour" or "minute" or "second" or "millisecond" or "microsecond": return date;
            default: throw Errors.TruncateUnit(unit, pos);
        }
    }

    private static long TruncateTime(long nanos, string unit, SourcePos pos) => unit.ToLowerInvariant() switch
    {
        "millennium" or "century" or "decade" or "year" or "weekyear" or "quarter" or "month" or "week" or "day" => 0,
        "hour" => nanos - nanos % TemporalMath.NanosPerHour,
        "minute" => nanos - nanos % TemporalMath.NanosPerMinute,
        "second" => nanos - nanos % TemporalMath.NanosPerSecond,
        "millisecond" => nanos - nanos % 1_000_000,
        "microsecond" => nanos - nanos % 1_000,
        _ => throw Errors.TruncateUnit(unit, pos),
    };
}
