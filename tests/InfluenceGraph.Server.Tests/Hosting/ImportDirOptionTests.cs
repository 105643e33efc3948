using InfluenceGraph.Server.Hosting;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

public sealed class ImportDirOptionTests
{
    [Fact]
    public void WithoutImportDirTheImportFolderIsBesideTheDataDirectory()
    {
        var data = Path.Combine(Path.GetTempPath(), "stores", "data");
        Assert.Equal(Path.Combine(Path.GetTempPath(), "stores", "import"), new StoreOptions { DataDir = data }.ImportDirectory);
    }

    [Fact]
    public void ImportDirOffTurnsLoadCsvOff() =>
        Assert.Null(new StoreOptions { ImportDir = "off" }.ImportDirectory);

    [Fact]
    public void ImportDirGivenIsUsedAsAFullPath() =>
        Assert.Equal(Path.GetFullPath("csv-in"), new StoreOptions { ImportDir = "csv-in" }.ImportDirectory);
}
