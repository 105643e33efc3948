using System.Diagnostics;

namespace InfluenceGraph.Bench.Cypher;

/// <summary>One benchmark figure: latency percentiles over many calls and a check value both engines must agree on.</summary>
internal sealed record Figure(string Name, double MedianMicros, double P99Micros, int Calls, string Check);

/// <summary>
/// Times a query over its parameter list: one untimed pass over every parameter (warm-up and the check value), then
/// `rounds` timed passes, each call timed on its own, stopping early once a pass ends past the time budget.
/// </summary>
internal static class Harness
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public static Figure Measure<T>(string name, IReadOnlyList<T> inputs, int rounds, Func<T, double> run)
    {
        var check = 0.0;
        foreach (var input in inputs) check += run(input);
        var samples = new List<double>(inputs.Count * rounds);
        var started = Stopwatch.StartNew();
        for (var round = 0; round < rounds && started.Elapsed < Budget; round++)
            foreach (var input in inputs)
            {
                var begin = Stopwatch.GetTimestamp();
                run(input);
                samples.Add(Stopwatch.GetElapsedTime(begin).TotalMicroseconds);
            }
        samples.Sort();
        return new Figure(name, Percentile(samples, 0.5), Percentile(samples, 0.99), samples.Count,
            check.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
