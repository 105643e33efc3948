using InfluenceGraph.Server.Failures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InfluenceGraph.Server.Tests.Failures;

/// <summary>The app's failures, translated once to GraphQL errors and once to ProblemDetails; every kind has both.</summary>
public sealed class FailureTranslationTests
{
    public static TheoryData<FailureKind> Kinds() => [.. Enum.GetValues<FailureKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryFailureKind_HasAGraphQLCodeAndAnHttpStatus(FailureKind kind)
    {
        Assert.Matches("^[A-Z_]+$", GraphQLFailures.Code(kind));
        Assert.InRange(ProblemFailures.Status(kind), 400, 599);
        Assert.InRange(ExitFailures.Code(kind), 1, 125);
    }

    [Fact]
    public void Busy_IsARetryLaterErrorWithItsWait()
    {
        var error = GraphQLFailures.Translate(AppFailure.Busy("The server is busy.", TimeSpan.FromMilliseconds(2500)), new ListLogger(), true);

        var retry = Assert.IsType<InfluenceGraph.GraphQL.AspNetCore.RetryLaterError>(error);
        Assert.Equal("BUSY", retry.Extensions!["code"]);
        Assert.Equal(3, retry.Extensions["retryAfterSeconds"]);
        Assert.Equal(3, InfluenceGraph.GraphQL.AspNetCore.RetryLaterError.Seconds([retry]));
    }

    [Fact]
    public void AppFailure_KeepsItsMessageAndGetsItsCode()
    {
        var error = GraphQLFailures.Translate(AppFailure.InvalidInput("Weight must be greater than 0."), new ListLogger(), maskUnexpected: true);

        Assert.Equal("Weight must be greater than 0.", error.Message);
        Assert.Equal("BAD_USER_INPUT", error.Extensions!["code"]);
    }

    [Fact]
    public void StoreUnavailable_SaysTheGraphStoreIsUnavailable()
    {
        var error = GraphQLFailures.Translate(new AppFailure(FailureKind.StoreUnavailable, "Neo4j at bolt://x is not reachable."), new ListLogger(), true);

        Assert.Equal("The graph store is unavailable: Neo4j at bolt://x is not reachable.", error.Message);
        Assert.Equal("STORE_UNAVAILABLE", error.Extensions!["code"]);
    }

    [Fact]
    public void UnexpectedException_IsMaskedWithACorrelationIdThatTheLogNames()
    {
        var log = new ListLogger();

        var error = GraphQLFailures.Translate(new NullReferenceException("secret detail"), log, maskUnexpected: true);

        Assert.Equal(GraphQLFailures.UnexpectedError, error.Message);
        var correlationId = Assert.IsType<string>(error.Extensions!["correlationId"]);
        var entry = Assert.Single(log.Entries);
        Assert.Contains(correlationId, entry.Message);
        Assert.IsType<NullReferenceException>(entry.Exception);
    }

    [Fact]
    public void UnexpectedException_WithMaskingOff_ShowsItsMessage()
    {
        var error = GraphQLFailures.Translate(new InvalidOperationException("detail"), new ListLogger(), maskUnexpected: false);

        Assert.Equal("detail", error.Message);
    }

    [Fact]
    public void ScriptFailure_AsProblemDetails_CarriesKindPlaceAndEngineError()
    {
        var result = ProblemFailures.ToResult(new AppFailure(FailureKind.ScriptRejected, "Invalid input", 6, 3, "SyntaxError"));

        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(result).ProblemDetails;
        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal("ScriptRejected", problem.Extensions["kind"]);
        Assert.Equal(6, problem.Extensions["line"]);
        Assert.Equal("SyntaxError", problem.Extensions["engineError"]);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
