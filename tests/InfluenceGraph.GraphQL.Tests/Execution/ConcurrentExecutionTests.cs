namespace InfluenceGraph.GraphQL.Tests.Execution;

/// <summary>
/// Independent fields of a query run concurrently (every resolver of a selection set, and of every list item, starts
/// before any is awaited) while the response keeps selection order; mutations stay serial. Resolvers finish in an
/// order the test chooses, through gates, so nothing depends on timing.
/// </summary>
public sealed class ConcurrentExecutionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Object("Item", null, t =>
        {
            t.Field("id", "Int!");
            t.Field("slow", "String!").ResolveAsync(async c => await Gates(c).WaitAsync($"item{((Dictionary<string, object?>)c.Source!)["id"]}"));
        })
        .Object("Query", null, t =>
        {
            t.Field("gate", "String").Argument("name", "String!").ResolveAsync(async c => await Gates(c).WaitAsync(c.GetArgument<string>("name")!));
            t.Field("now", "String").Resolve(_ => "sync");
            t.Field("items", "[Item!]!").Resolve(_ => Enumerable.Range(1, 3).Select(i => new Dictionary<string, object?> { ["id"] = i }).ToArray());
        })
        .Object("Mutation", null, t =>
            t.Field("gate", "String").Argument("name", "String!").ResolveAsync(async c => await Gates(c).WaitAsync(c.GetArgument<string>("name")!)))
        .QueryType("Query").MutationType("Mutation").Build();

    [Fact]
    public async Task Query_AsyncSiblingsFinishingInReverse_AllStartFirstAndKeepSelectionOrder()
    {
        var gates = new GateSet();
        var running = Run("{ a: gate(name: \"a\") b: now c: gate(name: \"c\") d: gate(name: \"d\") }", gates);

        await gates.WaitStartedAsync(3);
        gates.Open("d", "c", "a");

        Assert.Equal("""{"data":{"a":"a","b":"sync","c":"c","d":"d"}}""", (await running).ToJson());
    }

    [Fact]
    public async Task Query_AsyncFieldsOfListItems_AllStartBeforeAnyFinishes()
    {
        var gates = new GateSet();
        var running = Run("{ items { id slow } }", gates);

        await gates.WaitStartedAsync(3);
        gates.Open("item3", "item1", "item2");

        Assert.Equal("""{"data":{"items":[{"id":1,"slow":"item1"},{"id":2,"slow":"item2"},{"id":3,"slow":"item3"}]}}""", (await running).ToJson());
    }

    [Fact]
    public async Task Mutation_AsyncFields_StartOnlyAfterThePreviousFinished()
    {
        var gates = new GateSet();
        var running = Run("mutation { a: gate(name: \"a\") b: gate(name: \"b\") }", gates);

        await gates.WaitStartedAsync(1);
        await Task.Delay(50);
        Assert.Equal(1, gates.Started);
        gates.Open("a");
        await gates.WaitStartedAsync(2);
        gates.Open("b");

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", (await running).ToJson());
    }

    private static Task<ExecutionResult> Run(string query, GateSet gates) =>
        new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest(query), new ExecutionOptions { UserContext = gates });

    private static GateSet Gates(ResolveContext context) => (GateSet)context.UserContext!;

    /// <summary>Named gates a resolver waits at; the test opens them in the order it wants.</summary>
    private sealed class GateSet
    {
        private readonly Dictionary<string, TaskCompletionSource<object?>> _gates = [];
        private readonly SemaphoreSlim _arrivals = new(0);
        private int _started;

        public int Started => Volatile.Read(ref _started);

        public Task<object?> WaitAsync(string name)
        {
            TaskCompletionSource<object?> gate;
            lock (_gates)
            {
                gate = Gate(name);
            }

            Interlocked.Increment(ref _started);
            _arrivals.Release();
            return gate.Task;
        }

        public async Task WaitStartedAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Started < count)
            {
                await _arrivals.WaitAsync(timeout.Token);
            }
        }

        public void Open(params string[] names)
        {
            foreach (var name in names)
            {
                lock (_gates)
                {
                    Gate(name).SetResult(name);
                }
            }
        }

        private TaskCompletionSource<object?> Gate(string name)
        {
            if (!_gates.TryGetValue(name, out var gate))
            {
                _gates[name] = gate = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return gate;
        }
    }
}
