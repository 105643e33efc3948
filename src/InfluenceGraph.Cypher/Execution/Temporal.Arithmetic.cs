using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Temporal arithmetic and comparison (Neo4j manual, "Temporal operators"; openCypher 9 comparability).</summary>
internal static partial class Temporal
{
    /// <summary>instant ± duration, duration ± duration, duration * number, duration / number; null when not temporal arithmetic.</summary>
    public static bool TryArithmetic(BinaryOp op, object l, object r, SourcePos pos, out object? result)
    {
        result = null;
        if (op is BinaryOp.Add or BinaryOp.Sub)
        {
            var sign = op == BinaryOp.Add ? 1 : -1;
            if (l is CypherDuration a && r is CypherDuration b)
            {
                result = TemporalMath.Duration(checked(a.Months + sign * b.Months), checked(a.Days + sign * b.Days), TemporalMath.TotalNanos(a) + sign * TemporalMath.TotalNanos(b));
                return true;
            }
            if (r is CypherDuration d && IsTemporal(l) && l is not CypherDuration)
            {
                result = Shift(l, d, sign, pos);
                return true;
            }
            if (op == BinaryOp.Add && l is CypherDuration d2 && IsTemporal(r))
            {
                result = Shift(r, d2, 1, pos);
                return true;
            }
        }
        if (op is BinaryOp.Mul or BinaryOp.Div)
        {
            if (l is CypherDuration d && Values.IsNumber(r))
            {
                result = Scale(d, Values.ToDouble(r), op == BinaryOp.Div, pos);
                return true;
            }
            if (op == BinaryOp.Mul && r is CypherDuration d2 && Values.IsNumber(l))
            {
                result = Scale(d2, Values.ToDouble(l), false, pos);
                return true;
            }
        }
        return false;
    }

    public static CypherDuration Negate(CypherDuration d) => TemporalMath.Duration(-d.Months, -d.Days, -TemporalMath.TotalNanos(d));

    private static object Shift(object instant, CypherDuration d, int sign, SourcePos pos)
    {
        try
        {
            switch (instant)
            {
                case DateOnly date:
                {
                    // A DATE moves by months and days; the duration's seconds count only as whole days.
                    var days = d.Days + d.Seconds / TemporalMath.SecondsPerDay;
                    return date.AddMonths(checked((int)(sign * d.Months))).AddDays(checked((int)(sign * days)));
                }
                case CypherLocalTime t: return new CypherLocalTime(ShiftTime(t.NanosecondOfDay, d, sign));
                case CypherTime t: return new CypherTime(ShiftTime(t.NanosecondOfDay, d, sign), t.OffsetSeconds);
                case CypherLocalDateTime ldt:
                {
                    var (date, nanos) = TemporalMath.Add(ldt.Date, ldt.NanosecondOfDay, d, sign);
                    return new CypherLocalDateTime(date, nanos);
                }
                case CypherDateTime { Zone: { } zone } dt:
                {
                    // Across a DST change months and days keep the wall clock, hours and seconds keep the instant.
                    var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
                    var (date, nanos) = TemporalMath.Add(dt.Date, dt.NanosecondOfDay, new CypherDuration(d.Months, d.Days, 0, 0), sign);
                    var wall = new CypherDateTime(date, nanos, TemporalMath.ZoneOffset(tz, date, nanos), zone);
                    var exact = TemporalMath.TotalNanos(d);
                    return exact == 0 ? wall : InZone(wall.EpochNanoseconds + sign * exact, null, tz, zone);
                }
                case CypherDateTime dt:
                {
                    var (date, nanos) = TemporalMath.Add(dt.Date, dt.NanosecondOfDay, d, sign);
                    return new CypherDateTime(date, nanos, dt.OffsetSeconds);
                }
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw Errors.TemporalOverflow(pos);
        }
        throw Errors.OperandTypes(sign > 0 ? "+" : "-", instant, d, pos);
    }

    private static long ShiftTime(long nanos, CypherDuration d, int sign)
    {
        var shifted = (long)(((Int128)nanos + sign * TemporalMath.TotalNanos(d)) % TemporalMath.NanosPerDay);
        return shifted < 0 ? shifted + TemporalMath.NanosPerDay : shifted;
    }

    private static CypherDuration Scale(CypherDuration d, double factor, bool divide, SourcePos pos)
    {
        if (divide && factor == 0) throw Errors.DivisionByZero(pos);
        var f = divide ? 1 / (decimal)factor : (decimal)factor;
        var parts = new DurationParts();
        parts.Add("months", d.Months * f);
        parts.Add("days", d.Days * f);
        parts.Add("seconds", d.Seconds * f);
        parts.Add("nanoseconds", d.Nanoseconds * f);
        return parts.ToDuration();
    }

    /// <summary>Equality of two temporal values of the same type; null when the types differ (not comparable).</summary>
    public static bool? Equal(object a, object b) => (a, b) switch
    {
        (CypherDateTime x, CypherDateTime y) => x.EpochNanoseconds == y.EpochNanoseconds,
        (CypherTime x, CypherTime y) => x.UtcNanosecondOfDay == y.UtcNanosecondOfDay && x.OffsetSeconds == y.OffsetSeconds,
        (CypherLocalTime x, CypherLocalTime y) => x == y,
        (CypherLocalDateTime x, CypherLocalDateTime y) => x == y,
        (CypherDuration x, CypherDuration y) => x == y,
        (DateOnly x, DateOnly y) => x == y,
        _ => false,
    };

    /// <summary>Order of two values of the same temporal instant type; null when not comparable (durations, mixed types).</summary>
    public static int? Compare(object a, object b) => (a, b) switch
    {
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (CypherLocalTime x, CypherLocalTime y) => x.NanosecondOfDay.CompareTo(y.NanosecondOfDay),
        (CypherTime x, CypherTime y) => x.UtcNanosecondOfDay != y.UtcNanosecondOfDay ? x.UtcNanosecondOfDay.CompareTo(y.UtcNanosecondOfDay) : x.OffsetSeconds.CompareTo(y.OffsetSeconds),
        (CypherLocalDateTime x, CypherLocalDateTime y) => x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.NanosecondOfDay.CompareTo(y.NanosecondOfDay),
        (CypherDateTime x, CypherDateTime y) => x.EpochNanoseconds.CompareTo(y.EpochNanoseconds),
        _ => null,
    };

    /// <summary>ORDER BY rank among temporal types (Neo4j: datetime, localdatetime, date, time, localtime, duration).</summary>
    public static int OrderRank(object value) => value switch
    {
        CypherDateTime => 0,
        CypherLocalDateTime => 1,
        DateOnly => 2,
        CypherTime => 3,
        CypherLocalTime => 4,
        _ => 5,
    };

    /// <summary>ORDER BY within one temporal type: durations, which are not comparable, by their parts.</summary>
    public static int OrderCompare(object a, object b) =>
        a is CypherDuration x && b is CypherDuration y
            ? (x.Months, x.Days, x.Seconds, x.Nanoseconds).CompareTo((y.Months, y.Days, y.Seconds, y.Nanoseconds))
            : Compare(a, b) ?? 0;
}
