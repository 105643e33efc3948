using System.Globalization;
using InfluenceGraph.Bench.Scale;

// bench/scale's console: `generate`, `http`, `browser`, `table` (run.sh drives them; see bench/README.md, "Scale").
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args.Skip(1));
switch (args.FirstOrDefault())
{
    case "generate":
    {
        // generate SIZE DIR [--seed=N] [--batch=N] [--per-file=N] [--dynamic-types]
        var size = GraphSize.Parse(options.Positional(0));
        var generator = new Generator(size, options.Int("seed", 20261202), options.Int("batch", 1000),
            options.Int("per-file", 100_000), options.Flag("dynamic-types"));
        var started = DateTime.UtcNow;
        var manifest = generator.Write(options.Positional(1));
        Console.WriteLine($"generated {size.Label} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s: {manifest.Files.Length} files, " +
            $"{manifest.States} states, {manifest.Alliances} alliances, {manifest.ArmedGroups} armed groups, {manifest.Organizations} bodies, {manifest.Sources} sources");
        return 0;
    }
    case "apply":
        return await ApplyRunner.RunAsync(options);
    case "free-port":
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine(((System.Net.IPEndPoint)listener.LocalEndpoint).Port);
        listener.Stop();
        return 0;
    }
    case "http":
        return await HttpBench.RunAsync(options);
    case "browser":
        return await BrowserBench.RunAsync(options);
    case "table":
        return Report.Print(options);
    default:
        Console.Error.WriteLine("usage: generate SIZE DIR | apply ... | free-port | http ... | browser ... | table RESULT.json... (see bench/scale/run.sh)");
        return 2;
}

/// <summary>Positional arguments and --name=value options.</summary>
internal sealed class Options
{
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var o = new Options();
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=');
                if (eq < 0) o._named[a[2..]] = "true";
                else o._named[a[2..eq]] = a[(eq + 1)..];
            }
            else o._positional.Add(a);
        }
        return o;
    }

    public string Positional(int i) => i < _positional.Count ? _positional[i] : throw new ArgumentException($"argument {i + 1} missing");

    public IReadOnlyList<string> AllPositional => _positional;

    public string Str(string name, string fallback) => _named.GetValueOrDefault(name, fallback);

    public string Required(string name) => _named.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name}= missing");

    public int Int(string name, int fallback) => _named.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => _named.TryGetValue(name, out var v) ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => _named.TryGetValue(name, out var v) && v != "false" && v != "0";
}
