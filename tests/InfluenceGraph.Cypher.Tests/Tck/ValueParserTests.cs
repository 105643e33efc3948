using InfluenceGraph.Cypher.Tck.Values;

namespace InfluenceGraph.Cypher.Tests.Tck;

public sealed class ValueParserTests
{
    private static string Canonical(string text, bool ignoreListOrder = false) => ValueParser.Parse(text).Canonical(ignoreListOrder);

    [Fact]
    public void Parse_IntegerAndFloat_AreNeverEqual() => Assert.NotEqual(Canonical("1"), Canonical("1.0"));

    [Theory]
    [InlineData("1.0", "1.00")]
    [InlineData(".5", "0.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("-0.0", "0.0")]
    [InlineData("NaN", "NaN")]
    public void Parse_Floats_CompareNumerically(string a, string b) => Assert.Equal(Canonical(a), Canonical(b));

    [Fact]
    public void Parse_String_UnescapesQuoteAndBackslashOnly()
    {
        // Literals6 [5]: after Gherkin unescaping the cell reads 'a\\bcn5t\'"\\//\\"\''.
        var value = Assert.IsType<TckString>(ValueParser.Parse(@"'a\\bcn5t\'""\\//\\""\''"));
        Assert.Equal(@"a\bcn5t'""\//\""'", value.Value);
    }

    [Fact]
    public void Parse_Node_ComparesLabelSetAndProperties()
    {
        Assert.Equal(Canonical("(:B:A {name: 'x', num: 1})"), Canonical("(:A:B {num: 1, name: 'x'})"));
        Assert.NotEqual(Canonical("(:A)"), Canonical("(:A {num: 1})"));
        Assert.Equal(Canonical("()"), Canonical("( )"));
    }

    [Fact]
    public void Parse_Relationship_HasTypeAndProperties()
    {
        var rel = Assert.IsType<TckRelationship>(ValueParser.Parse("[:KNOWS {since: 2016}]"));
        Assert.Equal("KNOWS", rel.Type);
        Assert.Equal(new TckInteger(2016), rel.Properties.Entries["since"]);
    }

    [Fact]
    public void Parse_Path_KeepsDirectionOfEachStep()
    {
        var path = Assert.IsType<TckPath>(ValueParser.Parse("<(:Label1)<-[:T1]-(:Label2)-[:T2]->(:Label3)>"));
        Assert.Equal([false, true], path.Steps.Select(s => s.Forward));
        Assert.NotEqual(Canonical("<(:A)-[:T]->(:B)>"), Canonical("<(:A)<-[:T]-(:B)>"));
        Assert.Empty(Assert.IsType<TckPath>(ValueParser.Parse("<()>")).Steps);
    }

    [Fact]
    public void Parse_ListsAndMaps_Nest()
    {
        var list = Assert.IsType<TckList>(ValueParser.Parse("[[1], {x: [], a1B2c3e67: null}, [:RA {name: 'a'}], 'b']"));
        Assert.Equal(4, list.Items.Count);
        Assert.IsType<TckRelationship>(list.Items[2]);
        Assert.Equal(Canonical("{b: 1, a: 2}"), Canonical("{a: 2, b: 1}"));
    }

    [Fact]
    public void Canonical_IgnoringListOrder_SortsNestedLists()
    {
        Assert.NotEqual(Canonical("[1, [2, 3]]"), Canonical("[[3, 2], 1]"));
        Assert.Equal(Canonical("[1, [2, 3]]", true), Canonical("[[3, 2], 1]", true));
    }

    [Theory]
    [InlineData("[1, 2")]
    [InlineData("'open")]
    [InlineData("(:A")]
    [InlineData("nope")]
    [InlineData("<(:A)-[:T]-(:B)>")]
    public void Parse_Malformed_Throws(string text) => Assert.Throws<FormatException>(() => ValueParser.Parse(text));

    [Fact]
    public void ToEngine_ParameterValues_BecomeClrValues()
    {
        var value = ValueConverter.ToEngine(ValueParser.Parse("[{year: 2016, id: 1}, 1.5, null]"));
        var list = Assert.IsType<List<object?>>(value);
        Assert.Equal(2016L, Assert.IsType<Dictionary<string, object?>>(list[0])["year"]);
        Assert.Equal(1.5, list[1]);
        Assert.Null(list[2]);
    }
}
