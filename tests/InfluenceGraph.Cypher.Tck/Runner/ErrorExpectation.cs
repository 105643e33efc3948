using System.Text.RegularExpressions;

namespace InfluenceGraph.Cypher.Tck.Runner;

/// <summary>
/// "a(n) TYPE should be raised at PHASE: DETAIL" (STEPS.md section 6). Each part matches when equal or when either
/// side is a wildcard: the type Error, the phase "any time", the detail "*".
/// </summary>
public sealed partial record ErrorExpectation(string Type, string Phase, string Detail)
{
    [GeneratedRegex(@"^an? (\S+) should be raised at (.+?): (.+)$")]
    private static partial Regex StepPattern();

    public static ErrorExpectation? TryParse(string stepText)
    {
        var match = StepPattern().Match(stepText.Trim());
        return match.Success ? new ErrorExpectation(match.Groups[1].Value, match.Groups[2].Value.Trim(), match.Groups[3].Value.Trim()) : null;
    }

    /// <summary>Null when <paramref name="error"/> meets the expectation, else why not.</summary>
    public string? Mismatch(CypherException error)
    {
        var problems = new List<string>();
        var actualClass = TckClassOf(error);
        if (Type != "Error" && !SameClass(Type, actualClass)) problems.Add($"type {actualClass}, expected {Type}");
        var actualPhase = error.IsCompileTime ? "compile time" : "runtime";
        if (Phase != "any time" && Phase != actualPhase) problems.Add($"raised at {actualPhase}, expected {Phase}");
        if (Detail != "*" && Detail != error.Detail) problems.Add($"detail {error.Detail ?? "(none)"}, expected {Detail}");
        return problems.Count == 0 ? null : string.Join("; ", problems) + $" [{error.Message}]";
    }

    /// <summary>The engine's error kinds carry the TCK's class names, except those Neo4j itself names differently.</summary>
    private static string TckClassOf(CypherException error) => error.Kind.ToString();

    // The TCK renamed ConstraintValidationFailed to ConstraintVerificationFailed between its master and main branches
    // (STEPS.md section 6); Neo4j reports the Validation name, so both are accepted.
    private static bool SameClass(string expected, string actual) =>
        expected == actual
        || (expected is "ConstraintVerificationFailed" or "ConstraintValidationFailed" && actual is "ConstraintVerificationFailed" or "ConstraintValidationFailed");
}
