using System.Collections;
using System.Globalization;

namespace InfluenceGraph.Bolt;

/// <summary>
/// Converts result values (long, double, string, byte[], lists, maps, graph and temporal values) to the .NET type a
/// caller asks for in IRecord.Get&lt;T&gt;: long to int, double to float, LocalDate to DateOnly and so on.
/// </summary>
public static class ValueConverter
{
    public static T Convert<T>(object? value) => (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            if (!target.IsValueType || Nullable.GetUnderlyingType(target) is not null) return null;
            throw new InvalidCastException(ErrorMessages.CannotConvert(value, target));
        }
        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target.IsInstanceOfType(value)) return value;
        try
        {
            return (value, target) switch
            {
                (long l, _) when target == typeof(int) => checked((int)l),
                (long l, _) when target == typeof(short) => checked((short)l),
                (long l, _) when target == typeof(byte) => checked((byte)l),
                (long l, _) when target == typeof(double) => (double)l,
                (long l, _) when target == typeof(float) => (float)l,
                (long l, _) when target == typeof(decimal) => (decimal)l,
                (double d, _) when target == typeof(float) => (float)d,
                (double d, _) when target == typeof(decimal) => (decimal)d,
                (_, _) when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
                (LocalDate d, _) when target == typeof(DateOnly) => d.ToDateOnly(),
                (LocalDate d, _) when target == typeof(DateTime) => d.ToDateOnly().ToDateTime(TimeOnly.MinValue),
                (LocalTime t, _) when target == typeof(TimeOnly) => t.ToTimeOnly(),
                (LocalTime t, _) when target == typeof(TimeSpan) => t.ToTimeSpan(),
                (LocalDateTime t, _) when target == typeof(DateTime) => t.ToDateTime(),
                (ZonedDateTime z, _) when target == typeof(DateTimeOffset) => z.ToDateTimeOffset(),
                (ZonedDateTime z, _) when target == typeof(DateTime) => z.ToDateTimeOffset().UtcDateTime,
                (IList list, _) when TryListType(target, out var element) => ConvertList(list, element, target.IsArray),
                (IDictionary map, _) when TryMapType(target, out var element) => ConvertMap(map, element),
                _ => throw new InvalidCastException(ErrorMessages.CannotConvert(value, target)),
            };
        }
        catch (OverflowException)
        {
            throw new ValueOverflowException(ErrorMessages.CannotConvert(value, target));
        }
    }

    private static bool TryListType(Type target, out Type element)
    {
        element = typeof(object);
        if (target.IsArray) { element = target.GetElementType()!; return true; }
        if (!target.IsGenericType) return false;
        var definition = target.GetGenericTypeDefinition();
        if (definition != typeof(List<>) && definition != typeof(IList<>) && definition != typeof(IReadOnlyList<>)
            && definition != typeof(IEnumerable<>) && definition != typeof(IReadOnlyCollection<>) && definition != typeof(ICollection<>))
            return false;
        element = target.GetGenericArguments()[0];
        return true;
    }

    private static object ConvertList(IList list, Type element, bool asArray)
    {
        var array = Array.CreateInstance(element, list.Count);
        for (var i = 0; i < list.Count; i++) array.SetValue(Convert(list[i], element), i);
        if (asArray) return array;
        var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), list.Count)!;
        foreach (var item in array) typed.Add(item);
        return typed;
    }

    private static bool TryMapType(Type target, out Type element)
    {
        element = typeof(object);
        if (!target.IsGenericType) return false;
        var definition = target.GetGenericTypeDefinition();
        if (definition != typeof(Dictionary<,>) && definition != typeof(IDictionary<,>) && definition != typeof(IReadOnlyDictionary<,>))
            return false;
        if (target.GetGenericArguments()[0] != typeof(string)) return false;
        element = target.GetGenericArguments()[1];
        return true;
    }

    private static object ConvertMap(IDictionary map, Type element)
    {
        var typed = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), element))!;
        foreach (DictionaryEntry entry in map) typed[entry.Key] = Convert(entry.Value, element);
        return typed;
    }
}
