using InfluenceGraph.Bolt.Internal.Messaging;
using InfluenceGraph.Bolt.Internal.PackStream;
using InfluenceGraph.Bolt.Tests.Infrastructure;

namespace InfluenceGraph.Bolt.Tests.Protocol;

/// <summary>Message bodies from BOLT-SPEC.md section 6 (oracle vectors).</summary>
public sealed class MessageBytesTests
{
    private static string Body(RequestMessage message)
    {
        var writer = new PackStreamWriter();
        message.WriteTo(writer);
        return Hex.Format(writer.Written.Span);
    }

    public static TheoryData<string, string> Vectors => new()
    {
        { "RESET", "B0 0F" }, { "ROLLBACK", "B0 13" }, { "COMMIT", "B0 12" }, { "GOODBYE", "B0 02" }, { "LOGOFF", "B0 6B" },
        { "TELEMETRY", "B1 54 00" }, { "PULL", "B1 3F A1 81 6E FF" }, { "DISCARD", "B1 2F A1 81 6E FF" },
        { "PULL qid", "B1 3F A2 81 6E FF 83 71 69 64 FF" },
        { "BEGIN", "B1 11 A2 82 64 62 85 6E 65 6F 34 6A 84 6D 6F 64 65 81 72" },
        { "ROUTE", "B3 66 A1 87 61 64 64 72 65 73 73 8E 6C 6F 63 61 6C 68 6F 73 74 3A 37 36 38 37 90 A1 82 64 62 85 6E 65 6F 34 6A" },
    };

    private static RequestMessage Build(string name) => name switch
    {
        "RESET" => ResetMessage.Instance,
        "ROLLBACK" => RollbackMessage.Instance,
        "COMMIT" => CommitMessage.Instance,
        "GOODBYE" => GoodbyeMessage.Instance,
        "LOGOFF" => LogoffMessage.Instance,
        "TELEMETRY" => new TelemetryMessage(TelemetryApi.ManagedTransaction),
        "PULL" => new PullMessage(-1, -1),
        "DISCARD" => new DiscardMessage(-1, -1),
        "PULL qid" => new PullWithQid(),
        "BEGIN" => new BeginMessage(new Dictionary<string, object?> { ["db"] = "neo4j", ["mode"] = "r" }),
        "ROUTE" => new RouteMessage(new Dictionary<string, object?> { ["address"] = "localhost:7687" }, [], "neo4j"),
        _ => throw new ArgumentException(name),
    };

    // PULL {"n": -1, "qid": -1}: our client omits qid = -1, so this vector is written field by field.
    private sealed class PullWithQid() : RequestMessage(MessageTags.Pull, "PULL")
    {
        public override IReadOnlyList<object?> Fields => [new Dictionary<string, object?> { ["n"] = -1L, ["qid"] = -1L }];
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Message_SpecVector_MatchesBytes(string name, string hex) => Assert.Equal(hex, Body(Build(name)));

    [Fact]
    public void Success_RecordedBytes_ParseMetadata()
    {
        var message = ResponseMessage.Parse(Hex.Parse("B1 70 A2 86 66 69 65 6C 64 73 91 81 78 87 74 5F 66 69 72 73 74 01"), true);
        var success = Assert.IsType<SuccessMessage>(message);
        Assert.Equal(["x"], (List<object?>)success.Metadata["fields"]!);
    }

    [Fact]
    public void Failure_Bolt57Fields_ReadNeo4jCodeAndGqlStatus()
    {
        var writer = new PackStreamWriter();
        writer.WriteStructure(new PackStreamStructure(MessageTags.Failure,
            [new Dictionary<string, object?> { ["neo4j_code"] = "Neo.ClientError.Statement.SyntaxError", ["message"] = "bad", ["gql_status"] = "42001" }]));
        var failure = Assert.IsType<FailureMessage>(ResponseMessage.Parse(writer.ToArray(), true));
        var error = Assert.IsType<ClientException>(failure.ToException());
        Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "bad", "42001"), (error.Code, error.Message, error.GqlStatus));
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", typeof(AuthorizationException), true)]
    [InlineData("Neo.ClientError.Security.Forbidden", typeof(AuthorizationException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(SessionExpiredException), true)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    public void ErrorCodes_Code_MapsToExceptionAndRetriability(string code, Type type, bool retriable)
    {
        var error = ErrorCodes.ToException(code, "m");
        Assert.IsType(type, error);
        Assert.Equal(retriable, error.IsRetriable);
    }

    [Fact]
    public void LogFormat_LogonMessage_RedactsCredentials()
    {
        var text = new LogonMessage(AuthTokens.Basic("neo4j", "s3cret").Content).ToString();
        Assert.Equal("LOGON {scheme: \"basic\", principal: \"neo4j\", credentials: \"******\"}", text);
    }
}
