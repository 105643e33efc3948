using System.Runtime.CompilerServices;

namespace InfluenceGraph.Cypher.Syntax;

/// <summary>
/// Recursive-descent parser for the openCypher 9 grammar subset the engine runs (plus Neo4j 5's constraint
/// commands and dynamic labels). One ParseX method per grammar production, named after it.
/// </summary>
internal sealed partial class Parser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _index;
    private int _nesting;

    /// <summary>
    /// How deep expressions may nest (parentheses, lists, maps, NOT and sign chains, operator and postfix chains). The
    /// parser, the semantic check and the evaluator all recurse over the tree: deeper text would overflow the stack,
    /// which no catch can stop and which would kill the process.
    /// </summary>
    private const int MaxNesting = 200;

    /// <summary>How many nesting levels a subquery's braces count for: each one recurses through whole clauses.</summary>
    private const int SubqueryNesting = 10;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    /// <summary>Parses a script: statements separated by ';' (empty statements are skipped).</summary>
    public static IReadOnlyList<Statement> ParseScript(string text)
    {
        var parser = new Parser(text);
        var statements = new List<Statement>();
        while (true)
        {
            while (parser.TryConsumeSymbol(";")) { }
            if (parser.Current.Kind == TokenKind.End) return statements;
            statements.Add(parser.ParseStatement());
            if (parser.Current.Kind != TokenKind.End && !parser.Current.IsSymbol(";"))
                throw parser.Expected("';' or end of input");
        }
    }

    /// <summary>Parses exactly one statement (a trailing ';' is allowed).</summary>
    public static Statement ParseSingle(string text)
    {
        var statements = ParseScript(text);
        if (statements.Count == 0) throw Errors.EmptyStatement();
        if (statements.Count > 1)
        {
            var second = statements[1].Pos;
            throw Errors.MoreThanOneStatement(second);
        }
        return statements[0];
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private SourcePos Here => new(Current.Line, Current.Column);

    private int PreviousEnd => _index == 0 ? 0 : _tokens[_index - 1].Offset + _tokens[_index - 1].Length;

    private string TextBetween(int start, int end) => _text[start..end];

    private Token Take() => _tokens[_index++];

    private bool AtKeyword(string keyword) => Current.IsKeyword(keyword);

    private bool AtKeywords(params string[] keywords)
    {
        for (var i = 0; i < keywords.Length; i++)
            if (!PeekToken(i).IsKeyword(keywords[i])) return false;
        return true;
    }

    private bool TryConsumeKeyword(string keyword)
    {
        if (!AtKeyword(keyword)) return false;
        _index++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryConsumeKeyword(keyword)) throw Expected(keyword.ToUpperInvariant());
    }

    private bool TryConsumeSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol)) return false;
        _index++;
        return true;
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TryConsumeSymbol(symbol)) throw Expected($"'{symbol}'");
    }

    /// <summary>One level deeper; a syntax error past <see cref="MaxNesting"/> or when the stack runs low.</summary>
    private void Deeper()
    {
        if (++_nesting > MaxNesting || !RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Errors.TooDeeplyNested(MaxNesting, Current);
    }

    private CypherException Expected(string what) => Errors.Expected(what, Current);

    /// <summary>openCypher "SymbolicName": a name or a back-quoted name.</summary>
    private string ParseSymbolicName(string what = "a name")
    {
        if (Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier) return Take().Kind == TokenKind.QuotedIdentifier ? (string)_tokens[_index - 1].Value! : _tokens[_index - 1].Text;
        throw Expected(what);
    }

    /// <summary>openCypher "SchemaName"/"PropertyKeyName": any name, keywords included.</summary>
    private string ParsePropertyKeyName() => ParseSymbolicName("a property name");

    private bool AtSymbolicName => Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    /// <summary>openCypher "Statement" / "Query" / "RegularQuery": single queries joined by UNION.</summary>
    private Statement ParseStatement()
    {
        var pos = Here;
        if (AtKeyword("SHOW"))
        {
            var show = ParseShowSchema() with { Pos = pos };
            return new Statement([[show]], [], pos);
        }
        foreach (var keyword in new[] { "EXPLAIN", "PROFILE", "USE", "GRANT", "DENY", "REVOKE", "ALTER", "START", "STOP", "TERMINATE" })
            if (AtKeyword(keyword)) throw Errors.Unsupported(keyword.ToUpperInvariant(), Current);
        if (AtKeywords("CREATE", "CONSTRAINT") || AtKeywords("DROP", "CONSTRAINT"))
        {
            Clause clause = AtKeyword("CREATE") ? ParseCreateConstraint() : ParseDropConstraint();
            return new Statement([[clause]], [], pos) { IsUpdating = true };
        }
        if (AtKeyword("CREATE") && (PeekToken(1).IsKeyword("INDEX") || PeekToken(1).IsKeyword("DATABASE") || PeekToken(1).IsKeyword("USER")
                || PeekToken(1).IsKeyword("ROLE") || PeekToken(1).IsKeyword("OR") || PeekToken(1).IsKeyword("RANGE") || PeekToken(1).IsKeyword("TEXT")
                || PeekToken(1).IsKeyword("FULLTEXT") || PeekToken(1).IsKeyword("POINT") || PeekToken(1).IsKeyword("LOOKUP") || PeekToken(1).IsKeyword("VECTOR")))
            throw Errors.Unsupported($"CREATE {PeekToken(1).Text.ToUpperInvariant()}", Current);
        if (AtKeyword("DROP")) throw Errors.Unsupported($"DROP {PeekToken(1).Text.ToUpperInvariant()}", Current);

        var parts = new List<IReadOnlyList<Clause>> { ParseSingleQuery() };
        var unionAll = new List<bool>();
        while (TryConsumeKeyword("UNION"))
        {
            unionAll.Add(TryConsumeKeyword("ALL"));
            parts.Add(ParseSingleQuery());
        }
        var batched = parts.SelectMany(p => p).OfType<CallSubqueryClause>().FirstOrDefault(c => c.Transactions is not null);
        return new Statement(parts, unionAll, pos) { IsUpdating = IsUpdating(parts), BatchedCall = batched };
    }

    private static bool IsUpdating(List<IReadOnlyList<Clause>> parts) =>
        parts.Any(p => p.Any(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause or ForeachClause
            or CallSubqueryClause { Body.IsUpdating: true }));

    /// <summary>The query inside a subquery's braces: single queries joined by UNION, up to the closing '}'.</summary>
    private Statement ParseSubqueryBody()
    {
        var pos = Here;
        var mark = _nesting;
        for (var i = 0; i < SubqueryNesting; i++) Deeper();
        ExpectSymbol("{");
        var parts = new List<IReadOnlyList<Clause>> { ParseSingleQuery() };
        var unionAll = new List<bool>();
        while (TryConsumeKeyword("UNION"))
        {
            unionAll.Add(TryConsumeKeyword("ALL"));
            parts.Add(ParseSingleQuery());
        }
        ExpectSymbol("}");
        _nesting = mark;
        return new Statement(parts, unionAll, pos) { IsUpdating = IsUpdating(parts) };
    }

    /// <summary>openCypher "SingleQuery": clauses up to ';', UNION or the end.</summary>
    private List<Clause> ParseSingleQuery()
    {
        var clauses = new List<Clause>();
        while (Current.Kind != TokenKind.End && !Current.IsSymbol(";") && !Current.IsSymbol("}") && !AtKeyword("UNION"))
        {
            if (clauses.Count > 0 && Current.IsSymbol(")")) throw Expected("a clause or ';'");
            clauses.Add(ParseClause());
        }
        if (clauses.Count == 0) throw Expected("a clause (MATCH, CREATE, MERGE, RETURN, ...)");
        return clauses;
    }
}
