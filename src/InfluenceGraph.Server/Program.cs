using InfluenceGraph.Server.Cli;
using InfluenceGraph.Server.Endpoints;
using InfluenceGraph.Server.Failures;
using InfluenceGraph.Server.Hosting;

if (args is ["cypher", .. var rest])
    return await CypherCommand.RunAsync(rest, Console.Out, Console.Error);

WebApplication app;
try
{
    app = Build(args);
    await app.StartAsync();
}
catch (Exception e) when (e is not HostAbortedException)
{
    // Every failure to start (the data directory locked, damaged, unwritable or on a full disk, the configuration
    // invalid, the address taken) ends here: one line and its own exit code (ExitFailures), not an unhandled exception.
    // (HostAbortedException is how tools such as WebApplicationFactory stop the entry point once they have the host.)
    await Console.Error.WriteLineAsync("InfluenceGraph cannot start: " + ExitFailures.Message(e));
    return ExitFailures.Code(e);
}
await app.WaitForShutdownAsync();
return ExitFailures.Success;

static WebApplication Build(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddInfluenceStore(builder.Configuration);
    builder.Services.AddGraphQLApi(builder.Configuration);
    builder.Services.AddAdminApi();
    builder.Services.AddCompression();

    var app = builder.Build().OpenStore();
    app.UseBrowserProtection();
    app.UseResponseCompression();
    app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
    app.UseExplorerPages();
    app.MapGraphQLApi();
    app.MapHealth();
    app.MapAdminApi();
    return app;
}

/// <summary>The web app's entry point, named so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
