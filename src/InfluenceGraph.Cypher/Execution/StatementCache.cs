using System.Collections.Concurrent;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>
/// Parsed statements by query text, so a query the app sends again is not lexed and parsed again. Texts longer than
/// <see cref="MaxCachedLength"/> are parsed each time and not kept: such a text is a script or a statement with its
/// data written in (a bulk load's literal lists), sent once, whose text and syntax tree would otherwise stay in memory
/// (a 100,000-row script is tens of megabytes of text and hundreds of syntax tree).
/// </summary>
internal sealed class StatementCache(ProcedureRegistry procedures)
{
    private const int Capacity = 2048;
    public const int MaxCachedLength = 1 << 16;
    private readonly ConcurrentDictionary<string, Statement> _single = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Statement>> _scripts = new(StringComparer.Ordinal);

    public Statement Single(string text)
    {
        if (_single.TryGetValue(text, out var statement)) return statement;
        statement = Compile(() =>
        {
            var parsed = Parser.ParseSingle(text);
            SemanticCheck.Check(parsed, procedures);
            return parsed;
        });
        if (text.Length > MaxCachedLength) return statement;
        if (_single.Count >= Capacity) _single.Clear();
        _single[text] = statement;
        return statement;
    }

    public IReadOnlyList<Statement> Script(string text)
    {
        if (_scripts.TryGetValue(text, out var statements)) return statements;
        statements = Compile(() =>
        {
            var parsed = Parser.ParseScript(text);
            foreach (var statement in parsed) SemanticCheck.Check(statement, procedures);
            return parsed;
        });
        if (text.Length > MaxCachedLength) return statements;
        if (_scripts.Count >= Capacity / 8) _scripts.Clear();
        _scripts[text] = statements;
        return statements;
    }

    /// <summary>Marks errors raised while parsing and checking as compile-time errors (the TCK's phase).</summary>
    private static T Compile<T>(Func<T> compile)
    {
        try
        {
            return compile();
        }
        catch (CypherException e)
        {
            e.IsCompileTime = true;
            throw;
        }
    }
}
