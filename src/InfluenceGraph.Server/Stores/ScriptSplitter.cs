namespace InfluenceGraph.Server.Stores;

/// <summary>One statement of a script (as written, with any leading comments) and where its text starts in the script (1-based).</summary>
public sealed record ScriptStatement(string Text, int Line, int Column);

/// <summary>
/// Splits a Cypher script into statements at each ';' that is outside string literals, backtick-quoted names and
/// comments: a small scanner over Cypher's lexical rules, used where the statements must be sent one by one (Neo4j)
/// or a script's beginnings run apart (to find the statement that broke a model rule).
/// </summary>
public static class ScriptSplitter
{
    public static IReadOnlyList<ScriptStatement> Split(string script)
    {
        var statements = new List<ScriptStatement>();
        int start = 0, line = 1, column = 1, startLine = 1, startColumn = 1;
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c is '\'' or '"' or '`')
            {
                Advance(ref i, ref line, ref column, script);
                while (i < script.Length && script[i] != c)
                {
                    // A backslash escapes the next character in string literals (not in backtick names).
                    if (script[i] == '\\' && c != '`' && i + 1 < script.Length)
                        Advance(ref i, ref line, ref column, script);
                    Advance(ref i, ref line, ref column, script);
                }
                if (i < script.Length)
                    Advance(ref i, ref line, ref column, script);
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                while (i < script.Length && script[i] != '\n')
                    Advance(ref i, ref line, ref column, script);
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                Advance(ref i, ref line, ref column, script);
                Advance(ref i, ref line, ref column, script);
                while (i < script.Length && !(script[i] == '*' && i + 1 < script.Length && script[i + 1] == '/'))
                    Advance(ref i, ref line, ref column, script);
                if (i < script.Length)
                {
                    Advance(ref i, ref line, ref column, script);
                    Advance(ref i, ref line, ref column, script);
                }
            }
            else if (c == ';')
            {
                Add(start, i);
                Advance(ref i, ref line, ref column, script);
                start = i;
                (startLine, startColumn) = (line, column);
            }
            else
            {
                Advance(ref i, ref line, ref column, script);
            }
        }
        Add(start, script.Length);
        return statements;

        void Add(int from, int to)
        {
            var text = script[from..to];
            if (HasCode(text))
                statements.Add(new ScriptStatement(text, startLine, startColumn));
        }
    }

    /// <summary>Maps a 1-based position inside <paramref name="statement"/>'s text to the position in the whole script.</summary>
    public static (int Line, int Column) ToScriptPosition(ScriptStatement statement, int line, int column) =>
        line <= 1 ? (statement.Line, statement.Column + column - 1) : (statement.Line + line - 1, column);

    private static void Advance(ref int i, ref int line, ref int column, string text)
    {
        if (text[i] == '\n') { line++; column = 1; } else column++;
        i++;
    }

    /// <summary>Where the statement's code starts in the whole script (1-based): after its leading white space and comments.</summary>
    public static (int Line, int Column) CodeStart(ScriptStatement statement)
    {
        var start = CodeOffset(statement.Text);
        var prefix = statement.Text.AsSpan(0, Math.Min(start, statement.Text.Length));
        var lines = prefix.Count('\n');
        var column = start - (prefix.LastIndexOf('\n') + 1) + 1;
        return ToScriptPosition(statement, lines + 1, column);
    }

    /// <summary>Whether a piece holds anything but white space and comments.</summary>
    private static bool HasCode(string text) => CodeOffset(text) < text.Length;

    /// <summary>The offset of the first character that is neither white space nor part of a comment; the length when none is.</summary>
    private static int CodeOffset(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) i++;
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
                while (i < text.Length && text[i] != '\n') i++;
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else return i;
        }
        return text.Length;
    }
}
