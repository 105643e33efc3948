using System.Text;
using static InfluenceGraph.Cypher.Tests.TestSupport;

namespace InfluenceGraph.Cypher.Tests;

public sealed class LoadCsvTests : IDisposable
{
    private readonly string _import = TempDirectory();
    private readonly CypherDatabase _db;

    public LoadCsvTests() => _db = CypherDatabase.InMemory(new CypherDatabaseOptions { ImportDirectory = _import });

    public void Dispose()
    {
        _db.Dispose();
        Directory.Delete(_import, recursive: true);
    }

    private void Write(string name, string text, bool bom = false)
    {
        var path = System.IO.Path.Combine(_import, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
    }

    private List<string> Rows(string query) => _db.Run(query).Rows.Select(r => Show(r[0])).ToList();

    [Fact]
    public void LoadCsv_WithoutHeaders_GivesListsWithEmptyFieldsNull()
    {
        Write("a.csv", "1,x\n2,,z\r\n");
        Assert.Equal(["['1', 'x']", "['2', null, 'z']"], Rows("LOAD CSV FROM 'file:///a.csv' AS row RETURN row"));
    }

    [Fact]
    public void LoadCsv_QuotedFields_HoldCommasDoubledQuotesAndLineBreaks()
    {
        Write("q.csv", "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,\"\",x\n");
        Assert.Equal(["['a,b', 'say \"hi\"', 'two\nlines']", "['last', '', 'x']"], Rows("LOAD CSV FROM 'file:///q.csv' AS row RETURN row"));
    }

    [Fact]
    public void LoadCsv_WithHeaders_GivesMapsAndNullForMissingFields()
    {
        Write("h.csv", "id,name,age\nalice,Alice,30\nbob,Bob\ncarol,Carol,40,extra\n", bom: true);
        Assert.Equal(["{id: 'alice', name: 'Alice', age: '30'}", "{id: 'bob', name: 'Bob', age: null}", "{id: 'carol', name: 'Carol', age: '40'}"],
            Rows("LOAD CSV WITH HEADERS FROM 'file:///h.csv' AS row RETURN row"));
    }

    [Fact]
    public void LoadCsv_RepeatedHeader_KeepsItsFirstPlaceAndTheLastColumnsValue()
    {
        Write("d.csv", "a,b,a\n1,2,3\n4,5\n");
        Assert.Equal(["{a: '3', b: '2'}", "{a: null, b: '5'}"], Rows("LOAD CSV WITH HEADERS FROM 'file:///d.csv' AS row RETURN row"));
    }

    [Fact]
    public void LoadCsv_FieldsAndRecordsLongerThanTheReadBuffer_AreReadWhole()
    {
        // Fields of 100,000 characters and many short records: field, quote and line ends fall on every side of the
        // reader's buffer boundaries.
        var big = new string('x', 100_000);
        var lines = new List<string> { "k,v" };
        for (var i = 0; i < 3000; i++) lines.Add(i % 1000 == 7 ? $"{i},{big}" : i % 1000 == 9 ? $"{i},\"q\"\"{big}\r\n\"" : $"{i},v{i}");
        Write("long.csv", string.Join("\r\n", lines) + "\r\n");
        var rows = _db.Run("LOAD CSV WITH HEADERS FROM 'file:///long.csv' AS row RETURN row.k, size(row.v), linenumber()").Rows;
        Assert.Equal(3000, rows.Count);
        long line = 2;
        for (var i = 0; i < 3000; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(i % 1000 == 7 ? 100_000L : i % 1000 == 9 ? 100_004L : ("v" + i).Length, rows[i][1]);
            Assert.Equal(line, rows[i][2]);
            line += i % 1000 == 9 ? 2 : 1;
        }
    }

    [Fact]
    public void LoadCsv_Bom_IsNotPartOfTheFirstHeader()
    {
        Write("b.csv", "id\nx\n", bom: true);
        Assert.Equal(["'x'"], Rows("LOAD CSV WITH HEADERS FROM 'file:///b.csv' AS row RETURN row.id"));
    }

    [Fact]
    public void LoadCsv_FieldTerminator_SplitsOnIt()
    {
        Write("s.csv", "a;b,c\n");
        Write("t.tsv", "a\tb\n");
        Assert.Equal(["['a', 'b,c']"], Rows("LOAD CSV FROM 'file:///s.csv' AS row FIELDTERMINATOR ';' RETURN row"));
        Assert.Equal(["['a', 'b']"], Rows("LOAD CSV FROM 'file:///t.tsv' AS row FIELDTERMINATOR '\\t' RETURN row"));
    }

    [Fact]
    public void LoadCsv_LineNumber_CountsPhysicalLinesOfEachRecordStart()
    {
        Write("n.csv", "h\n\"a\nb\"\nc\n\nd\n");
        Assert.Equal(["2", "4", "6"], Rows("LOAD CSV WITH HEADERS FROM 'file:///n.csv' AS row RETURN linenumber()"));
        Assert.EndsWith("n.csv", (string)_db.Run("LOAD CSV FROM 'file:///n.csv' AS row RETURN file() LIMIT 1").Rows[0][0]!);
    }

    [Fact]
    public void LoadCsv_SubfolderAndCreate_CreatesOneNodePerRow()
    {
        Write("sub/people.csv", "id,name\na,A\nb,B\n");
        _db.Run("LOAD CSV WITH HEADERS FROM 'file:///sub/people.csv' AS row CREATE (:Person {id: row.id, name: row.name})");
        Assert.Equal(["'A'", "'B'"], Rows("MATCH (p:Person) RETURN p.name ORDER BY p.name"));
    }

    [Fact]
    public void LoadCsv_UnterminatedQuote_NamesFileAndLine()
    {
        Write("bad.csv", "a,b\nc,\"d\ne\n");
        var e = Fails(() => _db.Run("LOAD CSV FROM 'file:///bad.csv' AS row RETURN row"));
        Assert.Contains("file:///bad.csv:2", e.Message);
    }

    [Fact]
    public void LoadCsv_TextAfterClosingQuote_NamesFileAndLine()
    {
        Write("bad.csv", "a\n\"b\"c\n");
        var e = Fails(() => _db.Run("LOAD CSV FROM 'file:///bad.csv' AS row RETURN row"));
        Assert.Contains("file:///bad.csv:2", e.Message);
    }

    [Fact]
    public void LoadCsv_InvalidUtf8_NamesFileAndLine()
    {
        File.WriteAllBytes(System.IO.Path.Combine(_import, "latin1.csv"), [(byte)'a', (byte)'\n', 0xE9, (byte)'\n']);
        var e = Fails(() => _db.Run("LOAD CSV FROM 'file:///latin1.csv' AS row RETURN row"));
        Assert.Equal(CypherErrorKind.ExternalResourceFailed, e.Kind);
        Assert.Contains("file:///latin1.csv:2", e.Message);
    }

    [Fact]
    public void LoadCsv_MissingFile_NamesIt()
    {
        var e = Fails(() => _db.Run("LOAD CSV FROM 'file:///nope.csv' AS row RETURN row"));
        Assert.Equal("Neo.ClientError.Statement.ExternalResourceFailed", e.Code);
        Assert.Contains("'file:///nope.csv'", e.Message);
        Assert.Contains("no such file", e.Message);
    }

    [Theory]
    [InlineData("file:///../outside.csv")]
    [InlineData("file:///sub/../../outside.csv")]
    [InlineData("file:///%2E%2E/outside.csv")]
    [InlineData("http://example.com/a.csv")]
    [InlineData("https://example.com/a.csv")]
    [InlineData("ftp://example.com/a.csv")]
    public void LoadCsv_UrlLeavingTheImportFolder_IsRefused(string url)
    {
        File.WriteAllText(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_import)!, "outside.csv"), "x\n");
        var e = Fails(() => _db.Run($"LOAD CSV FROM '{url}' AS row CREATE (:N)"));
        Assert.Contains(url, e.Message);
        Assert.Equal(0L, _db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
    }

    [Fact]
    public void LoadCsv_AbsolutePathOfAFileOutside_IsReadInsideTheFolderAndNotFound()
    {
        var outside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_import)!, "absolute-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(outside, "x\n");
        try
        {
            var e = Fails(() => _db.Run($"LOAD CSV FROM 'file://{outside.Replace('\\', '/')}' AS row CREATE (:N)"));
            Assert.Contains("no such file in the import folder", e.Message);
            Assert.Equal(0L, _db.Run("MATCH (n) RETURN count(n)").Rows[0][0]);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void LoadCsv_SymbolicLinkLeadingOut_IsRefused()
    {
        var outside = TempDirectory();
        try
        {
            File.WriteAllText(System.IO.Path.Combine(outside, "secret.csv"), "x\n");
            File.CreateSymbolicLink(System.IO.Path.Combine(_import, "link.csv"), System.IO.Path.Combine(outside, "secret.csv"));
            Directory.CreateSymbolicLink(System.IO.Path.Combine(_import, "dir"), outside);
            Assert.Contains("outside the import folder", Fails(() => _db.Run("LOAD CSV FROM 'file:///link.csv' AS row RETURN row")).Message);
            Assert.Contains("outside the import folder", Fails(() => _db.Run("LOAD CSV FROM 'file:///dir/secret.csv' AS row RETURN row")).Message);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void LoadCsv_NoImportFolder_IsOff()
    {
        using var db = CypherDatabase.InMemory();
        Assert.Contains("LOAD CSV is off", Fails(() => db.Run("LOAD CSV FROM 'file:///a.csv' AS row RETURN row")).Message);
    }

    [Fact]
    public void LoadCsv_FieldTerminatorOfTwoCharacters_IsASyntaxError()
    {
        var e = Fails(() => _db.Run("LOAD CSV FROM 'file:///a.csv' AS row FIELDTERMINATOR ';;' RETURN row"));
        Assert.Equal(CypherErrorKind.SyntaxError, e.Kind);
        Assert.Equal(1, e.Line);
    }
}
