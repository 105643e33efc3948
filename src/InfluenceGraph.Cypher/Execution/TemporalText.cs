using System.Globalization;
using System.Text;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>How Neo4j writes temporal values (java.time's ISO 8601 forms).</summary>
internal static class TemporalText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>HH:mm, then :ss when seconds or a fraction are set, then the fraction in groups of three digits.</summary>
    public static string TimeOfDay(long nanos)
    {
        var hour = nanos / TemporalMath.NanosPerHour;
        var minute = nanos / TemporalMath.NanosPerMinute % 60;
        var second = nanos / TemporalMath.NanosPerSecond % 60;
        var fraction = nanos % TemporalMath.NanosPerSecond;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
        if (second != 0 || fraction != 0) text.Append(CultureInfo.InvariantCulture, $":{second:00}");
        if (fraction != 0) text.Append('.').Append(Fraction(fraction));
        return text.ToString();
    }

    private static string Fraction(long nanos) =>
        nanos % 1_000_000 == 0 ? (nanos / 1_000_000).ToString("000", CultureInfo.InvariantCulture)
        : nanos % 1_000 == 0 ? (nanos / 1_000).ToString("000000", CultureInfo.InvariantCulture)
        : nanos.ToString("000000000", CultureInfo.InvariantCulture);

    public static string Offset(int seconds)
    {
        if (seconds == 0) return "Z";
        var sign = seconds < 0 ? '-' : '+';
        var abs = Math.Abs(seconds);
        var text = string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 3600:00}:{abs / 60 % 60:00}");
        return abs % 60 == 0 ? text : text + string.Create(CultureInfo.InvariantCulture, $":{abs % 60:00}");
    }

    /// <summary>P[nY][nM][nD][T[nH][nM][n.fS]], zero parts left out; PT0S when everything is zero.</summary>
    public static string Duration(CypherDuration d)
    {
        var text = new StringBuilder("P");
        if (d.Months / 12 != 0) text.Append(d.Months / 12).Append('Y');
        if (d.Months % 12 != 0) text.Append(d.Months % 12).Append('M');
        if (d.Days != 0) text.Append(d.Days).Append('D');
        // The time part is printed from its signed total, so -0.1 s reads PT-0.1S rather than PT-1.9S.
        var total = TemporalMath.TotalNanos(d);
        var negative = total < 0;
        var magnitude = negative ? -total : total;
        var hours = (long)(magnitude / TemporalMath.NanosPerHour);
        var minutes = (long)(magnitude / TemporalMath.NanosPerMinute % 60);
        var seconds = (long)(magnitude / TemporalMath.NanosPerSecond % 60);
        var fraction = (long)(magnitude % TemporalMath.NanosPerSecond);
        var sign = negative ? "-" : "";
        if (magnitude != 0)
        {
            text.Append('T');
            if (hours != 0) text.Append(sign).Append(hours).Append('H');
            if (minutes != 0) text.Append(sign).Append(minutes).Append('M');
            if (seconds != 0 || fraction != 0)
            {
                text.Append(sign).Append(seconds);
                if (fraction != 0) text.Append('.').Append(fraction.ToString("000000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                text.Append('S');
            }
        }
        return text.Length == 1 ? "PT0S" : text.ToString();
    }
}
