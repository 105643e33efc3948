using System.Globalization;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>valueFromAST: a literal of the document (possibly with variables) coerced to an input type (spec 5.6.1, 6.4.1).</summary>
internal static class LiteralCoercion
{
    /// <summary>The coerced value, or <see cref="Undefined.Value"/> when the literal is not valid for the type.</summary>
    public static object? Coerce(ValueNode node, GraphType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Undefined.Value;
            }

            return value is null && type is NonNullType ? Undefined.Value : value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return node is NullValueNode ? Undefined.Value : Coerce(node, nonNull.OfType, variables);
            case var _ when node is NullValueNode:
                return null;
            case ListType list:
                return CoerceList(node, list, variables);
            case InputObjectType input:
                return CoerceObject(node, input, variables);
            case EnumType enumType:
                return node is EnumValueNode e && enumType.Find(e.Value) is not null ? e.Value : Undefined.Value;
            case ScalarType scalar:
                return CoerceScalar(node, scalar, variables);
            default:
                return Undefined.Value;
        }
    }

    private static object? CoerceList(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ListValueNode items)
        {
            var single = Coerce(node, list.OfType, variables);
            return single is Undefined ? single : new List<object?> { single };
        }

        var result = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (item is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)))
            {
                // A missing variable inside a list stands for null (spec 5.6.1 / graphql-js valueFromAST).
                if (list.OfType is NonNullType)
                {
                    return Undefined.Value;
                }

                result.Add(null);
                continue;
            }

            var value = Coerce(item, list.OfType, variables);
            if (value is Undefined)
            {
                return value;
            }

            result.Add(value);
        }

        return result;
    }

    private static object? CoerceObject(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode obj)
        {
            return Undefined.Value;
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!input.Fields.ContainsKey(field.Name.Value) || !given.TryAdd(field.Name.Value, field.Value))
            {
                return Undefined.Value;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in input.FieldList)
        {
            if (!given.TryGetValue(definition.Name, out var fieldNode)
                || (fieldNode is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                if (definition.HasDefaultValue)
                {
                    result[definition.Name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    return Undefined.Value;
                }

                continue;
            }

            var value = Coerce(fieldNode, definition.Type, variables);
            if (value is Undefined)
            {
                return value;
            }

            result[definition.Name] = value;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            return Undefined.Value;
        }

        return result;
    }

    private static object? CoerceScalar(ValueNode node, ScalarType scalar, IReadOnlyDictionary<string, object?>? variables)
    {
        try
        {
            if (!scalar.IsBuiltIn)
            {
                return scalar.ParseValue(DefaultValues.LiteralToPlain(node, variables));
            }

            return (scalar.Name, node) switch
            {
                ("Int", IntValueNode i) => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : Undefined.Value,
                ("Float", IntValueNode or FloatValueNode) => ParseDouble(node),
                ("String", StringValueNode s) => s.Value,
                ("Boolean", BooleanValueNode b) => b.Value,
                ("ID", StringValueNode s) => s.Value,
                ("ID", IntValueNode i) => i.Value,
                _ => Undefined.Value,
            };
        }
        catch (Exception e) when (e is GraphQLException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return Undefined.Value;
        }
    }

    private static object ParseDouble(ValueNode node)
    {
        var text = node is IntValueNode i ? i.Value : ((FloatValueNode)node).Value;
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? value : Undefined.Value;
    }
}
