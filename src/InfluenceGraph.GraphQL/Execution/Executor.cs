using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation of a validated document (spec 6 Execution). Field errors become null plus an error entry;
/// a null in a non-null position propagates to the nearest nullable parent (spec 6.4.4).
/// </summary>
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
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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
            var fields = CollectFields(rootType, [operation.SelectionSet]);
            data = operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSerially(rootType, rootValue, fields, null).ConfigureAwait(false)
                : await ExecuteFields(rootType, rootValue, fields, null).ConfigureAwait(false);
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
    private async ValueTask<object?> ExecuteFields(ObjectType type, object? source, OrderedDictionary<string, List<FieldNode>> fields, ResponsePath? path)
    {
        var pending = new ValueTask<object?>[fields.Count];
        var index = 0;
        foreach (var (key, nodes) in fields)
        {
            pending[index++] = ExecuteField(type, source, nodes, new ResponsePath(path, key));
        }

        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        var propagate = false;
        index = 0;
        foreach (var key in fields.Keys)
        {
            try
            {
                result[key] = await pending[index++].ConfigureAwait(false);
            }
            catch (PropagatedNullException)
            {
                // Keep awaiting the siblings so their errors are recorded too, then null the whole object.
                propagate = true;
            }
        }

        return propagate ? throw PropagatedNullException.Instance : result;
    }

    // 6.3.1 Normal and Serial Execution: mutation root fields one after another.
    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType type, object? source, OrderedDictionary<string, List<FieldNode>> fields, ResponsePath? path)
    {
        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (key, nodes) in fields)
        {
            result[key] = await ExecuteField(type, source, nodes, new ResponsePath(path, key)).ConfigureAwait(false);
        }

        return result;
    }

    // 6.4 ExecuteField: coerce arguments, resolve, complete.
    private async ValueTask<object?> ExecuteField(ObjectType parentType, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var node = nodes[0];
        var name = node.Name.Value;
        if (name == "__typename")
        {
            return parentType.Name;
        }

        var field = _schema.FindField(parentType, name);
        if (field is null)
        {
            return null;
        }

        object? resolved;
        try
        {
            var arguments = ArgumentCoercion.CoerceArguments(field.Arguments, node.Arguments, _variables);
            if (TryTakeSubscriptionEvent(field, out var sourceEvent))
            {
                resolved = sourceEvent;
            }
            else if (field.Resolver is null)
            {
                resolved = DefaultResolver.Resolve(source, name);
            }
            else
            {
                var context = new ResolveContext(_schema, parentType, field, source, arguments, _userContext, path, _cancellationToken);
                resolved = await field.Resolver(context).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, field.Type, nodes, path);
        }

        return await CompleteValueCatching(field.Type, parentType, field, nodes, resolved, path).ConfigureAwait(false);
    }

    private async ValueTask<object?> CompleteValueCatching(
        GraphType type, ObjectType parentType, FieldDefinition field, List<FieldNode> nodes, object? result, ResponsePath path)
    {
        try
        {
            return await CompleteValue(type, parentType, field, nodes, result, path).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            return HandleFieldError(e, type, nodes, path);
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
