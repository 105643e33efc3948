namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// The C# side of bench/graphql (run.sh drives it): prepare the shared schema and data files, measure in process,
/// serve over HTTP, generate HTTP load, and print the comparison table.
/// </summary>
internal static class BenchProgram
{
    private const string Usage = """
        usage: InfluenceGraph.Bench.GraphQL <command>
          prepare <out>                           write schema.graphql, seed.json and synthetic.json for both sides
          inproc <out> [warmupSeconds] [seconds] [round]   in-process executions per second, into <out>/dotnet-inproc<round>.json
          serve <seed|synthetic> <port>           the app's /graphql endpoint on Kestrel over that data
          load <url> <query> <out.json> [seconds] [connections] [warmupSeconds]   HTTP load: requests/s, p50, p99
          report <out>                            the comparison table of everything measured in <out>
          profile [seconds]                       each phase of a request timed alone (hot spots; PROFILE_RULES=1: each validation rule)
          probe <file.graphql> <seed|synthetic> [seconds]   execute-only rate and allocations of any query
        """;

    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["prepare", var output]:
                await Prepare.RunAsync(output);
                return 0;
            case ["inproc", var output, .. var rest]:
                await InProcessBench.RunAsync(output, Seconds(rest, 0, 2), Seconds(rest, 1, 5), rest.Length > 2 ? rest[2] : "");
                return 0;
            case ["serve", var data, var port]:
                await BenchHost.RunAsync(data, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
                return 0;
            case ["load", var url, var query, var output, .. var rest]:
                await LoadGenerator.RunAsync(url, query, output, Seconds(rest, 0, 10), (int)Seconds(rest, 1, 50), rest.Length > 2 ? Seconds(rest, 2, 0) : null);
                return 0;
            case ["probe", var queryFile, var data, .. var rest]:
                await InProcessBench.ProbeAsync(queryFile, data, Seconds(rest, 0, 3));
                return 0;
            case ["profile", .. var rest]:
                await Profile.RunAsync(Seconds(rest, 0, 3));
                return 0;
            case ["report", var output]:
                Report.Print(output);
                return 0;
            default:
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static double Seconds(string[] rest, int index, double fallback) =>
        rest.Length > index ? double.Parse(rest[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
