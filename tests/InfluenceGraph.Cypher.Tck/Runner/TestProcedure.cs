using System.Text.RegularExpressions;
using InfluenceGraph.Cypher.Tck.Gherkin;
using InfluenceGraph.Cypher.Tck.Values;

namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// "there exists a procedure name(in :: TYPE?, ...) :: (out :: TYPE?, ...):" with a table whose header names the
/// inputs, then the outputs: as the TCK defines it, the procedure returns, in table order, the output cells of
/// every row whose input cells equal the arguments.
/// </summary>
public static partial class TestProcedure
{
    public const string StepPrefix = "there exists a procedure ";

    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<in>[^)]*)\)\s*::\s*\((?<out>[^)]*)\)\s*:$")]
    private static partial Regex StepPattern();

    /// <summary>The procedure the step declares; a FormatException saying what does not fit.</summary>
    public static CypherProcedure Parse(GherkinStep step)
    {
        var match = StepPattern().Match(step.Text.Trim());
        if (!match.Success) throw new FormatException("the signature is not 'name(in :: TYPE?, ...) :: (out :: TYPE?, ...):'");
        var parameters = Fields(match.Groups["in"].Value).Select(f => new ProcedureParameter(f.Name, f.Type)).ToList();
        var outputs = Fields(match.Groups["out"].Value).Select(f => new ProcedureColumn(f.Name, f.Type)).ToList();
        var rows = step.Table?.Rows ?? [];
        var header = rows.Count > 0 ? rows[0] : [];
        var expected = parameters.Select(p => p.Name).Concat(outputs.Select(o => o.Name)).ToList();
        if (!header.SequenceEqual(expected))
            throw new FormatException($"the table header [{string.Join(", ", header)}] is not the inputs then the outputs [{string.Join(", ", expected)}]");
        var table = rows.Skip(1).Select(row => row.Select(ValueParser.Parse).ToList()).ToList();
        return new CypherProcedure(match.Groups["name"].Value, parameters, outputs, call => table
            .Where(row => parameters.Select((_, i) => row[i].Canonical() == ValueConverter.FromEngine(call.Arguments[i]).Canonical()).All(same => same))
            .Select(row => (IReadOnlyList<object?>)row.Skip(parameters.Count).Select(ValueConverter.ToEngine).ToList()));
    }

    private static IEnumerable<(string Name, CypherType Type)> Fields(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(field =>
        {
            var parts = field.Split("::", StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw new FormatException($"'{field}' is not 'name :: TYPE?'");
            return (parts[0], CypherType.Parse(parts[1]));
        });
}
