using System.Runtime.CompilerServices;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation of a validated document (spec 6 Execution). Field errors become null plus an error entry;
/// a null in a non-null position propagates to the nearest nullable parent (spec 6.4.4).
/// </summary>
/// <remarks>
/// Synchronous first: a resolver whose value is already there (a completed ValueTask) is completed on the spot, with
/// no state machine and no task; only a pending resolver makes its field, and the objects and lists above it, await.
/// Siblings of a query's selection set all start before any is awaited, so independent async resolvers run concurrently.
/// </remarks>
internal sealed partial class Executor
{
    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly object? _userContext;
    private readonly ExecutionOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<GraphQLError> _errors = [];

    public Executor(Schema schema, DocumentNode document, IReadOnlyDictionary<string, object?> variables, ExecutionOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _schema = schema;
        _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        _variables = variables;
        _userContext = options.UserContext;
        _cancellationToken = cancellationToken;
    }

    // 6.2.1 Query, 6.2.2 Mutation: the root selection set, in parallel for queries and serially for mutations.
    public async Task<ExecutionResult> ExecuteAsync(OperationDefinitionNode operation, ObjectType rootType, object? rootValue)
    {
        var plan = Plan(rootType, [operation.SelectionSet]);
        var pending = operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSerially(plan, rootValue, null)
            : ExecuteFields(plan, rootValue, null);
        var data = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        List<GraphQLError> errors;
        lock (_errors)
        {
            errors = [.. _errors];
        }

        return ExecutionResult.Executed(PropagatedNull.Is(data) ? null : data, errors);
    }

    // 6.3 ExecuteSelectionSet, normal (parallel) execution: every field starts before any is awaited. No try block
    // here: a field's errors are handled where they happen, and a null travelling up comes back as PropagatedNull.
    private ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var propagate = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (!field.IsPlainLeaf || !TryReadPlainLeaf(plan.Type, source, field, path, out var value))
            {
                var task = ExecuteField(plan.Type, source, field, path);
                if (!task.IsCompletedSuccessfully)
                {
                    (pending ??= []).Add((i, task));
                    continue;
                }

                value = task.Result;
            }

            // Keep executing the siblings after a propagated null, so their errors are recorded too.
            if (PropagatedNull.Is(value))
            {
                propagate = true;
            }
            else
            {
                values[i] = value;
            }
        }

        if (pending is not null)
        {
            return AwaitFields(plan, values, pending, propagate);
        }

        return new ValueTask<object?>(propagate ? PropagatedNull.Value : new ResponseMap(plan.Keys, plan.EncodedKeys, values));
    }

    private static async ValueTask<object?> AwaitFields(SelectionPlan plan, object?[] values, List<(int Index, ValueTask<object?> Task)> pending, bool propagate)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (PropagatedNull.Is(value))
            {
                propagate = true;
            }
            else
            {
                values[index] = value;
            }
        }

        return propagate ? PropagatedNull.Value : new ResponseMap(plan.Keys, plan.EncodedKeys, values);
    }

    // 6.3.1 Normal and Serial Execution: mutation root fields one after another.
    private async ValueTask<object?> ExecuteFieldsSerially(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var values = new object?[plan.Fields.Length];
        var propagate = false;
        for (var i = 0; i < values.Length; i++)
        {
            var value = await ExecuteField(plan.Type, source, plan.Fields[i], path).ConfigureAwait(false);
            if (PropagatedNull.Is(value))
            {
                propagate = true;
            }
            else
            {
                values[i] = value;
            }
        }

        return propagate ? PropagatedNull.Value : new ResponseMap(plan.Keys, plan.EncodedKeys, values);
    }

    // 6.4 ExecuteField: coerce arguments, resolve, complete. Field errors become null here, or PropagatedNull for a
    // non-null field; only a cancellation escapes.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, PlannedField field, ResponsePath? parentPath)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (field.IsTypeName)
        {
            return new ValueTask<object?>(parentType.Name);
        }

        var definition = field.Definition;
        if (definition is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        object? resolved;
        try
        {
            var arguments = field.Arguments ??= ArgumentCoercion.CoerceArguments(definition.Arguments, field.Nodes[0].Arguments, _variables);
            if (TryTakeSubscriptionEvent(definition, out var sourceEvent))
            {
                resolved = sourceEvent;
            }
            else if (definition.Resolver is null)
            {
                resolved = field.ReadDefault(source);
            }
            else
            {
                var context = new ResolveContext(_schema, parentType, definition, source, arguments, _userContext, parentPath, field.ResponseKey, _cancellationToken);
                var resolving = definition.Resolver(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return AwaitResolver(resolving, parentType, field, new ResponsePath(parentPath, field.ResponseKey));
                }

                resolved = resolving.Result;
            }

            if (field.Leaf is not null && resolved is not (Task or Exception))
            {
                return new ValueTask<object?>(CompleteFieldLeaf(parentType, field, resolved));
            }

            if (field.ObjectResult is { } objectType && resolved is not null && resolved is not (Task or Exception))
            {
                // An object value: its selection set straight away (CompleteValue's object case, without the detour).
                var path = new ResponsePath(parentPath, field.ResponseKey);
                var completing = ExecuteFields(SubPlan(field, objectType), resolved, path);
                if (!completing.IsCompletedSuccessfully)
                {
                    return AwaitCompletion(completing, definition.Type, field, path);
                }

                return new ValueTask<object?>(StopAtNullable(completing.Result, definition.Type));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(e, definition.Type, field.Nodes, new ResponsePath(parentPath, field.ResponseKey)));
        }

        return CompleteValueCatching(definition.Type, parentType, field, resolved, new ResponsePath(parentPath, field.ResponseKey));
    }

    /// <summary>
    /// A leaf field read by the default resolver, completed in place: no task, no path unless it fails. False when the
    /// property holds a task or an error value, which the general path completes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryReadPlainLeaf(ObjectType parentType, object? source, PlannedField field, ResponsePath? parentPath, out object? value)
    {
        try
        {
            var resolved = field.ReadDefault(source);
            if (resolved is not null and not string && resolved is Task or Exception)
            {
                value = null;
                return false;
            }

            value = CompleteFieldLeaf(parentType, field, resolved);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            value = HandleFieldError(e, field.Definition!.Type, field.Nodes, new ResponsePath(parentPath, field.ResponseKey));
        }

        return true;
    }

    private async ValueTask<object?> AwaitResolver(ValueTask<object?> resolving, ObjectType parentType, PlannedField field, ResponsePath path)
    {
        object? resolved;
        try
        {
            resolved = await resolving.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, field.Definition!.Type, field.Nodes, path);
        }

        return await CompleteValueCatching(field.Definition!.Type, parentType, field, resolved, path).ConfigureAwait(false);
    }

    // Completes a field's (or list item's) value of type 'type': an error, or a null propagated from below, stops here
    // as null when 'type' is nullable and goes on up as PropagatedNull when it is non-null (spec 6.4.4).
    private ValueTask<object?> CompleteValueCatching(GraphType type, ObjectType parentType, PlannedField field, object? result, ResponsePath path)
    {
        ValueTask<object?> completing;
        try
        {
            completing = CompleteValue(type, parentType, field, result, path);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(e, type, field.Nodes, path));
        }

        if (!completing.IsCompletedSuccessfully)
        {
            return AwaitCompletion(completing, type, field, path);
        }

        return new ValueTask<object?>(StopAtNullable(completing.Result, type));
    }

    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completing, GraphType type, PlannedField field, ResponsePath path)
    {
        object? value;
        try
        {
            value = await completing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, type, field.Nodes, path);
        }

        return StopAtNullable(value, type);
    }

    // A leaf field's value: kept as is when it already is what the built-in scalar serializes to, else completed.
    private static object? CompleteFieldLeaf(ObjectType parentType, PlannedField field, object? resolved) =>
        field.CompleteLeafValue(resolved) ?? CompleteLeaf(field.Leaf!, field.Definition!.Type is NonNullType, parentType, field.Definition!, resolved);

    // A null propagated from below stops at a position of nullable 'type' (it becomes null) and goes on up past a non-null one.
    private static object? StopAtNullable(object? value, GraphType type) =>
        PropagatedNull.Is(value) && type is not NonNullType ? null : value;

    // 6.4.4 Handling Execution Errors: record the error, then null here, or PropagatedNull for a non-null type.
    private object? HandleFieldError(Exception exception, GraphType type, List<FieldNode> nodes, ResponsePath path)
    {
        var (message, extensions) = Describe(exception);
        var error = new GraphQLError(message, [nodes[0].Location], path.ToList(), extensions);
        lock (_errors)
        {
            _errors.Add(error);
        }

        return type is NonNullType ? PropagatedNull.Value : null;
    }

    // GraphQLException speaks to the client; anything else is a bug or an outage, masked on request.
    private (string Message, IReadOnlyDictionary<string, object?>? Extensions) Describe(Exception exception)
    {
        if (exception is GraphQLException graphQLException)
        {
            return (graphQLException.Message, graphQLException.Extensions);
        }

        var correlationId = Guid.NewGuid().ToString("N");
        _options.OnUnexpectedError?.Invoke(exception, correlationId);
        return _options.MaskUnexpectedErrors
            ? (Messages.UnexpectedError, new Dictionary<string, object?> { ["correlationId"] = correlationId })
            : (exception.Message, null);
    }
}

/// <summary>
/// The value of a position that became null because a non-null field below it failed (spec 6.4.4), its error already
/// recorded: it travels up as a return value to the nearest nullable position, which turns it into null.
/// </summary>
internal static class PropagatedNull
{
    public static readonly object Value = new();

    public static bool Is(object? value) => ReferenceEquals(value, Value);
}
