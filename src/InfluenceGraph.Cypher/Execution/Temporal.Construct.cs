using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// The temporal constructor functions (Neo4j 5 manual, "Temporal functions - instant types" and "duration"): from
/// nothing (now), from ISO text, from a map of components, or from another temporal value.
/// </summary>
internal static partial class Temporal
{
    public static readonly IReadOnlySet<string> FunctionNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "localtime", "time", "localdatetime", "datetime", "duration", "duration.between", "duration.inmonths",
        "duration.indays", "duration.inseconds", "datetime.fromepoch", "datetime.fromepochmillis",
        "date.truncate", "localtime.truncate", "time.truncate", "localdatetime.truncate", "datetime.truncate",
        "date.transaction", "date.statement", "date.realtime", "localtime.transaction", "localtime.statement", "localtime.realtime",
        "time.transaction", "time.statement", "time.realtime", "localdatetime.transaction", "localdatetime.statement",
        "localdatetime.realtime", "datetime.transaction", "datetime.statement", "datetime.realtime",
    };

    public static object? Call(string name, object?[] args, SourcePos pos, DateTimeOffset now)
    {
        if (name.StartsWith("duration.", StringComparison.Ordinal) && name != "duration")
        {
            if (args.Length != 2) throw Errors.ArityAtRuntime(name, 2, args.Length, pos);
            return args[0] is null || args[1] is null ? null : Between(name, args[0]!, args[1]!, pos);
        }
        if (name.StartsWith("datetime.fromepoch", StringComparison.Ordinal)) return FromEpoch(name, args, pos);
        if (name.EndsWith(".truncate", StringComparison.Ordinal)) return Truncate(name[..name.IndexOf('.')], args, pos);
        if (name.EndsWith(".transaction", StringComparison.Ordinal) || name.EndsWith(".statement", StringComparison.Ordinal)
            || name.EndsWith(".realtime", StringComparison.Ordinal))
            return args.Length == 1 && args[0] is null ? null
                : Call(name[..name.IndexOf('.')], [], pos, now);
        if (args.Length > 1) throw Errors.ArityAtRuntime(name, 1, args.Length, pos);
        if (args.Length == 0)
        {
            if (name == "duration") throw Errors.ArityAtRuntime(name, 1, 0, pos);
            return name == "date" ? DateOnly.FromDateTime(now.UtcDateTime) : Now(name, now);
        }
        var x = args[0];
        if (x is null) return null;
        return name switch
        {
            "localtime" => LocalTime(x, pos),
            "time" => Time(x, pos),
            "localdatetime" => LocalDateTime(x, pos),
            "datetime" => DateTime(x, pos),
            _ => Duration(x, pos),
        };
    }

    /// <summary>The instant a clock function reads: its transaction's start, the wall clock, or (plain and .statement()) the statement's.</summary>
    public static DateTimeOffset Clock(string name, QueryContext ctx) =>
        name.EndsWith(".transaction", StringComparison.Ordinal) ? ctx.TransactionTime
        : name.EndsWith(".realtime", StringComparison.Ordinal) ? DateTimeOffset.UtcNow
        : ctx.StatementTime;

    private static object Now(string name, DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(now.UtcDateTime);
        var nanos = now.UtcDateTime.TimeOfDay.Ticks * 100;
        return name switch
        {
            "localtime" => new CypherLocalTime(nanos),
            "time" => new CypherTime(nanos, 0),
            "localdatetime" => new CypherLocalDateTime(date, nanos),
            _ => new CypherDateTime(date, nanos, 0),
        };
    }

    /// <summary>date(...) for inputs the original DATE function did not take: other temporal values.</summary>
    public static DateOnly? DateOf(object x) => x switch
    {
        CypherLocalDateTime ldt => ldt.Date,
        CypherDateTime dt => dt.Date,
        _ => null,
    };

    private static CypherLocalTime LocalTime(object x, SourcePos pos) => x switch
    {
        CypherLocalTime t => t,
        CypherTime t => t.LocalTime,
        CypherLocalDateTime ldt => ldt.Time,
        CypherDateTime dt => new CypherLocalTime(dt.NanosecondOfDay),
        string s => new CypherLocalTime(ParseTime(s, "LocalTime", pos).Nanos),
        IReadOnlyDictionary<string, object?> map => new CypherLocalTime(TimeOfDay(map, BaseTime(map, pos), pos)),
        _ => throw Errors.ArgumentTypeMismatch("String or Map", x, pos),
    };

    private static CypherTime Time(object x, SourcePos pos)
    {
        switch (x)
        {
            case CypherTime t: return t;
            case CypherLocalTime t: return new CypherTime(t.NanosecondOfDay, 0);
            case CypherLocalDateTime ldt: return new CypherTime(ldt.NanosecondOfDay, 0);
            case CypherDateTime dt: return new CypherTime(dt.NanosecondOfDay, dt.OffsetSeconds);
            case string s:
            {
                var (nanos, offset, zone) = ParseTime(s, "Time", pos);
                return new CypherTime(nanos, offset ?? (zone is null ? 0 : ZoneOffsetNow(zone, pos)));
            }
            case IReadOnlyDictionary<string, object?> map:
            {
                var nanos = TimeOfDay(map, BaseTime(map, pos), pos);
                var source = SourceOffset(map.GetValueOrDefault("time"));
                if (map.GetValueOrDefault("timezone") is not string tz) return new CypherTime(nanos, source ?? 0);
                var target = ParseZone(tz, pos) switch { ({ } o, _, _) => o, (_, { } zone, _) => (int)zone.GetUtcOffset(DateTimeOffset.UtcNow).TotalSeconds, _ => 0 };
                // A zoned source moves to the new zone (same moment); a local one is read in it.
                if (source is { } from) nanos = ((nanos + (target - from) * TemporalMath.NanosPerSecond) % TemporalMath.NanosPerDay + TemporalMath.NanosPerDay) % TemporalMath.NanosPerDay;
                return new CypherTime(nanos, target);
            }
            default: throw Errors.ArgumentTypeMismatch("String or Map", x, pos);
        }
    }

    private static CypherLocalDateTime LocalDateTime(object x, SourcePos pos)
    {
        switch (x)
        {
            case CypherLocalDateTime ldt: return ldt;
            case CypherDateTime dt: return dt.LocalDateTime;
            case DateOnly d: return new CypherLocalDateTime(d, 0);
            case string s:
            {
                var (date, time) = SplitDateTime(s);
                return new CypherLocalDateTime(ParseDate(date, "LocalDateTime", pos), time is null ? 0 : ParseTime(time, "LocalDateTime", pos).Nanos);
            }
            case IReadOnlyDictionary<string, object?> map:
                return new CypherLocalDateTime(DateOfMap(map, pos), TimeOfDay(map, BaseTime(map, pos), pos));
            default: throw Errors.ArgumentTypeMismatch("String or Map", x, pos);
        }
    }

    private static CypherDateTime DateTime(object x, SourcePos pos)
    {
        switch (x)
        {
            case CypherDateTime dt: return dt;
            case CypherLocalDateTime ldt: return new CypherDateTime(ldt.Date, ldt.NanosecondOfDay, 0);
            case DateOnly d: return new CypherDateTime(d, 0, 0);
            case string s:
            {
                var (datePart, timePart) = SplitDateTime(s);
                var date = ParseDate(datePart, "DateTime", pos);
                if (timePart is null) return new CypherDateTime(date, 0, 0);
                var (nanos, offset, zone) = ParseTime(timePart, "DateTime", pos);
                return Zoned(date, nanos, offset, zone is null ? null : ParseZone(zone, pos).Zone, zone, pos);
            }
            case IReadOnlyDictionary<string, object?> map:
            {
                if (map.GetValueOrDefault("epochSeconds") is { } epochSeconds)
                    return FromEpochNanos((Int128)Whole(epochSeconds, pos) * TemporalMath.NanosPerSecond + Whole(map.GetValueOrDefault("nanosecond") ?? 0L, pos));
                if (map.GetValueOrDefault("epochMillis") is { } epochMillis)
                    return FromEpochNanos((Int128)Whole(epochMillis, pos) * 1_000_000);
                var date = DateOfMap(map, pos);
                var nanos = TimeOfDay(map, BaseTime(map, pos), pos);
                // The zone comes from the time component when it has one, else from a datetime given as the date.
                var timeSource = map.GetValueOrDefault("time") ?? map.GetValueOrDefault("datetime");
                var zoneSource = timeSource;
                var sourceOffset = SourceOffset(zoneSource);
                var sourceZone = zoneSource is CypherDateTime { Zone: { } z } ? z : null;
                if (map.GetValueOrDefault("timezone") is string tz)
                {
                    var (offset, zone, name) = ParseZone(tz, pos);
                    if (sourceOffset is { } from && timeSource is not null && (timeSource is CypherTime or CypherDateTime))
                    {
                        // Same moment, shown in the new zone; a named source zone is read at the new date (its DST may differ).
                        if (sourceZone is not null) from = TemporalMath.ZoneOffset(TimeZoneInfo.FindSystemTimeZoneById(sourceZone), date, nanos);
                        var instant = new CypherDateTime(date, nanos, from);
                        return InZone(instant.EpochNanoseconds, offset, zone, name);
                    }
                    return Zoned(date, nanos, offset, zone, name, pos);
                }
                if (sourceZone is not null) return Zoned(date, nanos, null, null, sourceZone, pos);
                return new CypherDateTime(date, nanos, sourceOffset ?? 0);
            }
            default: throw Errors.ArgumentTypeMismatch("String or Map", x, pos);
        }
    }

    private static CypherDateTime Zoned(DateOnly date, long nanos, int? offset, TimeZoneInfo? zone, string? zoneName, SourcePos pos)
    {
        if (zone is null && zoneName is not null) zone = ParseZone(zoneName, pos).Zone;
        if (zone is null) return new CypherDateTime(date, nanos, offset ?? 0);
        return new CypherDateTime(date, nanos, TemporalMath.ZoneOffset(zone, date, nanos), zoneName);
    }

    private static int? SourceOffset(object? value) => value switch
    {
        CypherTime t => t.OffsetSeconds,
        CypherDateTime dt => dt.OffsetSeconds,
        _ => null,
    };

    /// <summary>An instant shown in a zone: a fixed offset, or a named zone's offset at that instant.</summary>
    private static CypherDateTime InZone(Int128 epochNanos, int? offset, TimeZoneInfo? zone, string? name)
    {
        var utc = FromEpochNanos(epochNanos);
        var seconds = offset ?? (int)zone!.GetUtcOffset(utc.ToDateTimeOffset()).TotalSeconds;
        var (date, nanos) = TemporalMath.Add(utc.Date, utc.NanosecondOfDay, new CypherDuration(0, 0, seconds, 0), 1);
        return new CypherDateTime(date, nanos, seconds, name);
    }

    private static int ZoneOffsetNow(string zone, SourcePos pos) =>
        ParseZone(zone, pos).Zone is { } z ? (int)z.GetUtcOffset(DateTimeOffset.UtcNow).TotalSeconds : 0;

    private static CypherDateTime FromEpochNanos(Int128 nanos)
    {
        var days = (long)(nanos / TemporalMath.NanosPerDay);
        var rest = (long)(nanos % TemporalMath.NanosPerDay);
        if (rest < 0)
        {
            rest += TemporalMath.NanosPerDay;
            days--;
        }
        return new CypherDateTime(DateOnly.FromDayNumber((int)(TemporalMath.EpochDayNumber + days)), rest, 0);
    }

    private static object? FromEpoch(string name, object?[] args, SourcePos pos)
    {
        if (args.Any(a => a is null)) return null;
        if (name == "datetime.fromepochmillis")
            return args.Length == 1 ? FromEpochNanos((Int128)Whole(args[0]!, pos) * 1_000_000) : throw Errors.ArityAtRuntime(name, 1, args.Length, pos);
        if (args.Length != 2) throw Errors.ArityAtRuntime(name, 2, args.Length, pos);
        return FromEpochNanos((Int128)Whole(args[0]!, pos) * TemporalMath.NanosPerSecond + Whole(args[1]!, pos));
    }

    private static CypherDuration Duration(object x, SourcePos pos)
    {
        switch (x)
        {
            case CypherDuration d: return d;
            case string s: return ParseDuration(s, pos);
            case IReadOnlyDictionary<string, object?> map:
            {
                var parts = new DurationParts();
                foreach (var (key, value) in map)
                {
                    if (!DurationParts.Keys.Contains(key)) throw Errors.TemporalComponent("Duration", key, pos);
                    if (value is null) continue;
                    parts.Add(key, value is long l ? l : value is double d ? (decimal)d : throw Errors.ArgumentTypeMismatch("a number", value, pos));
                }
                return parts.ToDuration();
            }
            default: throw Errors.ArgumentTypeMismatch("String or Map", x, pos);
        }
    }

    private static (string Date, string? Time) SplitDateTime(string s)
    {
        var t = s.IndexOfAny(['T', 't']);
        return t < 0 ? (s, null) : (s[..t], s[(t + 1)..]);
    }

    private static long? BaseTime(IReadOnlyDictionary<string, object?> map, SourcePos pos) => (map.GetValueOrDefault("time") ?? map.GetValueOrDefault("datetime")) switch
    {
        null => null,
        CypherLocalTime t => t.NanosecondOfDay,
        CypherTime t => t.NanosecondOfDay,
        CypherLocalDateTime t => t.NanosecondOfDay,
        CypherDateTime t => t.NanosecondOfDay,
        var other => throw Errors.ArgumentTypeMismatch("a temporal value with a time", other, pos),
    };

    /// <summary>hour, minute, second, millisecond, microsecond, nanosecond of a map (over a base time if one was given).</summary>
    private static long TimeOfDay(IReadOnlyDictionary<string, object?> map, long? baseNanos, SourcePos pos)
    {
        long Part(string key, long fallback, long max)
        {
            if (map.GetValueOrDefault(key) is not { } value) return fallback;
            var n = value is long l ? l : throw Errors.ArgumentTypeMismatch("Integer", value, pos);
            if (n < 0 || n > max) throw Errors.TemporalComponentRange(key, n, pos);
            return n;
        }
        var b = baseNanos ?? 0;
        var hour = Part("hour", b / TemporalMath.NanosPerHour, 23);
        var minute = Part("minute", b / TemporalMath.NanosPerMinute % 60, 59);
        var second = Part("second", b / TemporalMath.NanosPerSecond % 60, 59);
        // Sub-second fields given in the map replace those of the base; the base's others stay (12:31:14.645 with
        // {nanosecond: 2} is 12:31:14.645000002).
        var baseFraction = b % TemporalMath.NanosPerSecond;
        var fraction = Part("millisecond", baseFraction / 1_000_000, 999) * 1_000_000
            + Part("microsecond", baseFraction / 1_000 % 1_000, 999_999) * 1_000
            + Part("nanosecond", baseFraction % 1_000, 999_999_999);
        if (fraction >= TemporalMath.NanosPerSecond) throw Errors.TemporalComponentRange("nanosecond", fraction, pos);
        return hour * TemporalMath.NanosPerHour + minute * TemporalMath.NanosPerMinute + second * TemporalMath.NanosPerSecond + fraction;
    }

    private static long Whole(object value, SourcePos pos) => value switch
    {
        long l => l,
        double d => (long)d,
        _ => throw Errors.ArgumentTypeMismatch("a number", value, pos),
    };
}
