using System.Globalization;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Functions
{
    private static object? StringOrMath(string name, object x, SourcePos pos)
    {
        switch (name)
        {
            case "tolower" or "lower": return Str(x, pos).ToLowerInvariant();
            case "toupper" or "upper": return Str(x, pos).ToUpperInvariant();
            case "trim": return Str(x, pos).Trim();
            case "ltrim": return Str(x, pos).TrimStart();
            case "rtrim": return Str(x, pos).TrimEnd();
            case "tostring": return ToStringValue(x) ?? throw Errors.ArgumentTypeMismatch("a simple value", x, pos);
            case "tostringornull": return ToStringValue(x);
            case "tointeger": return x is string or long or double or bool ? ToInteger(x) : throw Errors.ArgumentTypeMismatch("String, Integer, Float or Boolean", x, pos);
            case "tointegerornull": return ToInteger(x);
            case "tofloat": return x is string or long or double ? ToFloat(x) : throw Errors.ArgumentTypeMismatch("String, Integer or Float", x, pos);
            case "tofloatornull": return ToFloat(x);
            case "toboolean": return x is string or bool or long ? ToBoolean(x) : throw Errors.ArgumentTypeMismatch("String, Boolean or Integer", x, pos);
            case "tobooleanornull": return ToBoolean(x);
        }
        var number = x is long or double ? x : throw Errors.ArgumentTypeMismatch("a number", x, pos);
        var d = Values.ToDouble(number);
        return name switch
        {
            "abs" => number is long l ? (object)Math.Abs(l) : Math.Abs(d),
            "sign" => (long)Math.Sign(d),
            "floor" => Math.Floor(d),
            "ceil" => Math.Ceiling(d),
            "sqrt" => Math.Sqrt(d),
            "exp" => Math.Exp(d),
            "log" => Math.Log(d),
            "log10" => Math.Log10(d),
            _ => throw new InvalidOperationException($"No function {name}"),
        };
    }

    private static string Str(object x, SourcePos pos) => x as string ?? throw Errors.ArgumentTypeMismatch("String", x, pos);

    private static string? ToStringValue(object x) => x switch
    {
        string s => s,
        long or double or bool or DateOnly or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration => Values.Display(x),
        _ => null,
    };

    private static object? ToInteger(object x)
    {
        switch (x)
        {
            case long: return x;
            case double d: return double.IsFinite(d) && Math.Abs(d) < 9.2e18 ? (long)Math.Truncate(d) : null;
            case bool b: return b ? 1L : 0L;
            case string s:
                s = s.Trim();
                if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
                if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                    && long.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)) return hex;
                return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? ToInteger(f) : null;
            default: return null;
        }
    }

    private static object? ToFloat(object x) => x switch
    {
        double => x,
        long l => (double)l,
        string s => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => null,
    };

    private static object? ToBoolean(object x) => x switch
    {
        bool => x,
        long l => l != 0,
        string s => s.Trim().ToLowerInvariant() switch { "true" => true, "false" => false, _ => null },
        _ => null,
    };

    private static object? Date(object? x, SourcePos pos)
    {
        switch (x)
        {
            case null: return null;
            case DateOnly: return x;
            case CypherLocalDateTime or CypherDateTime: return Temporal.DateOf(x);
            case string s:
                // A date-time text gives its date.
                return Temporal.ParseDate(s.IndexOfAny(['T', 't']) is > 0 and var t ? s[..t] : s, "Date", pos);
            case IReadOnlyDictionary<string, object?> map:
                return Temporal.DateOfMap(map, pos);
            default: throw Errors.ArgumentTypeMismatch("String or Map", x, pos);
        }
    }

    private static object? Range(object?[] args, SourcePos pos)
    {
        if (args.Any(a => a is not long)) throw Errors.RangeArgument(args.First(a => a is not long), pos);
        var start = (long)args[0]!;
        var end = (long)args[1]!;
        var step = args.Length > 2 ? (long)args[2]! : 1;
        if (step == 0) throw Errors.RangeStepZero(pos);
        var result = new List<object?>();
        for (var i = start; step > 0 ? i <= end : i >= end; i += step)
        {
            result.Add(i);
            if (result.Count > 10_000_000) throw Errors.RangeTooLarge(pos);
        }
        return result;
    }

    private static object? Substring(object?[] args, SourcePos pos)
    {
        if (args[0] is null) return null;
        var s = Str(args[0]!, pos);
        if (args[1] is not long start || start < 0) throw Errors.NonNegativeArgument("substring", "start", pos);
        var from = (int)Math.Min(start, s.Length);
        if (args.Length == 2) return s[from..];
        if (args[2] is not long length || length < 0) throw Errors.NonNegativeArgument("substring", "length", pos);
        return s.Substring(from, (int)Math.Min(length, s.Length - from));
    }

    private static object? Replace(object?[] args, SourcePos pos)
    {
        if (args.Any(a => a is null)) return null;
        var search = Str(args[1]!, pos);
        return search.Length == 0 ? Str(args[0]!, pos) : Str(args[0]!, pos).Replace(search, Str(args[2]!, pos), StringComparison.Ordinal);
    }

    private static object? Split(object?[] args, SourcePos pos)
    {
        if (args[0] is null || args[1] is null) return null;
        var s = Str(args[0]!, pos);
        string[] delimiters = args[1] is IReadOnlyList<object?> list
            ? list.Select(d => d as string ?? throw Errors.ArgumentTypeMismatch("String", d, pos)).ToArray()
            : [Str(args[1]!, pos)];
        if (delimiters.All(d => d.Length == 0)) return s.Select(c => (object?)c.ToString()).ToList();
        return s.Split(delimiters, StringSplitOptions.None).Cast<object?>().ToList();
    }

    private static object? LeftRight(string name, object?[] args, SourcePos pos)
    {
        if (args[0] is null) return null;
        var s = Str(args[0]!, pos);
        if (args[1] is not long n || n < 0) throw Errors.NonNegativeArgument(name, "length", pos);
        var count = (int)Math.Min(n, s.Length);
        return name == "left" ? s[..count] : s[^count..];
    }

    private static object? Round(object?[] args, SourcePos pos)
    {
        if (args[0] is null) return null;
        var d = args[0] is long or double ? Values.ToDouble(args[0]!) : throw Errors.ArgumentTypeMismatch("a number", args[0], pos);
        if (args.Length == 1) return Math.Floor(d + 0.5);
        if (args[1] is not long precision) throw Errors.ArgumentTypeMismatch("Integer", args[1], pos);
        return Math.Round(d, (int)Math.Clamp(precision, 0, 15), MidpointRounding.AwayFromZero);
    }
}
