namespace InfluenceGraph.Server.Tests.Browser;

/// <summary>
/// A browser test: runs where Debian's Chromium is installed; elsewhere it is skipped and says why. Under CI
/// (CI=true) it never skips: a missing browser there is a failure of the CI setup, and the test shows it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); .ci/run installs it.";
    }
}
