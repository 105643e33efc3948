using System.Collections;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

internal sealed partial class Executor
{
    // 6.4.3 Value Completion.
    private async ValueTask<object?> CompleteValue(
        GraphType type, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var completed = await CompleteValue(nonNull.OfType, parentType, field, nodes, result, path).ConfigureAwait(false);
            return completed ?? throw new GraphQLException(Messages.NonNullFieldReturnedNull(parentType.Name, field.Name));
        }

        switch (result)
        {
            case null:
                return null;
            case Exception exception:
                // A resolver may return an error value (e.g. one list item): it is a field error at that position.
                throw exception;
            case Task task:
                await task.ConfigureAwait(false);
                result = task.GetType().GetProperty("Result")?.GetValue(task);
                return await CompleteValue(type, parentType, field, nodes, result, path).ConfigureAwait(false);
        }

        switch (type)
        {
            case ListType list:
                return await CompleteList(list, parentType, field, nodes, result, path).ConfigureAwait(false);
            case ScalarType scalar:
                return scalar.Serialize(result);
            case EnumType enumType:
                return EnumNames.Match(enumType, result)
                    ?? throw new GraphQLException(Messages.EnumCannotRepresent(enumType.Name, BuiltInScalars.Inspect(result is System.Enum ? result.ToString() : result)));
            case ObjectType objectType:
                return await CompleteObject(objectType, nodes, result, path).ConfigureAwait(false);
            case InterfaceType or UnionType:
                return await CompleteObject(ResolveRuntimeType((NamedType)type, parentType, field, result), nodes, result, path).ConfigureAwait(false);
            default:
                throw new InvalidOperationException(type.ToString());
        }
    }

    private async ValueTask<object?> CompleteList(
        ListType list, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary)
        {
            throw new GraphQLException(Messages.ExpectedIterable(parentType.Name, field.Name));
        }

        var pending = new List<ValueTask<object?>>();
        var index = 0;
        foreach (var item in items)
        {
            pending.Add(CompleteValueCatching(list.OfType, parentType, field, nodes, item, path.Add(index++)));
        }

        var completed = new List<object?>(pending.Count);
        var propagate = false;
        foreach (var task in pending)
        {
            try
            {
                completed.Add(await task.ConfigureAwait(false));
            }
            catch (PropagatedNullException)
            {
                propagate = true;
            }
        }

        return propagate ? throw PropagatedNullException.Instance : completed;
    }

    private ValueTask<object?> CompleteObject(ObjectType type, List<FieldNode> nodes, object result, ResponsePath path)
    {
        var selectionSets = new List<SelectionSetNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                selectionSets.Add(node.SelectionSet);
            }
        }

        return ExecuteFields(type, result, CollectFields(type, selectionSets), path);
    }

    // 6.4.3 ResolveAbstractType: the type's resolver, else a "__typename" entry, else the CLR type's name.
    private ObjectType ResolveRuntimeType(NamedType abstractType, ObjectType parentType, FieldDefinition field, object result)
    {
        var resolver = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        var name = resolver?.Invoke(result) ?? DefaultResolver.TypeName(result);
        if (name is null)
        {
            var possible = _schema.PossibleTypes(abstractType);
            name = possible.FirstOrDefault(p => p.Name == result.GetType().Name)?.Name;
        }

        if (name is null)
        {
            throw new GraphQLException(Messages.AbstractTypeUnresolved(abstractType.Name, parentType.Name, field.Name));
        }

        if (_schema.FindType(name) is not ObjectType runtimeType)
        {
            throw new GraphQLException(Messages.AbstractTypeResolvedToUnknown(abstractType.Name, name));
        }

        return _schema.IsPossibleType(abstractType, runtimeType)
            ? runtimeType
            : throw new GraphQLException(Messages.RuntimeTypeNotPossible(runtimeType.Name, abstractType.Name));
    }
}
