using System.Text;
using GraphQL.Transport;

namespace InfluenceGraph.GraphQL.AspNetCore.Tests.Transport;

/// <summary>GraphQL-over-HTTP requests read into GraphQL.NET's GraphQLRequest, with a message naming what is wrong in a bad one.</summary>
public sealed class RequestReaderTests
{
    private static readonly GraphQLRequestReader Reader = new(TestRuns.Serializer);

    private static (bool Ok, GraphQLRequest? Request, string? Error) Json(string body)
    {
        var ok = Reader.TryReadJson(Encoding.UTF8.GetBytes(body), out var request, out var error);
        return (ok, request, error);
    }

    private static (bool Ok, GraphQLRequest? Request, string? Error) Query(params (string Key, string? Value)[] parameters)
    {
        var ok = Reader.TryReadQueryString(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value)), out var request, out var error);
        return (ok, request, error);
    }

    [Fact]
    public void TryReadJson_FullBody_ReadsEveryMember()
    {
        var (ok, request, _) = Json("""{"query":"query Q($a: Int) { a }","variables":{"a":1,"b":[1.5,"x",null,{"c":true}]},"operationName":"Q","extensions":{"k":"v"}}""");
        Assert.True(ok);
        Assert.Equal("query Q($a: Int) { a }", request!.Query);
        Assert.Equal("Q", request.OperationName);
        Assert.Equal(1, request.Variables!["a"]);
        var list = Assert.IsType<List<object?>>(request.Variables["b"]);
        Assert.Equal(1.5, list[0]);
        Assert.Null(list[2]);
        Assert.Equal(true, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[3])["c"]);
        Assert.Equal("v", request.Extensions!["k"]);
    }

    [Fact]
    public void TryReadJson_NullMembers_AreAbsent()
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
    public void TryReadJson_BadBody_ExplainsWhy(string body, string error)
    {
        var (ok, request, message) = Json(body);
        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith(error, message);
    }

    [Fact]
    public void TryReadQueryString_Parameters_AreRead()
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
    public void TryReadQueryString_BadParameters_ExplainWhy(string? query, string? variables, string error)
    {
        var (ok, _, message) = Query(("query", query), ("variables", variables));
        Assert.False(ok);
        Assert.StartsWith(error, message);
    }

    [Fact]
    public void TryReadJson_InvalidUtf8InAString_IsRefusedAsNotText()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\": \"{ a }\", \"variables\": {\"x\": \"").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\"}}")).ToArray();
        var ok = Reader.TryReadJson(body, out var request, out var error);
        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith("The request holds text that is not valid Unicode", error);
    }

    [Fact]
    public void TryReadJson_LoneSurrogateInVariables_IsRefusedAsNotText()
    {
        var (ok, request, error) = Json("""{"query":"{ a }","variables":{"x":"\ud800"}}""");
        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith("The request holds text that is not valid Unicode", error);
    }
}
