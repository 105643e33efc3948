using InfluenceGraph.Server.Cli;
using InfluenceGraph.Server.Endpoints;
using InfluenceGraph.Server.Hosting;

if (args is ["cypher", .. var rest])
    return await CypherCommand.RunAsync(rest, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddInfluenceStore(builder.Configuration);
builder.Services.AddGraphQLApi(builder.Configuration);
builder.Services.AddAdminApi();
builder.Services.AddCompression();

var app = builder.Build();
app.UseBrowserProtection();
app.UseResponseCompression();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
app.UseExplorerPages();
app.MapGraphQLApi();
app.MapHealth();
app.MapAdminApi();
await app.RunAsync();
return 0;

/// <summary>The web app's entry point, named so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
