using System.Text.Json;
using InfluenceGraph.Bench.Cypher;

// bench generate <small|large> <dir>: writes the synthetic graph's CSV files and query parameters.
// bench run <small|large> <dir> <result.json>: loads them into the embedded engine and measures (see bench/README.md).
switch (args)
{
    case ["generate", var size, var directory]:
        SyntheticGraph.Write(size, directory);
        Console.WriteLine($"generated {size} graph in {directory}");
        return 0;
    case ["run", var size, var directory, var output]:
        var result = EngineBench.Run(size, directory);
        File.WriteAllText(output, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate <small|large> <dir> | run <small|large> <dir> <result.json>");
        return 2;
}
