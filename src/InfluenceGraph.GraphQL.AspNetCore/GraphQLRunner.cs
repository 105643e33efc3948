using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using InfluenceGraph.GraphQL.AspNetCore.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// Runs requests through GraphQL.NET's <see cref="IDocumentExecuter"/> with the budgets of
/// <see cref="GraphQLExecutionSettings"/>, checked in this order, all inside the timeout: a turn of the
/// <see cref="ExecutionGate"/> (when it bounds how many run at once), the document's length, its
/// token count, parsing (cached by query text), the operation and whether this transport may run it, depth and cost
/// (<see cref="QueryCost"/>), then GraphQL.NET's validation (skipped for a document that passed it before, except the
/// rules that read the request) and execution. Safe to share between concurrent requests.
/// </summary>
public sealed class GraphQLRunner
{
    private readonly ISchema _schema;
    private readonly IDocumentExecuter _executer;
    private readonly DocumentCache _cache = new(capacity: 1_000);
    private readonly ExecutionGate _gate;

    /// <param name="schema">The schema every request runs against.</param>
    /// <param name="serialQueries">
    /// Run query fields one after another (GraphQL.NET's SerialExecutionStrategy) instead of starting them all at once:
    /// faster where resolvers are synchronous, as the app's are (they read an in-memory snapshot).
    /// </param>
    /// <param name="gate">How many operations run at once (the rest wait their turn within their timeout); null: no bound.</param>
    public GraphQLRunner(ISchema schema, bool serialQueries = true, ExecutionGate? gate = null)
    {
        _schema = schema;
        _schema.Initialize();
        _gate = gate ?? ExecutionGate.Unbounded;
        // One strategy per runner: it keeps the fields it collected per selection set of this schema's documents.
        var serial = new CachingSerialExecutionStrategy();
        var strategies = new List<ExecutionStrategyRegistration>
        {
            new(serial, OperationType.Mutation),
            new(new SubscriptionExecutionStrategy(SerialExecutionStrategy.Instance), OperationType.Subscription),
        };
        if (serialQueries)
            strategies.Add(new(serial, OperationType.Query));
        _executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector(strategies), []);
    }

    public ISchema Schema => _schema;

    /// <summary>How many operations this runner executes at once.</summary>
    public ExecutionGate Gate => _gate;

    /// <summary>Executes a query or mutation (a subscription is refused unless the settings allow it; then see <see cref="SubscribeAsync"/>).</summary>
    public async Task<GraphQLOutcome> ExecuteAsync(GraphQLRequest request, GraphQLExecutionSettings settings, CancellationToken aborted)
    {
        using var budget = TimeBudget.Start(settings.Timeout, aborted);
        try
        {
            // The wait for a turn counts towards the timeout; a turn ends when the execution does, even one the
            // timeout abandoned (its resolvers still hold a core until they see the cancellation).
            return await budget.Await(_gate.RunAsync(() => RunAsync(request, settings, budget.Token), budget.Token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.TimedOut)
        {
            return TimedOut(settings.Timeout!.Value);
        }
    }

    /// <summary>
    /// Runs a subscription: on success the events, one result per source event; otherwise a single outcome saying why.
    /// A query or mutation sent here is executed once and answered as a single outcome.
    /// </summary>
    public async Task<GraphQLStream> SubscribeAsync(GraphQLRequest request, GraphQLExecutionSettings settings, CancellationToken aborted)
    {
        using var budget = TimeBudget.Start(settings.Timeout, aborted);
        try
        {
            // A subscription takes a turn for its setup only; its events run outside the bound.
            return await budget.Await(_gate.RunAsync(() => SetUpStreamAsync(request, settings, budget, aborted), budget.Token)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.TimedOut)
        {
            return new GraphQLStream(TimedOut(settings.Timeout!.Value), null);
        }
    }

    private async Task<GraphQLOutcome> RunAsync(GraphQLRequest request, GraphQLExecutionSettings settings, CancellationToken cancellationToken)
    {
        var plan = Plan(request, settings, cancellationToken);
        if (plan.Failure is { } failure)
            return failure;
        var result = await _executer.ExecuteAsync(Options(plan, request, settings, cancellationToken)).ConfigureAwait(false);
        return Finish(plan, result);
    }

    private async Task<GraphQLStream> SetUpStreamAsync(GraphQLRequest request, GraphQLExecutionSettings settings, TimeBudget budget, CancellationToken aborted)
    {
        var plan = Plan(request, settings, budget.Token);
        if (plan.Failure is { } failure)
            return new GraphQLStream(failure, null);
        // The stream outlives the setup: its events are cancelled by the caller's token, not by the timeout.
        var token = plan.Operation!.Operation == OperationType.Subscription ? aborted : budget.Token;
        var result = await _executer.ExecuteAsync(Options(plan, request, settings, token)).ConfigureAwait(false);
        var outcome = Finish(plan, result);
        return result.Streams is { Count: 1 } streams
            ? new GraphQLStream(null, ObservableStream.ToAsyncEnumerable(streams.Values.First(), aborted))
            : new GraphQLStream(outcome, null);
    }

    private sealed record ExecutionPlan(PreparedDocument? Prepared, GraphQLOperationDefinition? Operation, GraphQLOutcome? Failure);

    // Everything before GraphQL.NET: length, tokens, parse (cached), operation choice and permission, depth, cost.
    private ExecutionPlan Plan(GraphQLRequest request, GraphQLExecutionSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var query = request.Query ?? "";
        if (query.Length > settings.MaxDocumentLength)
            return Refused(Limit(TransportMessages.DocumentTooLong(settings.MaxDocumentLength)));
        var prepared = _cache.Get(query) ?? Prepare(query, settings.MaxTokens);
        if (prepared.TokenCount > settings.MaxTokens)
            return Refused(Limit(TransportMessages.TooManyTokens(settings.MaxTokens)));
        if (prepared.SyntaxError is { } syntaxError)
            return Refused(syntaxError);

        var document = prepared.Document!;
        GraphQLOperationDefinition operation;
        try
        {
            operation = SelectOperation(document, request.OperationName);
        }
        catch (ExecutionError e)
        {
            return Refused(e);
        }
        if (prepared.Shape.Fragments > settings.MaxFragments)
            return Refused(Limit(TransportMessages.TooManyFragments(prepared.Shape.Fragments, settings.MaxFragments)));
        if (prepared.Shape.LongestList > settings.MaxListLiteral)
            return Refused(Limit(TransportMessages.ListLiteralTooLong(prepared.Shape.LongestList, settings.MaxListLiteral)));
        if (prepared.Shape.Aliases > settings.MaxAliases)
            return Refused(Limit(TransportMessages.TooManyAliases(prepared.Shape.Aliases, settings.MaxAliases)));
        if (operation.Variables?.Count > settings.MaxVariables)
            return Refused(Limit(TransportMessages.TooManyVariables(operation.Variables.Count, settings.MaxVariables)));
        if (operation.SelectionSet.Selections.Count > settings.MaxRootFields)
            return Refused(Limit(TransportMessages.TooManyRootFields(operation.SelectionSet.Selections.Count, settings.MaxRootFields)));
        var name = operation.Operation.ToString().ToLowerInvariant();
        if (!settings.AllowedOperations.Allows(operation.Operation))
            return new ExecutionPlan(prepared, operation, new GraphQLOutcome(Result(new RequestError(TransportMessages.OperationNotAllowed(name))), GraphQLOutcomeKind.OperationNotAllowed));
        if (RootType(operation.Operation) is null)
            return Refused(new RequestError(TransportMessages.OperationNotSupported(name)).AddLocation(operation, document));

        var measure = QueryCost.Of(_schema, document, operation, request.Variables ?? Inputs.Empty, settings.DefaultListSize,
            settings.ExpectedListSize, settings.MaxCost ?? long.MaxValue, cancellationToken);
        if (measure.MaxWidth > settings.MaxWidth)
            return Refused(Limit(TransportMessages.TooWide(measure.MaxWidth, settings.MaxWidth)));
        if (measure.MaxSameName > settings.MaxSameName)
            return Refused(Limit(TransportMessages.TooManySameName(measure.MaxSameName, settings.MaxSameName)));
        if (measure.Depth > settings.MaxDepth)
            return Refused(Limit(TransportMessages.DocumentTooDeep(measure.Depth, settings.MaxDepth)));
        if (settings.MaxCost is { } maxCost && measure.Cost > maxCost)
        {
            var error = new ExecutionError(TransportMessages.CostTooHigh(measure.Cost, maxCost, measure.Stopped))
            {
                Extensions = new() { ["code"] = TransportMessages.CostLimitCode, ["cost"] = measure.Cost, ["maxCost"] = maxCost },
            };
            return Refused(error);
        }
        return new ExecutionPlan(prepared, operation, null);
    }

    private PreparedDocument Prepare(string query, int maxTokens)
    {
        PreparedDocument prepared;
        var tokens = CountTokens(query, maxTokens);
        if (tokens > maxTokens)
            return new PreparedDocument(null, null, tokens);
        try
        {
            prepared = new PreparedDocument(Parser.Parse(query), null, tokens);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            prepared = new PreparedDocument(null, new SyntaxError(e), tokens);
        }
        catch (GraphQLMaxDepthExceededException e)
        {
            prepared = new PreparedDocument(null, Limit(e.Message), tokens);
        }
        _cache.Add(query, prepared);
        return prepared;
    }

    // Counts lexical tokens up to one past the limit; a lexing error is left for the parser to report with its location.
    private static int CountTokens(string query, int limit)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= limit)
            {
                var token = Lexer.Lex(query, position);
                if (token.Kind == TokenKind.EOF)
                    break;
                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }
        return count;
    }

    // Spec 6.1 GetOperation(document, operationName), with GraphQL.NET's own errors.
    private static GraphQLOperationDefinition SelectOperation(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? match = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
                continue;
            if (string.IsNullOrEmpty(operationName))
            {
                if (match is not null)
                    throw new NoOperationNameError();
                match = operation;
            }
            else if (operation.Name?.StringValue == operationName)
            {
                return operation;
            }
        }
        return match ?? (string.IsNullOrEmpty(operationName) ? throw new NoOperationError() : throw new InvalidOperationNameError(operationName));
    }

    private IObjectGraphType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => _schema.Query,
        OperationType.Mutation => _schema.Mutation,
        OperationType.Subscription => _schema.Subscription,
        _ => null,
    };

    private ExecutionOptions Options(ExecutionPlan plan, GraphQLRequest request, GraphQLExecutionSettings settings, CancellationToken cancellationToken)
    {
        var options = new ExecutionOptions
        {
            Schema = _schema,
            Document = plan.Prepared!.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = plan.Prepared.Validated
                ? RuleSelection.RequestRules(settings.AllowIntrospection)
                : RuleSelection.For(plan.Prepared.Absent, settings.AllowIntrospection),
            UserContext = settings.UserContext,
            Root = settings.Root,
            CancellationToken = cancellationToken,
        };
        if (settings.TranslateException is { } translate)
            options.UnhandledExceptionDelegate = translate;
        return options;
    }

    private static GraphQLOutcome Finish(ExecutionPlan plan, ExecutionResult result)
    {
        if (result.Executed)
            plan.Prepared!.Validated = true;
        return new GraphQLOutcome(result, result.Executed ? GraphQLOutcomeKind.Executed : GraphQLOutcomeKind.RequestError);
    }

    private static ExecutionPlan Refused(ExecutionError error) =>
        new(null, null, new GraphQLOutcome(Result(error), GraphQLOutcomeKind.RequestError));

    private static ExecutionError Limit(string message) =>
        new(message) { Extensions = new() { ["code"] = TransportMessages.LimitCode } };

    private static ExecutionResult Result(ExecutionError error) => new() { Errors = [error] };

    // Timed out: the operation ran (data null), so over HTTP this is a 200 with the error, as for any field error.
    private static GraphQLOutcome TimedOut(TimeSpan limit)
    {
        var error = new TimeoutError(TransportMessages.ExecutionTimedOut(limit)) { Extensions = new() { ["code"] = TransportMessages.TimeoutCode } };
        return new GraphQLOutcome(new ExecutionResult { Executed = true, Data = null, Errors = [error] }, GraphQLOutcomeKind.Executed);
    }
}
