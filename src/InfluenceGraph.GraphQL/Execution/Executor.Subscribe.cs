using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Types;

namespace InfluenceGraph.GraphQL.Execution;

internal sealed partial class Executor
{
    private object? _subscriptionEvent;
    private bool _hasSubscriptionEvent;

    // 6.2.3.1 CreateSourceEventStream: the single root field's subscriber gives the stream of source events.
    public async Task<(ExecutionResult? Error, IAsyncEnumerable<object?>? Stream)> CreateSourceStreamAsync(
        OperationDefinitionNode operation, ObjectType rootType, object? rootValue)
    {
        var fields = CollectFields(rootType, [operation.SelectionSet]);
        var (key, nodes) = fields.First();
        var node = nodes[0];
        var field = _schema.FindField(rootType, node.Name.Value);
        if (field?.Subscriber is null)
        {
            return (Error(Messages.NoSubscriber(rootType.Name, node.Name.Value), node, key), null);
        }

        try
        {
            var arguments = ArgumentCoercion.CoerceArguments(field.Arguments, node.Arguments, _variables);
            var context = new ResolveContext(_schema, rootType, field, rootValue, arguments, _userContext, null, key, _cancellationToken);
            return (null, await field.Subscriber(context).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException || !_cancellationToken.IsCancellationRequested)
        {
            var (message, extensions) = Describe(e);
            return (Error(message, node, key, extensions), null);
        }
    }

    // 6.2.3.2 ExecuteSubscriptionEvent: the root selection set once more, the subscription field taking the event as its value.
    public Task<ExecutionResult> ExecuteSubscriptionEventAsync(OperationDefinitionNode operation, ObjectType rootType, object? sourceEvent)
    {
        _subscriptionEvent = sourceEvent;
        _hasSubscriptionEvent = true;
        return ExecuteAsync(operation, rootType, sourceEvent);
    }

    /// <summary>The event stands for the subscription field's resolved value unless the field has a resolver of its own.</summary>
    private bool TryTakeSubscriptionEvent(FieldDefinition field, out object? value)
    {
        value = _subscriptionEvent;
        return _hasSubscriptionEvent && field.Subscriber is not null && field.Resolver is null;
    }

    private static ExecutionResult Error(string message, FieldNode node, string key, IReadOnlyDictionary<string, object?>? extensions = null) =>
        ExecutionResult.Failed(ExecutionStatus.Ok, [new GraphQLError(message, [node.Location], [key], extensions)]);
}
