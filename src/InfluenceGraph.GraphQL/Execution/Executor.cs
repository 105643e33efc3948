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
        object? data;
        try
        {
            var plan = Plan(rootType, [operation.SelectionSet]);
            var pending = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(plan, rootValue, null)
                : ExecuteFields(plan, rootValue, null);
            data = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        }
        catch (PropagatedNullException)
        {
            data = null;
        }

        List<GraphQLError> errors;
        lock (_errors)
        {
            errors = [.. _errors];
        }

        return ExecutionResult.Executed(data, errors);
    }

    // 6.3 ExecuteSelectionSet, normal (parallel) execution: every field starts before any is awaited.
    private ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var propagate = false;
        for (var i = 0; i < fields.Length; i++)
        {
            try
            {
                var task = ExecuteField(plan.Type, source, fields[i], path);
                if (task.IsCompletedSuccessfully)
                {
                    values[i] = task.Result;
                }
                else
                {
                    (pending ??= []).Add((i, task));
                }
            }
            catch (PropagatedNullException)
            {
                // Keep executing the siblings so their errors are recorded too, then null the whole object.
                propagate = true;
            }
        }

        if (pending is not null)
        {
            return AwaitFields(plan, values, pending, propagate);
        }

        return propagate ? throw PropagatedNullException.Instance : new ValueTask<object?>(new ResponseMap(plan.Keys, plan.EncodedKeys, values));
    }

    private static async ValueTask<object?> AwaitFields(SelectionPlan plan, object?[] values, List<(int Index, ValueTask<object?> Task)> pending, bool propagate)
    {
        foreach (var (index, task) in pending)
        {
            try
            {
                values[index] = await task.ConfigureAwait(false);
            }
            catch (PropagatedNullException)
            {
                propagate = true;
            }
        }

        return propagate ? throw PropagatedNullException.Instance : new ResponseMap(plan.Keys, plan.EncodedKeys, values);
    }

    // 6.3.1 Normal and Serial Execution: mutation root fields one after another.
    private async ValueTask<object?> ExecuteFieldsSerially(SelectionPlan plan, object? source, ResponsePath? path)
    {
        var values = new object?[plan.Fields.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = await ExecuteField(plan.Type, source, plan.Fields[i], path).ConfigureAwait(false);
        }

        return new ResponseMap(plan.Keys, plan.EncodedKeys, values);
    }

    // 6.4 ExecuteField: coerce arguments, resolve, complete.
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

        ResponsePath? path = null;
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
                resolved = field.ReadDefault(source, definition.Name);
            }
            else
            {
                path = new ResponsePath(parentPath, field.ResponseKey);
                var context = new ResolveContext(_schema, parentType, definition, source, arguments, _userContext, path, _cancellationToken);
                var resolving = definition.Resolver(context);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return AwaitResolver(resolving, parentType, field, path);
                }

                resolved = resolving.Result;
            }

            if (field.Leaf is { } leaf && resolved is not (Task or Exception))
            {
                return new ValueTask<object?>(CompleteLeaf(leaf, definition.Type is NonNullType, parentType, definition, resolved));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return new ValueTask<object?>(HandleFieldError(e, definition.Type, field.Nodes, path ?? new ResponsePath(parentPath, field.ResponseKey)));
        }

        return CompleteValueCatching(definition.Type, parentType, field, resolved, path ?? new ResponsePath(parentPath, field.ResponseKey));
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

        return completing.IsCompletedSuccessfully ? completing : AwaitCompletion(completing, type, field, path);
    }

    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completing, GraphType type, PlannedField field, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, type, field.Nodes, path);
        }
    }

    // 6.4.4 Handling Execution Errors: record once, then null here or propagate to the parent for a non-null type.
    private object? HandleFieldError(Exception exception, GraphType type, List<FieldNode> nodes, ResponsePath path)
    {
        if (exception is not PropagatedNullException)
        {
            var (message, extensions) = Describe(exception);
            var error = new GraphQLError(message, [nodes[0].Location], path.ToList(), extensions);
            lock (_errors)
            {
                _errors.Add(error);
            }
        }

        return type is NonNullType ? throw PropagatedNullException.Instance : null;
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

/// <summary>A null already reported as an error travelling up to the nearest nullable field.</summary>
internal sealed class PropagatedNullException : Exception
{
    public static readonly PropagatedNullException Instance = new();
}
