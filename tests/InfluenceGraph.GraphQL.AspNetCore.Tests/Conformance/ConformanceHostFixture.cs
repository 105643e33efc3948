using InfluenceGraph.GraphQL.ConformanceHost;
using Microsoft.AspNetCore.Builder;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Conformance;

/// <summary>The conformance host on a free local port, serving the kit's examples, for the tests of one class.</summary>
public sealed class ConformanceHostFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string HttpUrl { get; private set; } = "";

    public string WebSocketUrl => "ws" + HttpUrl["http".Length..];

    /// <summary>Where each test writes what the kit's scripts print.</summary>
    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), $"graphql-conformance-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        if (ConformanceKit.MissingReason() is not null || !Directory.Exists(ConformanceKit.Examples))
            return;
        Directory.CreateDirectory(OutputDirectory);
        _app = ConformanceServer.Create(ConformanceKit.Examples, ["--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        HttpUrl = _app.Urls.Single() + "/graphql";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        if (Directory.Exists(OutputDirectory))
            Directory.Delete(OutputDirectory, recursive: true);
    }
}
