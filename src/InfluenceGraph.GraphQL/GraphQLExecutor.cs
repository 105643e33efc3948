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
        if (request.Query.Length > options.MaxDocumentLength)
        {
            return ExecutionResult.Failed(ExecutionStatus.LimitExceeded, Messages.DocumentTooLong(options.MaxDocumentLength));
        }

        var prepared = _cache.Get(request.Query) ?? Prepare(request.Query, options.MaxTokens);
        if (prepared is null)
        {
            return ExecutionResult.Failed(ExecutionStatus.LimitExceeded, new TokenLimitException(options.MaxTokens).Message);
        }

        if (prepared.TokenCount > options.MaxTokens)
        {
            return ExecutionResult.Failed(ExecutionStatus.LimitExceeded, new TokenLimitException(options.MaxTokens).Message);
        }

        if (prepared.Status != ExecutionStatus.Ok)
        {
            return ExecutionResult.Failed(prepared.Status, prepared.Errors);
        }

        var document = prepared.Document!;
        var operation = SelectOperation(document, request.OperationName, out var selectionError);
        if (operation is null)
        {
            return ExecutionResult.Failed(ExecutionStatus.OperationNotFound, selectionError!);
        }

        var kind = (OperationKind)(int)operation.Operation;
        if (!options.AllowedOperations.Contains(kind))
        {
            return ExecutionResult.Failed(ExecutionStatus.OperationNotAllowed, Messages.OperationNotAllowed(kind.ToString().ToLowerInvariant()));
        }

        var depth = prepared.Depth(operation);
        if (depth > options.MaxDepth)
        {
            return ExecutionResult.Failed(ExecutionStatus.LimitExceeded, Messages.DocumentTooDeep(depth, options.MaxDepth));
        }

        var rootType = _schema.RootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.Failed(ExecutionStatus.OperationNotAllowed, Messages.OperationNotSupported(kind.ToString().ToLowerInvariant()));
        }

        var errors = new List<GraphQLError>();
        var variables = ArgumentCoercion.CoerceVariables(_schema, operation, request.Variables, errors);
        if (variables is null)
        {
            return ExecutionResult.Failed(ExecutionStatus.VariableCoercionError, errors);
        }

        var executor = new Executor(_schema, document, variables, options.UserContext, cancellationToken);
        return await executor.ExecuteAsync(operation, rootType, options.RootValue).ConfigureAwait(false);
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
