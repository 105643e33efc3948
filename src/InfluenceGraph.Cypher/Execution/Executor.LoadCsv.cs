using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Executor
{
    /// <summary>Row slots (names no query can spell) that linenumber() and file() read.</summary>
    public const string LineNumberSlot = " linenumber", FileSlot = " file";

    /// <summary>LOAD CSV: per incoming row, one row per record of the file (a list, or a map under WITH HEADERS).</summary>
    private static List<Row> LoadCsv(LoadCsvClause load, List<Row> rows, QueryContext ctx)
    {
        var result = new List<Row>();
        foreach (var row in rows)
            ReadCsv(load, row, ctx, (value, line, path) => result.Add(row.With(load.Variable, value).With(LineNumberSlot, line).With(FileSlot, path)));
        return result;
    }

    /// <summary>Hands each record of the file named for <paramref name="row"/> to <paramref name="each"/> as it is read.</summary>
    private static void ReadCsv(LoadCsvClause load, Row row, QueryContext ctx, Action<object?, long, string> each)
    {
        var url = Evaluator.Eval(load.Source, row, ctx) as string ?? throw Errors.LoadCsvUrl(load.Pos);
        var path = ImportFolder.Resolve(url, ctx.ImportDirectory, load.Pos);
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Errors.LoadCsvUnreadable(url, e.Message, load.Pos);
        }
        using var reader = new CsvReader(stream, url, load.FieldTerminator);
        CsvHeaders? headers = null;
        if (load.WithHeaders && reader.Next() is { } names)
        {
            if (names.Any(h => h is null)) throw Errors.CsvEmptyHeader(reader.File, reader.RecordLine);
            headers = new CsvHeaders(names!);
        }
        while (reader.Next() is { } record)
        {
            object? value = headers is null ? new List<object?>(record) : new CsvRecord(headers, record);
            each(value, reader.RecordLine, path);
        }
    }
}
