using System.Diagnostics;

namespace InfluenceGraph.Server.Stores;

public sealed partial class MetricCache
{
    /// <summary>How many times its own duration a background computation rests before the next one of its entry.</summary>
    public const int RestFactor = 3;

    /// <summary>
    /// Brings one entry up to the newest snapshot readers asked about, then rests, then does it again while writes keep
    /// coming: one computation per entry at a time, and after each a pause of <see cref="RestFactor"/> times its
    /// duration (at least the minimum pause). Writes arriving meanwhile are folded into the next computation instead of
    /// one computation each, so a stream of writes costs an entry at most a quarter of a core, and readers keep the
    /// rest; the value lags the newest write by at most about four computations.
    /// </summary>
    private async Task Refresh<T>(Entry entry, Func<GraphSnapshot, T> compute) where T : class
    {
        try
        {
            while (true)
            {
                GraphSnapshot target;
                lock (_gate)
                {
                    if (entry.Latest is null || entry.Version >= entry.Latest.Version)
                    {
                        (entry.Latest, entry.Refresh) = (null, null);
                        return;
                    }
                    target = entry.Latest;
                }
                var started = Stopwatch.GetTimestamp();
                var value = analyses.RunInBackground(() => compute(target));
                var took = Stopwatch.GetElapsedTime(started);
                lock (_gate)
                {
                    if (entry.Version < target.Version)
                        (entry.Value, entry.Version) = (value, target.Version);
                }
                var rest = took * RestFactor;
                await Task.Delay(rest > _minimumPause ? rest : _minimumPause).ConfigureAwait(false);
            }
        }
        catch
        {
            // A failed computation leaves the last value served with its version; the next reader starts another.
            lock (_gate)
                (entry.Latest, entry.Refresh) = (null, null);
            throw;
        }
    }
}
