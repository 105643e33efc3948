using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>duration.between, duration.inMonths, duration.inDays, duration.inSeconds (Neo4j manual, "duration functions").</summary>
internal static partial class Temporal
{
    private readonly record struct Point(DateOnly? Date, long? Nanos, int? Offset, string? Zone = null);

    // A value without an offset is read in the other value's named zone, on its date when it has none: across a DST
    // change the difference counts the hours that really passed.
    private static Point InZoneOf(Point local, Point zoned)
    {
        if (local.Offset is not null || zoned.Zone is null || zoned.Date is null) return local;
        var date = local.Date ?? zoned.Date.Value;
        var nanos = local.Nanos ?? 0;
        return new Point(date, nanos, TemporalMath.ZoneOffset(TimeZoneInfo.FindSystemTimeZoneById(zoned.Zone), date, nanos));
    }

    private static Point PointOf(object value, SourcePos pos) => value switch
    {
        DateOnly d => new Point(d, null, null),
        CypherLocalTime t => new Point(null, t.NanosecondOfDay, null),
        CypherTime t => new Point(null, t.NanosecondOfDay, t.OffsetSeconds),
        CypherLocalDateTime ldt => new Point(ldt.Date, ldt.NanosecondOfDay, null),
        CypherDateTime dt => new Point(dt.Date, dt.NanosecondOfDay, dt.OffsetSeconds, dt.Zone),
        _ => throw Errors.ArgumentTypeMismatch("a temporal instant", value, pos),
    };

    private static CypherDuration Between(string name, object from, object to, SourcePos pos)
    {
        var a = PointOf(from, pos);
        var b = PointOf(to, pos);
        (a, b) = (InZoneOf(a, b), InZoneOf(b, a));
        // Both zoned: compare wall clocks in the first value's offset.
        var shift = a.Offset is { } oa && b.Offset is { } ob ? (Int128)(oa - ob) * TemporalMath.NanosPerSecond : 0;
        if (a.Date is null || b.Date is null)
        {
            var nanos = (Int128)(b.Nanos ?? 0) - (a.Nanos ?? 0) + shift;
            return name == "duration.indays" || name == "duration.inmonths" ? new CypherDuration(0, 0, 0, 0) : TemporalMath.Duration(0, 0, nanos);
        }
        var start = (Date: a.Date.Value, Nanos: a.Nanos ?? 0L);
        var end = TemporalMath.Add(b.Date.Value, b.Nanos ?? 0L, TemporalMath.Duration(0, 0, shift), 1);
        var total = Nanos(end) - Nanos(start);
        if (name == "duration.inseconds") return TemporalMath.Duration(0, 0, total);
        if (name == "duration.indays") return new CypherDuration(0, (long)(total / TemporalMath.NanosPerDay), 0, 0);
        var months = (end.Date.Year - start.Date.Year) * 12L + end.Date.Month - start.Date.Month;
        var moved = TemporalMath.Add(start.Date, start.Nanos, new CypherDuration(months, 0, 0, 0), 1);
        if (months > 0 && Nanos(moved) > Nanos(end)) months--;
        else if (months < 0 && Nanos(moved) < Nanos(end)) months++;
        if (name == "duration.inmonths") return new CypherDuration(months, 0, 0, 0);
        moved = TemporalMath.Add(start.Date, start.Nanos, new CypherDuration(months, 0, 0, 0), 1);
        var rest = Nanos(end) - Nanos(moved);
        var days = (long)(rest / TemporalMath.NanosPerDay);
        return TemporalMath.Duration(months, days, rest - (Int128)days * TemporalMath.NanosPerDay);
    }

    private static Int128 Nanos((DateOnly Date, long Nanos) point) => (Int128)point.Date.DayNumber * TemporalMath.NanosPerDay + point.Nanos;
}
