namespace InfluenceGraph.Bolt;

/// <summary>
/// Proleptic Gregorian day arithmetic over the whole Cypher range (years far outside DateOnly's 1..9999),
/// using Howard Hinnant's days-from-civil algorithm.
/// </summary>
internal static class CivilCalendar
{
    public const long NanosPerSecond = 1_000_000_000L;
    public const long SecondsPerDay = 86_400L;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    public static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        var era = FloorDiv(year, 400);
        var yoe = year - era * 400;
        var doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    public static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719468;
        var era = FloorDiv(days, 146097);
        var doe = days - era * 146097;
        var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var day = (int)(doy - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    public static long FloorDiv(long a, long b) => a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);

    public static long FloorMod(long a, long b) => a - FloorDiv(a, b) * b;

    public static string FormatTime(long nanoOfDay)
    {
        var h = nanoOfDay / (3600 * NanosPerSecond);
        var m = nanoOfDay / (60 * NanosPerSecond) % 60;
        var s = nanoOfDay / NanosPerSecond % 60;
        var n = nanoOfDay % NanosPerSecond;
        var text = $"{h:00}:{m:00}:{s:00}";
        return n == 0 ? text : $"{text}.{n:000000000}";
    }

    public static string FormatDate(long year, int month, int day) =>
        year is >= 0 and <= 9999 ? $"{year:0000}-{month:00}-{day:00}" : $"{(year < 0 ? "-" : "+")}{Math.Abs(year):0000}-{month:00}-{day:00}";

    public static string FormatOffset(int offsetSeconds)
    {
        if (offsetSeconds == 0) return "Z";
        var sign = offsetSeconds < 0 ? '-' : '+';
        var abs = Math.Abs(offsetSeconds);
        var text = $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}";
        return abs % 60 == 0 ? text : $"{text}:{abs % 60:00}";
    }
}
