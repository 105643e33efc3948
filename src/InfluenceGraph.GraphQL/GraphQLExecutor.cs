using InfluenceGraph.GraphQL.Execution;
using InfluenceGraph.GraphQL.Language;
using InfluenceGraph.GraphQL.Validation;

namespace InfluenceGraph.GraphQL;

/// <summary>
/// Runs requests against a schema: limits, parse, validate (cached by query text), operation selection,
/// variable coercion, then execution. Safe to share between concurrent requests.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly Schema _schema;
    private readonly DocumentCache _cache = new(capacity: 1_000);

    public GraphQLExecutor(Schema schema) => _schema = schema;

    public Schema Schema => _schema;

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExecutionOptions();
        var (failure, plan) = Plan(request, options);
        if (failure is not null)
        {
            return failure;
        }

        return await WithTimeout(options, cancellationToken,
            token => new Executor(_schema, plan!.Document, plan.Variables, options, token).ExecuteAsync(plan.Operation, plan.RootType, options.RootValue))
            .ConfigureAwait(false);
    }

    // The timeout cancels the resolvers' token; the answer does not wait for a resolver that ignores it.
    private static async Task<ExecutionResult> WithTimeout(ExecutionOptions options, CancellationToken cancellationToken, Func<CancellationToken, Task<ExecutionResult>> run)
    {
        if (options.Timeout is not { } limit)
        {
            return await run(cancellationToken).ConfigureAwait(false);
        }

        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var execution = run(timeout.Token);
        try
        {
            var result = await execution.WaitAsync(timeout.Token).ConfigureAwait(false);
            timeout.Dispose();
            return result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The abandoned execution ends on its own once its resolvers see the cancellation; observe its failure.
            _ = execution.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            var extensions = new Dictionary<string, object?> { ["code"] = Messages.TimeoutCode };
            return ExecutionResult.Executed(null, [new GraphQLError(Messages.ExecutionTimedOut(limit), Extensions: extensions)]);
        }
    }

    /// <summary>
    /// Runs a subscription (spec 6.2.3): on success <see cref="SubscriptionResult.Events"/> yields one result per source event;
    /// otherwise <see cref="SubscriptionResult.Error"/> says why (request errors, or the source stream could not be created).
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(GraphQLRequest request, ExecutionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExecutionOptions();
        var (failure, plan) = Plan(request, options);
        if (failure is not null)
        {
            return new SubscriptionResult(failure, null);
        }

        if (plan!.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult(await ExecuteAsync(request, options, cancellationToken).ConfigureAwait(false), null);
        }

        var executor = new Executor(_schema, plan.Document, plan.Variables, options, cancellationToken);
        var (error, stream) = await executor.CreateSourceStreamAsync(plan.Operation, plan.RootType, options.RootValue).ConfigureAwait(false);
        return error is not null
            ? new SubscriptionResult(error, null)
            : new SubscriptionResult(null, MapSourceToResponse(plan, stream!, options, cancellationToken));
    }

    // 6.2.3.2 MapSourceToResponseEvent: each event is executed like a query with the event as the subscription field's value.
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponse(
        ExecutionPlan plan, IAsyncEnumerable<object?> stream, ExecutionOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var sourceEvent in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await WithTimeout(options, cancellationToken,
                token => new Executor(_schema, plan.Document, plan.Variables, options, token).ExecuteSubscriptionEventAsync(plan.Operation, plan.RootType, sourceEvent))
                .ConfigureAwait(false);
        }
    }

    private sealed record ExecutionPlan(DocumentNode Document, OperationDefinitionNode Operation, Types.ObjectType RootType, IReadOnlyDictionary<string, object?> Variables);

    // Everything before execution: limits, parse and validate (cached), operation choice, permissions, variables.
    private (ExecutionResult? Failure, ExecutionPlan? Plan) Plan(GraphQLRequest request, ExecutionOptions options)
    {
        if (request.Query.Length > options.MaxDocumentLength)
        {
            return (ExecutionResult.Failed(ExecutionStatus.LimitExceeded, Messages.DocumentTooLong(options.MaxDocumentLength)), null);
        }

        var prepared = _cache.Get(request.Query) ?? Prepare(request.Query, options.MaxTokens);
        if (prepared is null || prepared.TokenCount > options.MaxTokens)
        {
            return (ExecutionResult.Failed(ExecutionStatus.LimitExceeded, new TokenLimitException(options.MaxTokens).Message), null);
        }

        if (prepared.Status != ExecutionStatus.Ok)
        {
            return (ExecutionResult.Failed(prepared.Status, prepared.Errors), null);
        }

        var document = prepared.Document!;
        var operation = SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return (ExecutionResult.Failed(ExecutionStatus.OperationNotFound, selectionError!), null);
        }

        var kind = (OperationKind)(int)operation.Operation;
        if (!options.AllowedOperations.Contains(kind))
        {
            return (ExecutionResult.Failed(ExecutionStatus.OperationNotAllowed, Messages.OperationNotAllowed(kind.ToString().ToLowerInvariant())), null);
        }

        if (!options.AllowIntrospection && prepared.UsesIntrospection(operation) is { } introspectionField)
        {
            return (ExecutionResult.Failed(ExecutionStatus.ValidationError, [new GraphQLError(Messages.IntrospectionDisabled, [introspectionField])]), null);
        }

        var depth = prepared.Depth(operation);
        if (depth > options.MaxDepth)
        {
            return (ExecutionResult.Failed(ExecutionStatus.LimitExceeded, Messages.DocumentTooDeep(depth, options.MaxDepth)), null);
        }

        var rootType = _schema.RootType(operation.Operation);
        if (rootType is null)
        {
            return (ExecutionResult.Failed(ExecutionStatus.OperationNotAllowed, Messages.OperationNotSupported(kind.ToString().ToLowerInvariant())), null);
        }

        var errors = new List<GraphQLError>();
        var variables = ArgumentCoercion.CoerceVariables(_schema, operation, request.Variables, errors);
        if (variables is null)
        {
            return (ExecutionResult.Failed(ExecutionStatus.VariableCoercionError, errors), null);
        }

        // The cost depends on the variables (a page size may be one), so it is measured for each request.
        if (options.MaxCost is { } maxCost && new CostMeter(_schema, document, variables, options.DefaultListSize).Measure(operation, rootType) is var cost && cost > maxCost)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = Messages.CostLimitCode, ["cost"] = cost, ["maxCost"] = maxCost };
            return (ExecutionResult.Failed(ExecutionStatus.LimitExceeded, [new GraphQLError(Messages.CostTooHigh(cost, maxCost), Extensions: extensions)]), null);
        }

        return (null, new ExecutionPlan(document, operation, rootType, variables));
    }

    private PreparedDocument? Prepare(string query, int maxTokens)
    {
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, maxTokens, out var tokenCount);
            var errors = DocumentValidator.Validate(_schema, document);
            prepared = errors.Count == 0
                ? new PreparedDocument(document, ExecutionStatus.Ok, [], tokenCount)
                : new PreparedDocument(null, ExecutionStatus.ValidationError, errors, tokenCount);
        }
        catch (TokenLimitException)
        {
            return null;
        }
        catch (GraphQLSyntaxException e)
        {
            prepared = new PreparedDocument(null, ExecutionStatus.ParseError, [new GraphQLError(e.Message, [e.Location])], 0);
        }

        _cache.Add(query, prepared);
        return prepared;
    }

    // 6.1 GetOperation(document, operationName)
    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out string? error)
    {
        error = null;
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operationName is null)
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = operations.Count == 0 ? Messages.MustProvideOperation : Messages.MustProvideOperationName;
            return null;
        }

        var match = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (match is null)
        {
            error = Messages.UnknownOperation(operationName);
        }

        return match;
    }
}
