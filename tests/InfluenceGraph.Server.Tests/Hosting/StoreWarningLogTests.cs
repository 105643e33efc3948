using InfluenceGraph.Cypher;
using InfluenceGraph.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Path = System.IO.Path;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>What the engine repairs on open reaches the server's log (issue 14, item 9: a torn journal tail was repaired silently).</summary>
public sealed class StoreWarningLogTests : IDisposable
{
    private readonly string _dataDirectory = TempDirectory.Create("influencegraph-torn");

    public void Dispose() => TempDirectory.Delete(_dataDirectory);

    [Fact]
    public async Task TornJournalTailIsLoggedAtWarningWhenTheServerOpensTheStore()
    {
        using (var db = CypherDatabase.Open(_dataDirectory))
        {
            db.Run("CREATE (:Actor {id: 'kept', name: 'Kept', kind: 'PERSON'})");
            db.Run("CREATE (:Actor {id: 'torn', name: 'Torn', kind: 'PERSON'})");
        }
        var journal = Path.Combine(_dataDirectory, "journal.log");
        using (var file = new FileStream(journal, FileMode.Open))
            file.SetLength(file.Length - 3);
        var logs = new CapturedLogs();

        await using var app = new InfluenceGraphFactory(_dataDirectory).WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var health = await app.CreateClient().GetAsync("/healthz");

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("torn"));
        Assert.Contains("journal", warning.Message);
    }
}
