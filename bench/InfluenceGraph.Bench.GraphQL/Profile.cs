using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using InfluenceGraph.GraphQL.AspNetCore;
using InfluenceGraph.GraphQL.AspNetCore.Validation;
using InfluenceGraph.Server.Schema;
using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// Where a parse+validate+execute goes, each phase timed alone on one thread: the runner's token count, GraphQL.NET's
/// parser and validator (with the runner's document rules, and with none as a cached document has it: variables and
/// arguments only), GraphQL.NET's executer without the runner, the runner (cached, with the parallel strategy, and with
/// a new runner each time) and the serialiser. For finding hot spots, not part of the table.
/// </summary>
internal static class Profile
{
    /// <summary>The rules <see cref="GraphQLRunner"/> runs on a document it has not validated before.</summary>
    private static readonly IValidationRule[] DocumentRules = RuleSelection.All;

    public static async Task RunAsync(double seconds)
    {
        var schema = InfluenceSchema.Build();
        foreach (var query in new[] { "graph", "actor" })
        {
            var store = await BenchData.OpenAsync(BenchPaths.DataFor(query));
            var request = InProcessBench.Request(query);
            var text = request.Query!;
            var document = Parser.Parse(text);
            var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
            var validator = new DocumentValidator();
            var serial = new GraphQLRunner(schema);
            var parallel = new GraphQLRunner(schema, serialQueries: false);
            var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
                new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query)]), []);
            var result = InProcessBench.RunOnceAsync(serial, store, request).GetAwaiter().GetResult().Result;
            InProcessBench.Checked(parallel.ExecuteAsync(request, InProcessBench.Settings(store), CancellationToken.None).GetAwaiter().GetResult());

            Console.WriteLine($"{query}:");
            Report("count tokens (runner, before parsing)", () => CountTokens(text), seconds);
            Report("parse (GraphQLParser.Parser.Parse)", () => Parser.Parse(text), seconds);
            Report("validate, the runner's document rules", () => Validate(validator, schema, document, operation, request, store, DocumentRules), seconds);
            Report("validate, the rules the runner picks for it", () => Validate(validator, schema, document, operation, request, store, RuleSelection.For(document, allowIntrospection: true)), seconds);
            Report("validate, no rules (variables, arguments)", () => Validate(validator, schema, document, operation, request, store, []), seconds);
            Report("DocumentExecuter alone, parsed, no rules", () => executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Document = document,
                Variables = request.Variables,
                ValidationRules = [],
                UserContext = new RequestContext(store, "read only"),
            }).GetAwaiter().GetResult(), seconds);
            Report("runner, cached document (execute only)", () => InProcessBench.RunOnceAsync(serial, store, request).GetAwaiter().GetResult(), seconds);
            Report("runner, cached, parallel strategy", () => parallel.ExecuteAsync(request, InProcessBench.Settings(store), CancellationToken.None).GetAwaiter().GetResult(), seconds);
            Report("runner, new each time (parse+validate+execute)", () => InProcessBench.RunOnceAsync(new GraphQLRunner(schema), store, request).GetAwaiter().GetResult(), seconds);
            Report("new GraphQLRunner alone", () => new GraphQLRunner(schema), seconds);
            Report("serialise the result (GraphQLSerializer.WriteAsync)", () => InProcessBench.Serializer.WriteAsync(Stream.Null, result).GetAwaiter().GetResult(), seconds);
            if (Environment.GetEnvironmentVariable("PROFILE_RULES") is not null)
                ProfileRules(validator, schema, document, operation, request, store, seconds);
        }
    }

    // Each document rule alone, the most allocating first (the time includes what every validation pays: variables and arguments).
    private static void ProfileRules(DocumentValidator validator, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        GraphQLRequest request, InfluenceStore store, double seconds)
    {
        var timings = DocumentRules
            .Select(rule => (rule.GetType().Name, Measured: Measure(() => Validate(validator, schema, document, operation, request, store, [rule]), seconds / 10)))
            .OrderByDescending(t => t.Measured.Bytes);
        foreach (var (name, (rate, bytes)) in timings.Take(12))
            Console.WriteLine($"    rule {name}: {1e6 / rate:F1} us, {bytes:F0} B allocated");
    }

    private static IValidationResult Validate(DocumentValidator validator, ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation,
        GraphQLRequest request, InfluenceStore store, IEnumerable<IValidationRule> rules)
    {
        var result = validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = rules,
            UserContext = new RequestContext(store, "read only"),
            Metrics = Metrics.None,
            Variables = request.Variables ?? Inputs.Empty,
            Extensions = Inputs.Empty,
        }).GetAwaiter().GetResult();
        return result.IsValid ? result : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    // As the runner counts them before parsing (its own loop is private).
    private static int CountTokens(string text)
    {
        var count = 0;
        for (var token = Lexer.Lex(text, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(text, token.End))
            count++;
        return count;
    }

    private static void Report(string phase, Action action, double seconds)
    {
        var (rate, bytes) = Measure(action, seconds);
        Console.WriteLine($"  {phase,-52} {1e6 / rate,9:F1} us  ({rate:F0}/s)  {bytes,9:F0} B allocated");
    }

    // Executions per second, and bytes allocated per execution on this thread (a measure the machine's load leaves alone).
    private static (double Rate, double Bytes) Measure(Action action, double seconds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds / 3)
            action();
        long count = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        return (count / elapsed, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)count);
    }
}
