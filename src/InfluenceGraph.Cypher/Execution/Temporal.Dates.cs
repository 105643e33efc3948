using System.Globalization;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Dates from maps (calendar, ISO week, ordinal and quarter forms, over a base date when one is given) and from
/// text in the same four forms (Neo4j manual, "Temporal values": specifying dates).
/// </summary>
internal static partial class Temporal
{
    /// <summary>The date a map describes: {year, month, day}, {year, week, dayOfWeek}, {year, ordinalDay} or {year, quarter, dayOfQuarter}.</summary>
    public static DateOnly DateOfMap(IReadOnlyDictionary<string, object?> map, SourcePos pos)
    {
        var baseDate = (map.GetValueOrDefault("date") ?? map.GetValueOrDefault("datetime")) switch
        {
            null => (DateOnly?)null,
            DateOnly d => d,
            var other => DateOf(other!) ?? throw Errors.ArgumentTypeMismatch("a temporal value with a date", other, pos),
        };
        if (baseDate is null && !map.ContainsKey("year")) throw Errors.DateNeedsYear(pos);
        long? Part(string key) => map.GetValueOrDefault(key) switch
        {
            null => null,
            long v => v,
            var other => throw Errors.ArgumentTypeMismatch("Integer", other, pos),
        };
        try
        {
            var b = baseDate ?? new DateOnly(1, 1, 1);
            var bDay = b.ToDateTime(TimeOnly.MinValue);
            if (map.ContainsKey("week") || (map.ContainsKey("dayOfWeek") && baseDate is not null))
            {
                var weekYear = (int)(Part("year") ?? ISOWeek.GetYear(bDay));
                var week = (int)(Part("week") ?? ISOWeek.GetWeekOfYear(bDay));
                var dayOfWeek = (int)(Part("dayOfWeek") ?? (baseDate is null ? 1 : IsoDayOfWeek(b)));
                if (week < 1 || week > ISOWeek.GetWeeksInYear(weekYear) || dayOfWeek is < 1 or > 7) throw Errors.InvalidDate(map, pos);
                return DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, dayOfWeek == 7 ? DayOfWeek.Sunday : (DayOfWeek)dayOfWeek));
            }
            var year = (int)(Part("year") ?? b.Year);
            if (map.ContainsKey("ordinalDay"))
            {
                var ordinal = (int)Part("ordinalDay")!.Value;
                if (ordinal < 1 || ordinal > (System.DateTime.IsLeapYear(year) ? 366 : 365)) throw Errors.InvalidDate(map, pos);
                return new DateOnly(year, 1, 1).AddDays(ordinal - 1);
            }
            if (map.ContainsKey("quarter") || map.ContainsKey("dayOfQuarter"))
            {
                var quarter = (int)(Part("quarter") ?? (b.Month - 1) / 3 + 1);
                var quarterStart = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
                var dayOfQuarter = (int)(Part("dayOfQuarter") ?? (baseDate is null ? 1 : b.DayNumber - new DateOnly(b.Year, (b.Month - 1) / 3 * 3 + 1, 1).DayNumber + 1));
                var date = quarterStart.AddDays(dayOfQuarter - 1);
                if (quarter is < 1 or > 4 || dayOfQuarter < 1 || (date.Month - 1) / 3 + 1 != quarter) throw Errors.InvalidDate(map, pos);
                return date;
            }
            var month = (int)(Part("month") ?? (baseDate is null ? 1 : b.Month));
            var day = (int)(Part("day") ?? (baseDate is null ? 1 : b.Day));
            return new DateOnly(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Errors.InvalidDate(map, pos);
        }
    }

    private static int IsoDayOfWeek(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>Week (2015-W30-2, 2015W302, 2015-W30) and ordinal (2015-202, 2015202) dates; null when the text is neither.</summary>
    private static DateOnly? ParseWeekOrOrdinal(string s)
    {
        var text = s.Trim().Replace("-", "");
        if (text.Length < 5 || !text[..4].All(char.IsAsciiDigit)) return null;
        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var rest = text[4..];
        if (rest.Length is 3 or 4 && rest[0] is 'W' or 'w' && rest[1..].All(char.IsAsciiDigit))
        {
            var week = int.Parse(rest[1..3], CultureInfo.InvariantCulture);
            var day = rest.Length == 4 ? rest[3] - '0' : 1;
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year) || day is < 1 or > 7) return null;
            return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, day == 7 ? DayOfWeek.Sunday : (DayOfWeek)day));
        }
        // yyyy-DDD (an ordinal day) is seven characters with its dash; yyyyMMdd is eight digits and parsed elsewhere.
        if (rest.Length == 3 && rest.All(char.IsAsciiDigit) && (s.Trim().Length == 8 && s.Trim()[4] == '-' || s.Trim().Length == 7))
        {
            var ordinal = int.Parse(rest, CultureInfo.InvariantCulture);
            if (ordinal < 1 || ordinal > (System.DateTime.IsLeapYear(year) ? 366 : 365)) return null;
            return new DateOnly(year, 1, 1).AddDays(ordinal - 1);
        }
        return null;
    }
}
