using System.Collections;
using System.Text.Json;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>coerceInputValue: a plain value (from the request's variables) coerced to an input type (spec 3.5, 3.10, 6.1.2).</summary>
internal static class InputCoercion
{
    /// <summary>Reports each problem with the path inside the value ("input.stars") and a message.</summary>
    public delegate void ErrorSink(string path, object? value, string message);

    public static object? Coerce(object? value, GraphType type, string path, ErrorSink onError)
    {
        value = Plain(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(path, value, Messages.ExpectedNonNull(type.ToString()!));
                return null;
            }

            return Coerce(value, nonNull.OfType, path, onError);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(Coerce(item, list.OfType, $"{path}[{index++}]", onError));
                    }

                    return result;
                }

                return new List<object?> { Coerce(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceObject(value, input, path, onError);
            case EnumType enumType:
                if (value is string name)
                {
                    if (enumType.Find(name) is not null)
                    {
                        return name;
                    }

                    onError(path, value, Messages.ValueNotInEnum(BuiltInScalars.Inspect(name), enumType.Name));
                    return null;
                }

                if (value is System.Enum && EnumNames.Match(enumType, value) is { } matched)
                {
                    return matched;
                }

                onError(path, value, Messages.EnumNonStringValue(enumType.Name, BuiltInScalars.Inspect(value)));
                return null;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (Exception e) when (e is GraphQLException or FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError(path, value, e is GraphQLException ? e.Message : $"Expected type \"{scalar.Name}\". {e.Message}");
                    return null;
                }

            default:
                return null;
        }
    }

    private static object? CoerceObject(object value, InputObjectType input, string path, ErrorSink onError)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            onError(path, value, Messages.ExpectedObject(input.Name));
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.FieldList)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, Messages.InputFieldRequired(field.Name, field.Type.ToString()!));
                }

                continue;
            }

            result[field.Name] = Coerce(fieldValue, field.Type, path.Length == 0 ? field.Name : $"{path}.{field.Name}", onError);
        }

        foreach (var key in map.Keys.Where(k => !input.Fields.ContainsKey(k)))
        {
            onError(path, value, Messages.InputFieldUnknown(key, input.Name));
        }

        if (input.IsOneOf && (map.Count != 1 || map.Values.Single() is null))
        {
            onError(path, value, Messages.OneOfExactlyOne(input.Name));
        }

        return result;
    }

    /// <summary>Turns JSON elements and mutable dictionaries into the plain shapes coercion expects.</summary>
    public static object? Plain(object? value) => value switch
    {
        JsonElement element => JsonValues.ToPlain(element),
        IReadOnlyDictionary<string, object?> => value,
        IDictionary<string, object?> map => new Dictionary<string, object?>(map, StringComparer.Ordinal),
        _ => value,
    };
}
