using System.Collections;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

internal sealed partial class Executor
{
    // Boxed list indices for response paths, shared instead of boxing the same small numbers again and again.
    private static readonly object[] Indices = [.. Enumerable.Range(0, 1024).Select(i => (object)i)];

    // 6.4.3 Value Completion. Synchronous where the value is there; a task only where something is pending.
    private ValueTask<object?> CompleteValue(GraphType type, ObjectType parentType, PlannedField field, object? result, ResponsePath path)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, parentType, field, result, path);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(inner.Result ?? throw new GraphQLException(Messages.NonNullFieldReturnedNull(parentType.Name, field.Definition!.Name)))
                : AwaitNonNull(inner, parentType, field);
        }

        switch (result)
        {
            case null:
                return new ValueTask<object?>((object?)null);
            case Exception exception:
                // A resolver may return an error value (e.g. one list item): it is a field error at that position.
                throw exception;
            case Task task:
                return AwaitTaskValue(task, type, parentType, field, path);
        }

        switch (type)
        {
            case ListType list:
                return CompleteList(list, parentType, field, result, path);
            case ScalarType or EnumType:
                return new ValueTask<object?>(CompleteLeaf((NamedType)type, false, parentType, field.Definition!, result));
            case ObjectType objectType:
                return ExecuteFields(SubPlan(field, objectType), result, path);
            case InterfaceType or UnionType:
                return ExecuteFields(SubPlan(field, ResolveRuntimeType((NamedType)type, parentType, field.Definition!, result)), result, path);
            default:
                throw new InvalidOperationException(type.ToString());
        }
    }

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, ObjectType parentType, PlannedField field) =>
        await inner.ConfigureAwait(false) ?? throw new GraphQLException(Messages.NonNullFieldReturnedNull(parentType.Name, field.Definition!.Name));

    private async ValueTask<object?> AwaitTaskValue(Task task, GraphType type, ObjectType parentType, PlannedField field, ResponsePath path)
    {
        await task.ConfigureAwait(false);
        var result = task.GetType().GetProperty("Result")?.GetValue(task);
        return await CompleteValue(type, parentType, field, result, path).ConfigureAwait(false);
    }

    /// <summary>A scalar or enum value (spec 6.4.3 steps 3-4), and the non-null check when the type is non-null.</summary>
    private static object? CompleteLeaf(NamedType type, bool nonNull, ObjectType parentType, FieldDefinition field, object? result)
    {
        var value = result switch
        {
            null => null,
            // Already what the built-in scalar would serialize to: kept as is (no conversion, no second box).
            string when type == BuiltInScalars.String || type == BuiltInScalars.ID => result,
            bool when type == BuiltInScalars.Boolean => result,
            int when type == BuiltInScalars.Int => result,
            double d when type == BuiltInScalars.Float && double.IsFinite(d) => result,
            _ when type is ScalarType scalar => scalar.Serialize(result),
            _ => EnumNames.Match((EnumType)type, result)
                 ?? throw new GraphQLException(Messages.EnumCannotRepresent(type.Name, BuiltInScalars.Inspect(result is System.Enum ? result.ToString() : result))),
        };
        return value is null && nonNull ? throw new GraphQLException(Messages.NonNullFieldReturnedNull(parentType.Name, field.Name)) : value;
    }

    private ValueTask<object?> CompleteList(ListType list, ObjectType parentType, PlannedField field, object result, ResponsePath path)
    {
        if (result is not IEnumerable items || result is string || result is IDictionary)
        {
            throw new GraphQLException(Messages.ExpectedIterable(parentType.Name, field.Definition!.Name));
        }

        var completed = result is ICollection collection ? new List<object?>(collection.Count) : [];
        var itemType = list.OfType;
        var leaf = field.ListItemLeaf is { } l && ReferenceEquals(Unwrap(itemType), l) ? l : null;
        var objectPlan = field.ListItemObject is { } o && ReferenceEquals(Unwrap(itemType), o) ? SubPlan(field, o) : null;
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var propagate = false;
        var index = 0;
        foreach (var item in items)
        {
            object? value;
            if (leaf is not null && item is not (Task or Exception))
            {
                value = CompleteLeafItem(leaf, itemType, parentType, field, item, path, index);
            }
            else if (objectPlan is not null && item is not null && item is not (Task or Exception))
            {
                // An object item: its selection set straight away. A null propagated from it nulls a nullable item only.
                var task = ExecuteFields(objectPlan, item, ItemPath(path, index));
                if (!task.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((index, task));
                }

                value = task.IsCompletedSuccessfully ? StopAtNullable(task.Result, itemType) : null;
            }
            else
            {
                var task = CompleteValueCatching(itemType, parentType, field, item, ItemPath(path, index));
                if (!task.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((index, task));
                }

                value = task.IsCompletedSuccessfully ? task.Result : null;
            }

            // A non-null item that failed nulls the whole list (its error is already recorded).
            if (PropagatedNull.Is(value))
            {
                propagate = true;
                value = null;
            }

            completed.Add(value);
            index++;
        }

        if (pending is not null)
        {
            return AwaitList(completed, pending, propagate, itemType is NonNullType);
        }

        return new ValueTask<object?>(propagate ? PropagatedNull.Value : completed);
    }

    // A leaf item needs a path only when it fails.
    private object? CompleteLeafItem(NamedType leaf, GraphType itemType, ObjectType parentType, PlannedField field, object? item, ResponsePath path, int index)
    {
        try
        {
            return CompleteLeaf(leaf, itemType is NonNullType, parentType, field.Definition!, item);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, itemType, field.Nodes, ItemPath(path, index));
        }
    }

    // A PropagatedNull from an item nulls the list when items are non-null, else only that item.
    private static async ValueTask<object?> AwaitList(List<object?> completed, List<(int Index, ValueTask<object?> Task)> pending, bool propagate, bool itemsNonNull)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (PropagatedNull.Is(value))
            {
                propagate |= itemsNonNull;
            }
            else
            {
                completed[index] = value;
            }
        }

        return propagate ? PropagatedNull.Value : completed;
    }

    private static ResponsePath ItemPath(ResponsePath path, int index) => new(path, index < Indices.Length ? Indices[index] : index);

    private static GraphType Unwrap(GraphType type) => type is NonNullType nonNull ? nonNull.OfType : type;

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
