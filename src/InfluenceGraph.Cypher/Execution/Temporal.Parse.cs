using System.Globalization;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Reading temporal values from ISO 8601 text (Neo4j manual, "Temporal values": creating from strings).</summary>
internal static partial class Temporal
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy-MM", "yyyyMM", "yyyy"];

    public static DateOnly ParseDate(string text, string type, SourcePos pos)
    {
        foreach (var format in DateFormats)
            if (DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return ParseWeekOrOrdinal(text) ?? throw Errors.TemporalText(type, text, pos);
    }

    /// <summary>A time of day (HH[:mm[:ss[.fffffffff]]] or HHmmss), then an optional offset (Z, ±HH[:mm]) and [Zone].</summary>
    private static (long Nanos, int? Offset, string? Zone) ParseTime(string text, string type, SourcePos pos)
    {
        var s = text.Trim();
        var i = 0;
        int Digits(int count)
        {
            if (i + count > s.Length || s.AsSpan(i, count).ContainsAnyExceptInRange('0', '9')) throw Errors.TemporalText(type, text, pos);
            var value = int.Parse(s.AsSpan(i, count), CultureInfo.InvariantCulture);
            i += count;
            return value;
        }
        bool More() => i < s.Length && char.IsAsciiDigit(s[i]);
        var hour = Digits(2);
        int minute = 0, second = 0;
        long fraction = 0;
        var colons = i < s.Length && s[i] == ':';
        if (colons ? i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) : More())
        {
            if (colons) i++;
            minute = Digits(2);
            if (colons ? i + 1 < s.Length && s[i] == ':' : More())
            {
                if (colons) i++;
                second = Digits(2);
                if (i < s.Length && s[i] is '.' or ',')
                {
                    i++;
                    var start = i;
                    while (More() && i - start < 9) i++;
                    if (i == start) throw Errors.TemporalText(type, text, pos);
                    fraction = long.Parse(s.AsSpan(start, i - start).ToString().PadRight(9, '0'), CultureInfo.InvariantCulture);
                }
            }
        }
        if (hour > 23 || minute > 59 || second > 59) throw Errors.TemporalText(type, text, pos);
        var nanos = hour * TemporalMath.NanosPerHour + minute * TemporalMath.NanosPerMinute + second * TemporalMath.NanosPerSecond + fraction;
        int? offset = null;
        if (i < s.Length && s[i] is 'Z' or 'z')
        {
            offset = 0;
            i++;
        }
        else if (i < s.Length && s[i] is '+' or '-')
        {
            var end = i + 1;
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] == ':')) end++;
            offset = ParseOffset(s[i..end], type, text, pos);
            i = end;
        }
        string? zone = null;
        if (i < s.Length && s[i] == '[')
        {
            var close = s.IndexOf(']', i);
            if (close < 0) throw Errors.TemporalText(type, text, pos);
            zone = s[(i + 1)..close];
            i = close + 1;
        }
        if (i != s.Length) throw Errors.TemporalText(type, text, pos);
        return (nanos, offset, zone);
    }

    /// <summary>±HH, ±HHmm, ±HH:mm (and seconds) as a number of seconds east of UTC.</summary>
    private static int ParseOffset(string s, string type, string whole, SourcePos pos)
    {
        var sign = s[0] == '-' ? -1 : 1;
        var digits = s[1..].Replace(":", "");
        if (digits.Length is not (2 or 4 or 6) || !digits.All(char.IsAsciiDigit)) throw Errors.TemporalText(type, whole, pos);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length >= 4 ? int.Parse(digits[2..4], CultureInfo.InvariantCulture) : 0;
        var seconds = digits.Length == 6 ? int.Parse(digits[4..6], CultureInfo.InvariantCulture) : 0;
        if (hours > 18 || minutes > 59 || seconds > 59) throw Errors.TemporalText(type, whole, pos);
        return sign * (hours * 3600 + minutes * 60 + seconds);
    }

    /// <summary>A time zone given as an offset ('+01:00', 'Z') or by IANA name ('Europe/Stockholm').</summary>
    private static (int? Offset, TimeZoneInfo? Zone, string? Name) ParseZone(string s, SourcePos pos)
    {
        if (s is "Z" or "z") return (0, null, null);
        if (s.Length > 0 && s[0] is '+' or '-') return (ParseOffset(s, "time zone", s, pos), null, null);
        try
        {
            return (null, TimeZoneInfo.FindSystemTimeZoneById(s), s);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw Errors.UnknownTimeZone(s, pos);
        }
    }

    /// <summary>ISO 8601 durations: P[nY][nM][nW][nD][T[nH][nM][nS]]; each number may be negative or have a fraction.</summary>
    public static CypherDuration ParseDuration(string text, SourcePos pos)
    {
        var s = text.Trim();
        var negative = s.StartsWith('-');
        if (negative) s = s[1..];
        if (s.Length < 2 || s[0] is not ('P' or 'p')) throw Errors.TemporalText("Duration", text, pos);
        // ISO 8601's alternative format, PYYYY-MM-DDThh:mm:ss[.f], read as its designator form.
        if (AlternativeDuration().Match(s) is { Success: true } alt)
            s = $"P{alt.Groups[1].Value}Y{alt.Groups[2].Value}M{alt.Groups[3].Value}DT{alt.Groups[4].Value}H{alt.Groups[5].Value}M{alt.Groups[6].Value}S";
        var parts = new DurationParts();
        var inTime = false;
        var i = 1;
        var any = false;
        while (i < s.Length)
        {
            if (s[i] is 'T' or 't')
            {
                if (inTime) throw Errors.TemporalText("Duration", text, pos);
                inTime = true;
                i++;
                continue;
            }
            var start = i;
            if (s[i] is '-' or '+') i++;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] is '.' or ',')) i++;
            if (i == start || i >= s.Length) throw Errors.TemporalText("Duration", text, pos);
            if (!double.TryParse(s[start..i].Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                throw Errors.TemporalText("Duration", text, pos);
            var unit = char.ToUpperInvariant(s[i++]);
            var key = (inTime, unit) switch
            {
                (false, 'Y') => "years",
                (false, 'M') => "months",
                (false, 'W') => "weeks",
                (false, 'D') => "days",
                (true, 'H') => "hours",
                (true, 'M') => "minutes",
                (true, 'S') => "seconds",
                _ => throw Errors.TemporalText("Duration", text, pos),
            };
            parts.Add(key, number);
            any = true;
        }
        if (!any) throw Errors.TemporalText("Duration", text, pos);
        var duration = parts.ToDuration();
        return negative ? Negate(duration) : duration;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[Pp](\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2}(?:[.,]\d+)?)$")]
    private static partial System.Text.RegularExpressions.Regex AlternativeDuration();
}
