using System.Collections.Concurrent;

namespace InfluenceGraph.Bolt.Tests.Infrastructure;

/// <summary>Collects the driver's debug lines (the `C:`/`S:` traffic) for assertions.</summary>
public sealed class ListLogger : ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();
    public void Error(Exception? cause, string message, params object[] args) => Lines.Enqueue("ERROR " + string.Format(message, args));
    public void Warn(Exception? cause, string message, params object[] args) => Lines.Enqueue("WARN " + string.Format(message, args));
    public void Info(string message, params object[] args) => Lines.Enqueue(string.Format(message, args));
    public void Debug(string message, params object[] args) => Lines.Enqueue(string.Format(message, args));
    public void Trace(string message, params object[] args) { }
    public bool IsTraceEnabled() => false;
    public bool IsDebugEnabled() => true;
}
