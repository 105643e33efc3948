using System.Net;
using System.Net.Http.Headers;
using InfluenceGraph.Server.Hosting;
using InfluenceGraph.Server.Tests.Infrastructure;

namespace InfluenceGraph.Server.Tests.Api;

/// <summary>What the app sends a browser, and whom it answers: headers on every page, hosts and origins it accepts.</summary>
public sealed class BrowserProtectionTests(SeededAppFixture app) : IClassFixture<SeededAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/graphiql")]
    [InlineData("/js/main.js")]
    [InlineData("/healthz")]
    public async Task EveryAnswer_CarriesTheBrowserProtections(string path)
    {
        using var response = await app.Client.GetAsync(path);

        Assert.Equal(BrowserProtection.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", BrowserProtection.ContentSecurityPolicy);
        Assert.Contains("script-src 'self';", BrowserProtection.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory]
    [InlineData("wwwroot/index.html")]
    [InlineData("wwwroot/graphiql/index.html")]
    public void Page_HasNoInlineScriptOrStyle_SoThePolicyNeedNotAllowAny(string page)
    {
        var html = File.ReadAllText(Path.Combine(RepositoryPaths.Root, page));

        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
    }

    [Fact]
    public async Task RequestForAnotherHost_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.Host = "evil.example";

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost:5000", HttpStatusCode.OK)]
    public async Task EventStreamFromAPageElsewhere_IsRefused(string origin, HttpStatusCode expected)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ actor(id: \"india\") { id } }"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("Origin", origin);

        using var response = await app.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:8080", "localhost;127.0.0.1;[::1]", true)]
    [InlineData("http://[::1]:5000", "localhost;127.0.0.1;[::1]", true)]
    [InlineData("https://127.0.0.1", "localhost;127.0.0.1;[::1]", true)]
    [InlineData("http://evil.example", "localhost;127.0.0.1;[::1]", false)]
    [InlineData("http://localhost.evil.example", "localhost", false)]
    [InlineData("null", "localhost", false)]
    [InlineData("file://", "*", false)]
    [InlineData("http://anything.example", "*", true)]
    public void IsAllowedOrigin_MatchesTheOriginsHostAgainstAllowedHosts(string origin, string allowedHosts, bool allowed)
    {
        Assert.Equal(allowed, BrowserProtection.IsAllowedOrigin(origin, allowedHosts));
    }
}
