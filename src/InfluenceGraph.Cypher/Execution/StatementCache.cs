using System.Collections.Concurrent;
using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

/// <summary>Parsed statements by query text, so a query the app sends again is not lexed and parsed again.</summary>
internal sealed class StatementCache
{
    private const int Capacity = 2048;
    private readonly ConcurrentDictionary<string, Statement> _single = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<Statement>> _scripts = new(StringComparer.Ordinal);

    public Statement Single(string text)
    {
        if (_single.TryGetValue(text, out var statement)) return statement;
        statement = Parser.ParseSingle(text);
        SemanticCheck.Check(statement);
        if (_single.Count >= Capacity) _single.Clear();
        _single[text] = statement;
        return statement;
    }

    public IReadOnlyList<Statement> Script(string text)
    {
        if (_scripts.TryGetValue(text, out var statements)) return statements;
        statements = Parser.ParseScript(text);
        foreach (var statement in statements) SemanticCheck.Check(statement);
        if (_scripts.Count >= Capacity / 8) _scripts.Clear();
        _scripts[text] = statements;
        return statements;
    }
}
