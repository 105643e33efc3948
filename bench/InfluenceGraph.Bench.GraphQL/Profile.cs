using System.Diagnostics;
using System.Reflection;
using InfluenceGraph.Server.Schema;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// Where a parse+validate+execute goes: the engine's parser and validator timed alone (reached by reflection: they
/// are internal), beside the whole request. For finding hot spots, not part of the table.
/// </summary>
internal static class Profile
{
    public static void Run(double seconds)
    {
        var engine = typeof(InfluenceGraph.GraphQL.GraphQLExecutor).Assembly;
        var parse = engine.GetType("InfluenceGraph.GraphQL.Language.Parser")!
            .GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(int)])!;
        var validate = engine.GetType("InfluenceGraph.GraphQL.Validation.DocumentValidator")!
            .GetMethods(BindingFlags.Public | BindingFlags.Static).First(m => m.Name == "Validate" && m.GetParameters().Length == 2);
        var schema = InfluenceSchema.Build();
        foreach (var query in new[] { "graph", "actor" })
        {
            var text = BenchPaths.QueryText(query);
            var document = parse.Invoke(null, [text, int.MaxValue]);
            var parses = Rate(() => parse.Invoke(null, [text, int.MaxValue]), seconds);
            var validations = Rate(() => validate.Invoke(null, [schema, document]), seconds);
            Console.WriteLine($"{query}: parse {parses:F0}/s ({1e6 / parses:F1} us), validate {validations:F0}/s ({1e6 / validations:F1} us)");
            if (Environment.GetEnvironmentVariable("PROFILE_RULES") is not null)
                ProfileRules(engine, validate, schema, document!, seconds);
        }
    }

    // Each validation rule alone, slowest first.
    private static void ProfileRules(Assembly engine, MethodInfo validate, object schema, object document, double seconds)
    {
        var validator = engine.GetType("InfluenceGraph.GraphQL.Validation.DocumentValidator")!;
        var rules = (System.Collections.IEnumerable)validator.GetMethod("SpecifiedRules")!.Invoke(null, null)!;
        var withRules = validator.GetMethods(BindingFlags.Public | BindingFlags.Static).First(m => m.Name == "Validate" && m.GetParameters().Length == 3);
        var listType = withRules.GetParameters()[2].ParameterType.GenericTypeArguments[0];
        var timings = new List<(string, double)>();
        foreach (var rule in rules)
        {
            var list = Array.CreateInstance(listType, 1);
            var type = rule.GetType();
            timings.Add((type.Name, 1e6 / Rate(() =>
            {
                list.SetValue(Activator.CreateInstance(type), 0);
                withRules.Invoke(null, [schema, document, list]);
            }, seconds / 10)));
        }

        foreach (var (name, micros) in timings.OrderByDescending(t => t.Item2).Take(8))
            Console.WriteLine($"  {name}: {micros:F1} us");
    }

    private static double Rate(Action action, double seconds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds / 3)
            action();
        long count = 0;
        clock.Restart();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
