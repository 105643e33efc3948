namespace InfluenceGraph.Bolt;

/// <summary>Every error message the library writes, in one place.</summary>
internal static class ErrorMessages
{
    // PackStream
    public static string StructTooLarge(int fields) => $"A PackStream structure holds at most 15 fields, not {fields}.";
    public static string CannotPack(Type type) => $"Cannot send a value of type {type.FullName} as a query parameter.";
    public static string MapKeyNotString(Type type) => $"PackStream dictionary keys must be strings, not {type.Name}.";
    public static string ReservedMarker(byte marker, int offset) => $"Reserved PackStream marker 0x{marker:X2} at byte {offset}.";
    public static string ExpectedStructure(byte marker) => $"Expected a message structure (0xB0..0xBF), got marker 0x{marker:X2}.";
    public static string SizeTooLarge(uint size) => $"PackStream size {size} exceeds the maximum of 2,147,483,647.";
    public static string Truncated(int wanted, int left) => $"PackStream data ended early: needed {wanted} bytes, {left} left.";
    public static string UnknownStructure(byte tag, bool utc) =>
        $"Unknown structure tag 0x{tag:X2} ('{(char)tag}') for this protocol version ({(utc ? "UTC" : "legacy")} date-times).";
    public static string WrongFieldCount(byte tag, int expected, int actual) =>
        $"Structure 0x{tag:X2} ('{(char)tag}') should have {expected} fields, not {actual}.";
    public static string WrongFieldType(int index, string type) => $"Structure field {index} should be a {type}.";
    public const string BadPath = "A Path structure needs at least one node and an even number of indices.";
    public static string UnknownZone(string zone) => $"The time zone '{zone}' is not known on this machine.";
    public static string DateOutOfRange(string date) => $"The date {date} is outside DateOnly's range (years 1 to 9999).";

    // Values and records
    public static string CannotConvert(object? value, Type target) =>
        $"Cannot convert {(value is null ? "null" : $"a {value.GetType().Name} ({value})")} to {target.Name}.";
    public static string NoSuchKey(string key, IEnumerable<string> keys) =>
        $"The record has no field '{key}'; its fields are: {string.Join(", ", keys)}.";
    public const string NotSingle0 = "Expected exactly one record, but the result is empty.";
    public const string NotSingleMany = "Expected exactly one record, but the result has more.";
    public const string ResultConsumed = "The result was already consumed; read records before calling ConsumeAsync, or keep the list.";
    public const string NoCurrentRecord = "Call FetchAsync and check that it returned true before reading Current.";

    // Connection
    public static string HttpPort(string address) =>
        $"Server at {address} answered the Bolt handshake with HTTP: that is Neo4j's HTTP port (usually 7474); use the Bolt port (usually 7687).";
    public static string NoCommonVersion(string address, string offered) =>
        $"Server at {address} supports none of the Bolt versions this client offers ({offered}).";
    public static string UnexpectedVersion(string address, string version) => $"Server at {address} chose Bolt {version}, which was not offered.";
    public static string ConnectFailed(string address, string reason) => $"Failed to connect to the Neo4j server at {address}: {reason}";
    public static string ConnectTimeout(string address, TimeSpan timeout) => $"Connecting to {address} timed out after {timeout.TotalSeconds:0.###} s.";
    public static string ConnectionLost(string address) => $"The connection to {address} was closed by the server.";
    public static string ReadTimeout(string address, TimeSpan timeout) =>
        $"No data from {address} for {timeout.TotalSeconds:0.###} s (the server's connection.recv_timeout_seconds); the connection is broken.";
    public static string CommitOutcomeUnknown(string address) =>
        $"The connection to {address} broke after COMMIT was sent: the transaction may or may not have been committed, so it is not retried.";
    public static string UnexpectedMessage(string message, string expecting) => $"Unexpected {message} from the server while waiting for {expecting}.";
    public const string ChunkAfterEnd = "A chunk header promised more bytes than the server sent.";
    public static string BadScheme(string uri) =>
        $"Unsupported URI '{uri}': use bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc://.";
    public static string PoolTimeout(string address, TimeSpan timeout) =>
        $"No connection to {address} became free within {timeout.TotalSeconds:0.###} s (maximum pool size reached).";
    public const string DriverDisposed = "The driver was disposed.";
    public const string SessionClosed = "The session was closed.";
    public const string TransactionClosed = "The transaction is already committed or rolled back.";
    public const string TransactionOpen = "Finish the open transaction before running auto-commit queries or starting another one in this session.";

    // Routing
    public static string NotAWriter(string code, string message) => $"The server can no longer accept writes ({code}): {message}";
    public static string NoRouters(string database) => $"Could not fetch a routing table for database '{database}' from any router.";
    public static string NoServers(string role, string database) => $"The routing table for database '{database}' has no {role} server.";
    public static string RetriesExhausted(TimeSpan time, int attempts) =>
        $"The transaction failed after {attempts} attempts in {time.TotalSeconds:0.###} s; the last error is the inner exception.";
}
