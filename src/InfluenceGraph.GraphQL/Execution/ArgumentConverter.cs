using System.Collections;
using System.Globalization;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>Converts coerced argument values to the CLR type a resolver asks for.</summary>
internal static class ArgumentConverter
{
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum && value is string name)
        {
            return System.Enum.TryParse(type, name.Replace("_", string.Empty), ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidCastException(Messages.CannotConvertArgument(name, type.Name));
        }

        if (type.IsArray && value is IEnumerable items && value is not string)
        {
            var element = type.GetElementType()!;
            var source = items.Cast<object?>().ToList();
            var array = Array.CreateInstance(element, source.Count);
            for (var i = 0; i < source.Count; i++)
            {
                array.SetValue(Convert(source[i], element), i);
            }

            return array;
        }

        if (type.IsGenericType && value is IEnumerable list && value is not string)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>)
                || definition == typeof(IList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>))
            {
                var element = type.GetGenericArguments()[0];
                var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                foreach (var item in list)
                {
                    result.Add(Convert(item, element));
                }

                return result;
            }
        }

        if (type == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid, CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateOnly) && value is string date)
        {
            return DateOnly.Parse(date, CultureInfo.InvariantCulture);
        }

        return value is IConvertible
            ? System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture)
            : throw new InvalidCastException(Messages.CannotConvertArgument(value.GetType().Name, type.Name));
    }
}
