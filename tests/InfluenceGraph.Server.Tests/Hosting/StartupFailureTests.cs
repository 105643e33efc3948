using System.Net;
using System.Net.Sockets;
using InfluenceGraph.Cypher;
using Path = System.IO.Path;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.StartupAndHealth;

/// <summary>
/// Every way the server can fail to start ends with its own exit code and one line on standard error, not an
/// unhandled exception (issue 14, item 5: a second server, a corrupt journal, an unwritable directory aborted with SIGABRT).
/// </summary>
public sealed class StartupFailureTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _dataDirectory = TempDirectory.Create("influencegraph-start");

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        TempDirectory.Delete(_dataDirectory);
    }

    private static void AssertCleanExit(ServerProcess.Outcome outcome, int code, string says)
    {
        var detail = $"exit {outcome.ExitCode}\nstderr:\n{outcome.Error}\nstdout:\n{outcome.Output}";
        Assert.True(outcome.ExitCode == code, detail);
        var line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith("InfluenceGraph cannot start: ", line);
        Assert.Contains(says, line);
        Assert.DoesNotContain("Unhandled exception", outcome.Error + outcome.Output);
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Output);
    }

    [Fact]
    public void SecondServerOnTheSameDataDirectoryExitsWith75AndOneLine()
    {
        using var first = CypherDatabase.Open(_dataDirectory);

        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory), Patience);

        AssertCleanExit(outcome, ExitFailures.StoreLocked, "in use by another process");
    }

    [Fact]
    public void CorruptJournalExitsWith65AndOneLine()
    {
        using (var db = CypherDatabase.Open(_dataDirectory))
            for (var i = 0; i < 3; i++)
                db.Run("CREATE (:Actor {id: $id})", new Dictionary<string, object?> { ["id"] = $"a{i}" });
        var journal = Path.Combine(_dataDirectory, "journal.log");
        var bytes = File.ReadAllBytes(journal);
        bytes[16 + 10 + 5] ^= 0xFF;
        File.WriteAllBytes(journal, bytes);

        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory), Patience);

        AssertCleanExit(outcome, ExitFailures.DataError, "is damaged");
    }

    [Fact]
    public void UnknownStoreProviderExitsWith78AndOneLine()
    {
        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory, "--Store:Provider=Nowhere"), Patience);

        AssertCleanExit(outcome, ExitFailures.Misconfigured, "Store:Provider 'Nowhere' is unknown");
    }

    [Fact]
    public void SettingOfTheWrongTypeExitsWith78AndNamesIt()
    {
        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory, "--Store:RetrySeconds=soon"), Patience);

        AssertCleanExit(outcome, ExitFailures.Misconfigured, "Store:RetrySeconds");
    }

    [Theory]
    [InlineData("--GraphQL:MaxQueuedAnalyses=-1", "GraphQL:MaxQueuedAnalyses must be 0 or more")]
    [InlineData("--GraphQL:MaxConcurrentExecutions=-2", "GraphQL:MaxConcurrentExecutions must be 0 (as many as the cores) or more")]
    [InlineData("--GraphQL:MaxPageSize=0", "GraphQL:MaxPageSize must be 1 or more")]
    [InlineData("--Explorer:Poles:0=india", "Explorer:Poles takes two actor ids")]
    [InlineData("--GraphQL:TimeoutMs=soon", "GraphQL:TimeoutMs")]
    public void GraphQLOrExplorerSettingOutOfRangeExitsWith78AndNamesIt(string setting, string says)
    {
        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory, setting), Patience);

        AssertCleanExit(outcome, ExitFailures.Misconfigured, says);
    }

    [Fact]
    public void TakenAddressExitsWith71AndOneLine()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var args = ServerProcess.ServerArgs(_dataDirectory);
        args[1] = $"http://127.0.0.1:{port}";

        var outcome = ServerProcess.Run(args, Patience);

        Assert.True(outcome.ExitCode == ExitFailures.CannotListen, $"exit {outcome.ExitCode}\n{outcome.Error}\n{outcome.Output}");
        var line = Assert.Single(outcome.ErrorLines);
        Assert.Contains($"127.0.0.1:{port}", line);
    }

    [TmpfsFact]
    public void ReadOnlyDataDirectoryExitsWith77SayingItCannotBeWritten()
    {
        using var readOnly = Tmpfs.Mount(64 * 1024, readOnly: true);

        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(readOnly.Path), Patience);

        AssertCleanExit(outcome, ExitFailures.StoreReadOnly, "cannot be written by this user");
        Assert.DoesNotContain("in use", outcome.Error);
    }

    [WriteDenialFact]
    public void DataDirectoryThisUserMayNotWriteExitsWith77()
    {
        if (OperatingSystem.IsWindows()) return;
        ServerProcess.Outcome outcome;
        using (WriteDenial.Deny(_dataDirectory))
            outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory), Patience);

        AssertCleanExit(outcome, ExitFailures.StoreReadOnly, "cannot be written by this user");
    }

    [Fact]
    public void DataDirectoryOfAnotherUserExitsWith77()
    {
        if (ServerProcess.OtherUserUnavailable is not null)
            return; // WriteDenialFact's test covers an unprivileged run; this one needs root to start a child as nobody.

        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(_dataDirectory), Patience, asOtherUser: true);

        AssertCleanExit(outcome, ExitFailures.StoreReadOnly, "cannot be written by this user");
    }

    [TmpfsFact]
    public void FullDiskExitsWith74()
    {
        using var tmpfs = Tmpfs.Mount(256 * 1024);
        tmpfs.Fill();

        var outcome = ServerProcess.Run(ServerProcess.ServerArgs(Path.Combine(tmpfs.Path, "data")), Patience);

        AssertCleanExit(outcome, ExitFailures.StoreFull, "is full");
    }
}
