using InfluenceGraph.Server.Endpoints;
using InfluenceGraph.Server.Hosting;

namespace InfluenceGraph.Bench.GraphQL;

/// <summary>
/// The app's /graphql endpoint on Kestrel, as Program.cs serves it (its AddGraphQLApi and MapGraphQLApi: transport,
/// budgets, request context; the browser-protection headers and response compression in front, which stays off as the
/// load generator asks for none), over a store that holds one of the benchmark data sets. Logging as the app ships it
/// (ASP.NET at Warning).
/// </summary>
internal static class BenchHost
{
    public static async Task RunAsync(string data, int port)
    {
        var store = await BenchData.OpenAsync(data);
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.Configure<ApiOptions>(_ => { });
        builder.Services.AddSingleton(store);
        builder.Services.AddGraphQLApi(builder.Configuration);
        builder.Services.AddCompression();
        var app = builder.Build();
        app.UseBrowserProtection();
        app.UseResponseCompression();
        app.MapGraphQLApi();
        Console.WriteLine($"listening on http://127.0.0.1:{port}/graphql ({data})");
        await app.RunAsync();
    }
}
