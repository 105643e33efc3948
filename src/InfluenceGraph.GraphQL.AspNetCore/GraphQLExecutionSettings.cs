using GraphQL.Execution;

namespace InfluenceGraph.GraphQL.AspNetCore;

/// <summary>
/// The budgets and context of one operation. Every budget is checked before the executor starts, and the timeout
/// runs from the moment the request is read: parsing, validation and cost analysis count towards it.
/// </summary>
public sealed class GraphQLExecutionSettings
{
    public OperationKinds AllowedOperations { get; init; } = OperationKinds.All;

    /// <summary>Longest query text accepted, in characters.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Most lexical tokens a query text may have (counted before it is parsed).</summary>
    public int MaxTokens { get; init; } = 10_000;

    /// <summary>
    /// Most fields one selection set may hold once its fragments are expanded (what GraphQL.NET's validation compares
    /// pairwise); the explorer's and GraphiQL's widest sets hold a few dozen.
    /// </summary>
    public int MaxWidth { get; init; } = 256;

    /// <summary>
    /// Most fields of one selection set that may answer under the same response name (fragments expanded): validation
    /// compares such fields pairwise, argument by argument. Repeating a field through a few fragments stays far below.
    /// </summary>
    public int MaxSameName { get; init; } = 16;

    /// <summary>Most variables an operation may define.</summary>
    public int MaxVariables { get; init; } = 64;

    /// <summary>
    /// Most items a list written in the query text may hold (GraphQL.NET validates literal lists item by item, slowly);
    /// longer lists go in variables.
    /// </summary>
    public int MaxListLiteral { get; init; } = 100;

    /// <summary>Most fragment definitions a document may hold.</summary>
    public int MaxFragments { get; init; } = 64;

    /// <summary>Most aliased fields a document may hold (each alias is one more copy of a field's work).</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>Most fields the operation may select at its root.</summary>
    public int MaxRootFields { get; init; } = 32;

    /// <summary>Deepest field nesting allowed, fragments expanded, not counting the inside of __schema and __type.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>
    /// Largest static cost an operation may have (see <see cref="QueryCost"/>); null: no budget. The analysis stops as soon
    /// as the budget is exceeded.
    /// </summary>
    public long? MaxCost { get; init; }

    /// <summary>The size a list field counts for when it has no size argument and <see cref="ExpectedListSize"/> knows none.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>
    /// How long a list field without a size argument can be, by parent type and field name (the app answers from the
    /// graph it serves: 'actors' is as long as the graph has actors); null: <see cref="DefaultListSize"/>.
    /// </summary>
    public Func<string, string, long?>? ExpectedListSize { get; init; }

    /// <summary>
    /// Longest an operation may take from the moment it is received; then resolvers are cancelled through their
    /// CancellationToken and the answer is data null with an EXECUTION_TIMEOUT error. Null: no limit. Subscriptions:
    /// setting up the stream.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>When false, operations selecting __schema or __type are refused (GraphQL.NET's NoIntrospectionValidationRule).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>GraphQL.NET's user context of the operation.</summary>
    public IDictionary<string, object?> UserContext { get; init; } = new Dictionary<string, object?>();

    /// <summary>The value given as Source to the root fields.</summary>
    public object? Root { get; init; }

    /// <summary>Translates a resolver's exception into the error the client sees (GraphQL.NET's UnhandledExceptionDelegate).</summary>
    public Func<UnhandledExceptionContext, Task>? TranslateException { get; init; }
}
