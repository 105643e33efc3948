namespace InfluenceGraph.Bolt;

/// <summary>
/// The driver's log sink, shaped like Neo4j.Driver's ILogger. Debug carries the Bolt traffic as `C:`/`S:` lines
/// (credentials redacted); adapt it to Microsoft.Extensions.Logging in the app.
/// </summary>
public interface ILogger
{
    void Error(Exception? cause, string message, params object[] args);
    void Warn(Exception? cause, string message, params object[] args);
    void Info(string message, params object[] args);
    void Debug(string message, params object[] args);
    void Trace(string message, params object[] args);
    bool IsTraceEnabled();
    bool IsDebugEnabled();
}

/// <summary>The default: logs nothing.</summary>
public sealed class NullLogger : ILogger
{
    public static readonly NullLogger Instance = new();
    public void Error(Exception? cause, string message, params object[] args) { }
    public void Warn(Exception? cause, string message, params object[] args) { }
    public void Info(string message, params object[] args) { }
    public void Debug(string message, params object[] args) { }
    public void Trace(string message, params object[] args) { }
    public bool IsTraceEnabled() => false;
    public bool IsDebugEnabled() => false;
}
