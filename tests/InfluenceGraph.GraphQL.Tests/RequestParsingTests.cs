using System.Text;

namespace InfluenceGraph.GraphQL.Tests;

public sealed class RequestParsingTests
{
    private static (bool Ok, GraphQLRequest? Request, string? Error) Json(string body)
    {
        var ok = GraphQLRequest.TryParseJson(Encoding.UTF8.GetBytes(body), out var request, out var error);
        return (ok, request, error);
    }

    private static (bool Ok, GraphQLRequest? Request, string? Error) Query(params (string Key, string? Value)[] parameters)
    {
        var ok = GraphQLRequest.TryParseQueryString(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value)), out var request, out var error);
        return (ok, request, error);
    }

    [Fact]
    public void TryParseJson_FullBody_ReadsEveryMember()
    {
        var (ok, request, _) = Json("""{"query":"query Q($a: Int) { a }","variables":{"a":1,"b":[1.5,"x",null,{"c":true}]},"operationName":"Q","extensions":{"k":"v"}}""");
        Assert.True(ok);
        Assert.Equal("query Q($a: Int) { a }", request!.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(1L, request.Variables!["a"]);
        var list = Assert.IsType<List<object?>>(request.Variables["b"]);
        Assert.Equal(1.5, list[0]);
        Assert.Null(list[2]);
        Assert.Equal(true, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[3])["c"]);
        Assert.Equal("v", request.Extensions!["k"]);
    }

    [Fact]
    public void TryParseJson_NullMembers_AreAbsent()
    {
        var (ok, request, _) = Json("""{"query":"{ a }","variables":null,"operationName":null}""");
        Assert.True(ok);
        Assert.Null(request!.Variables);
        Assert.Null(request.OperationName);
    }

    [Theory]
    [InlineData("{\"query\": ", "The request body is not valid JSON")]
    [InlineData("[1]", "The request body must be a JSON object.")]
    [InlineData("{}", "Missing query.")]
    [InlineData("{\"query\": null}", "Missing query.")]
    [InlineData("{\"query\": 1}", "The \"query\" parameter must be a string.")]
    [InlineData("{\"query\": \"{ a }\", \"variables\": \"{}\"}", "The \"variables\" parameter must be a JSON object.")]
    [InlineData("{\"query\": \"{ a }\", \"variables\": [1]}", "The \"variables\" parameter must be a JSON object.")]
    [InlineData("{\"query\": \"{ a }\", \"operationName\": 5}", "The \"operationName\" parameter must be a string.")]
    [InlineData("{\"query\": \"{ a }\", \"extensions\": 5}", "The \"extensions\" parameter must be a JSON object.")]
    public void TryParseJson_BadBody_ExplainsWhy(string body, string error)
    {
        var (ok, request, message) = Json(body);
        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith(error, message);
    }

    [Fact]
    public void TryParseQueryString_Parameters_AreRead()
    {
        var (ok, request, _) = Query(("query", "query Q($id: ID) { a }"), ("variables", """{"id":"7"}"""), ("operationName", "Q"), ("other", "x"));
        Assert.True(ok);
        Assert.Equal("Q", request!.OperationName);
        Assert.Equal("7", request.Variables!["id"]);
    }

    [Theory]
    [InlineData(null, null, "Missing query.")]
    [InlineData("{ a }", "{bad", "The \"variables\" parameter is not valid JSON")]
    [InlineData("{ a }", "[1]", "The \"variables\" parameter must be a JSON object.")]
    public void TryParseQueryString_BadParameters_ExplainWhy(string? query, string? variables, string error)
    {
        var (ok, _, message) = Query(("query", query), ("variables", variables));
        Assert.False(ok);
        Assert.StartsWith(error, message);
    }
}
