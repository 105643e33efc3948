using InfluenceGraph.Server.Stores;

namespace InfluenceGraph.Server.Tests.Stores;

public sealed class ScriptSplitterTests
{
    [Fact]
    public void Split_SemicolonsInStringsNamesAndComments_DoNotSplit()
    {
        var script = "CREATE (:A {q: 'a;b'});\n// c;d\nCREATE (:`B;C` {q: \"e\\\";f\"}) /* g;h */;\n";

        var statements = ScriptSplitter.Split(script);

        Assert.Equal(2, statements.Count);
        Assert.Equal("CREATE (:A {q: 'a;b'})", statements[0].Text);
        Assert.Contains("`B;C`", statements[1].Text);
    }

    [Fact]
    public void Split_TrailingCommentsAndBlankStatements_AreDropped()
    {
        var statements = ScriptSplitter.Split("RETURN 1;;  \n// the end\n");

        Assert.Single(statements);
    }

    [Fact]
    public void ToScriptPosition_SecondStatement_MapsBackToTheFile()
    {
        var statements = ScriptSplitter.Split("RETURN 1;\nMATCH (a)\nRETURN b;");

        // Statement 2's text starts right after the first ';' (line 1, column 10) with a newline.
        Assert.Equal((1, 10), (statements[1].Line, statements[1].Column));
        Assert.Equal((3, 8), ScriptSplitter.ToScriptPosition(statements[1], 3, 8));
        Assert.Equal((1, 12), ScriptSplitter.ToScriptPosition(statements[1], 1, 3));
    }

    [Theory]
    [InlineData("Invalid input 'CREAT': expected ... (line 3, column 5 (offset: 42))", 3, 5)]
    [InlineData("Variable `x` not defined (line 1, column 12 (offset: 11))", 1, 12)]
    public void Neo4jErrorPosition_IsReadFromTheMessage(string message, int line, int column) =>
        Assert.Equal((line, column), Neo4jErrors.Position(message));

    [Fact]
    public void Neo4jErrorPosition_MessageWithoutOne_IsNull() =>
        Assert.Null(Neo4jErrors.Position("Connection refused"));
}
