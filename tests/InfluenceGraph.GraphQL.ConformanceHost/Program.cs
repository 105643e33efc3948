using InfluenceGraph.GraphQL.ConformanceHost;

// Usage: dotnet run --project tests/InfluenceGraph.GraphQL.ConformanceHost -- [examples-folder] [--urls http://127.0.0.1:5400]
// The examples folder defaults to the kit's, ../shared/conformance/graphql/examples from the repository root.
var (examples, aspNetArgs) = HostArguments.Split(args);
examples ??= Path.Combine(HostArguments.RepositoryRoot(), ConformanceServer.DefaultExamples);
if (!File.Exists(Path.Combine(examples, "schema.graphql")))
{
    Console.Error.WriteLine($"No schema.graphql in {Path.GetFullPath(examples)}: give the kit's examples folder.");
    return 2;
}

var app = ConformanceServer.Create(examples, aspNetArgs);
await app.StartAsync();
foreach (var address in app.Urls)
    Console.WriteLine($"conformance host: {address}/graphql (examples: {Path.GetFullPath(examples)})");
await app.WaitForShutdownAsync();
return 0;
